package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.rules.RuleSet;
import vn.parindex.rules.RuleSets;
import vn.parindex.scoring.RuleBase;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.year.Years;

/** A whole year evaluated group by group, the rules of each in a thread of their own: every file once, in order. */
class AssessmentScorerIT extends IntegrationTest {

    @Autowired AssessmentScorer scorer;
    @Autowired AssessmentService assessmentService;
    @Autowired Assessments assessments;
    @Autowired Years cycles;
    @Autowired RuleSets ruleSets;
    @Autowired RuleBase rules;

    @Test
    void aYearOfMoreFilesThanAGroupIsEvaluatedWholeAndInOrder() {
        List<String> codes = scenario.registerCommunes("NHOM", 501, "Khối xã chấm theo nhóm");
        int year = scenario.openYear(codes);
        List<Assessment> files = assessments.findAll(year);
        String first = files.get(0).unitCode();
        String last = files.get(500).unitCode();
        for (String answered : List.of(first, last)) {
            assessmentService.saveAnswers(year, answered, Scenario.fullMarks(scenario.leaves(year, answered)),
                    Scenario.unit(answered));
        }

        List<List<AssessmentScorer.Scored>> groups = new ArrayList<>();
        scorer.evaluateAll(year, files, Stage.SELF, cycles.get(year).ruleHash(), groups::add);

        assertThat(groups).extracting(List::size).containsExactly(500, 1);
        List<AssessmentScorer.Scored> scored = groups.stream().flatMap(List::stream).toList();
        assertThat(scored).extracting(s -> s.file().unitCode()).containsExactlyElementsOf(codesOf(files));
        assertThat(scored).filteredOn(s -> s.evaluation().total().getAchieved().signum() > 0)
                .extracting(s -> s.file().unitCode()).containsExactly(first, last);
        assertThat(scored.get(0).evaluation().total().getAchieved())
                .isEqualByComparingTo(scored.get(500).evaluation().total().getAchieved()).isGreaterThan(BigDecimal.ZERO);
    }

    /**
     * The rule set's precedence table decides whose input counts: by the shipped one, round 1 scores the unit's own
     * answers where the team entered nothing; by a table where round 1 takes the team's input only, it scores nothing.
     */
    @Test
    void theRuleSetsPrecedenceTableDecidesWhoseInputCounts() {
        String unit = scenario.registerCommunes("UUTIEN", 1, "Khối xã thứ tự ưu tiên").get(0);
        int year = scenario.openYear(List.of(unit));
        assessmentService.saveAnswers(year, unit, Scenario.fullMarks(scenario.leaves(year, unit)), Scenario.unit(unit));
        Assessment file = assessments.get(year, unit);
        Map<String, String> files = new HashMap<>(ruleSets.current().files());
        files.put(InputPrecedence.FILE, files.get(InputPrecedence.FILE)
                .replace("Thẩm định vòng 1;Thẩm định vòng 1, Tự đánh giá;", "Thẩm định vòng 1;Thẩm định vòng 1;"));
        String teamOnly = rules.hash(new RuleSet(0, RuleSet.sha256(files), files));

        assertThat(achieved(file, cycles.get(year).ruleHash())).isGreaterThan(BigDecimal.ZERO);
        assertThat(achieved(file, teamOnly)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    private BigDecimal achieved(Assessment file, String ruleHash) {
        List<AssessmentScorer.Scored> scored = new ArrayList<>();
        scorer.evaluateAll(file.year(), List.of(file), Stage.APPRAISAL_1, ruleHash, scored::addAll);
        return scored.get(0).evaluation().total().getAchieved();
    }

    private static List<String> codesOf(List<Assessment> files) {
        return files.stream().map(Assessment::unitCode).toList();
    }
}
