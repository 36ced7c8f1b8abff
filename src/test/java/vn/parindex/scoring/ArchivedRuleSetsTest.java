package vn.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import vn.parindex.criteria.Leaf;
import vn.parindex.rules.RulesFolderFactory;
import vn.parindex.scoring.facts.LeafInput;
import vn.parindex.scoring.facts.Rank;
import vn.parindex.scoring.facts.RankCandidate;
import vn.parindex.scoring.facts.UnitTotal;
import vn.parindex.scoring.facts.YearSettings;

/**
 * A year scores with the rule set it was opened with, and production keeps years opened by earlier releases: their
 * archived DRL calls the fact classes as they were. The DRL of the release before the ranking order and net points
 * moved into the rule set (test resources, archived-rules/before-2026-12) must still compile and decide exactly as
 * the shipped rules do.
 */
class ArchivedRuleSetsTest {

    @TempDir
    static Path archived;
    private static ScoringService shipped;
    private static String shippedHash;
    private static ScoringService before;
    private static String beforeHash;

    @BeforeAll
    static void compileBoth() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("rules"), archived);
        Files.delete(archived.resolve("scoring/uu-tien-giai-doan.csv"));
        for (String drl : List.of("ranking/rank.drl", "scoring/totals.drl")) {
            Path old = Path.of("src/test/resources/archived-rules/before-2026-12", Path.of(drl).getFileName().toString());
            Files.copy(old, archived.resolve(drl), StandardCopyOption.REPLACE_EXISTING);
        }
        RuleBase shippedRules = new RuleBase(RulesFolderFactory.of("rules"), new InMemoryRuleArchive());
        shipped = new ScoringService(shippedRules);
        shippedHash = shippedRules.hash();
        RuleBase beforeRules = new RuleBase(RulesFolderFactory.of(archived.toString()), new InMemoryRuleArchive());
        before = new ScoringService(beforeRules);
        beforeHash = beforeRules.hash();
    }

    @Test
    void theArchivedRanksEqualTheShippedOnesForBothTieBreaks() {
        List<RankCandidate> block = IntStream.range(0, 300).mapToObj(i -> new RankCandidate("U" + i, i % 2 == 0 ? "Xã" : "Phường",
                BigDecimal.valueOf(9_000 + (i * 37) % 50, 2), BigDecimal.valueOf(i % 4), "Nhóm 1")).toList();
        for (String tieBreak : List.of("SHARE", "APPRAISED_POINTS")) {
            YearSettings settings = new YearSettings("HD2022", tieBreak);
            assertThat(ranks(before.rank(beforeHash, settings, block))).as(tieBreak)
                    .isEqualTo(ranks(shipped.rank(shippedHash, settings, block)));
        }
    }

    @Test
    void theArchivedTotalsEqualTheShippedOnesAtTheBoundsOfNetPoints() {
        List<Leaf> leaves = List.of(RulesTest.leaf("1.1", "YES_NO", "4.00", null, false),
                RulesTest.leaf("9.1", "BONUS", "2.00", "1", false), RulesTest.leaf("9.2", "PENALTY", "3.00", "1", false));
        for (List<String> answers : List.of(List.of("1", "2", "0"), List.of("0", "0", "3"), List.of("1", "0", "1"))) {
            List<LeafInput> inputs = List.of(RulesTest.input("1.1", answers.get(0)), RulesTest.input("9.1", answers.get(1)),
                    RulesTest.input("9.2", answers.get(2)));
            UnitTotal old = before.evaluate(beforeHash, RulesTest.SETTINGS, leaves, inputs).total();
            UnitTotal now = shipped.evaluate(shippedHash, RulesTest.SETTINGS, leaves, inputs).total();
            assertThat(List.of(old.getPoints(), old.getIndex(), old.getAppraised())).as(answers.toString())
                    .usingElementComparator(BigDecimal::compareTo)
                    .isEqualTo(List.of(now.getPoints(), now.getIndex(), now.getAppraised()));
        }
    }

    private static Map<String, String> ranks(Map<String, Rank> ranks) {
        return ranks.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().getRank() + " " + e.getValue().getDecidedBy()));
    }
}
