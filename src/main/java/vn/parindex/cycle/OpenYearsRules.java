package vn.parindex.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.parindex.scoring.ScoringService;
import vn.parindex.year.Cycle;
import vn.parindex.year.Years;

/**
 * At start-up, compiles the archived rules of every year not yet published. A year's DRL calls the application's
 * fact classes, so a release that changed them could leave a year unable to score: this stops the start and names
 * the years, rather than failing in the middle of their scoring (and warms the rule base for them).
 */
@Component
class OpenYearsRules implements SmartInitializingSingleton {

    private final Years cycles;
    private final ScoringService scoring;

    OpenYearsRules(Years cycles, ScoringService scoring) {
        this.cycles = cycles;
        this.scoring = scoring;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, List<Integer>> yearsByRules = cycles.findAll().stream().filter(c -> !c.locked()).collect(Collectors
                .groupingBy(Cycle::ruleHash, TreeMap::new, Collectors.mapping(Cycle::year, Collectors.toList())));
        List<String> problems = new ArrayList<>();
        yearsByRules.forEach((hash, years) -> {
            try {
                scoring.requireCompiles(hash);
            } catch (IllegalStateException e) {
                problems.add("Years " + years + " (rule set " + hash + "): " + e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The rules of open years do not compile with this release:\n"
                    + String.join("\n", problems));
        }
    }
}
