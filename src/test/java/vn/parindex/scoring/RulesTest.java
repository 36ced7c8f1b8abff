package vn.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.parindex.criteria.Leaf;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.rules.RulesFolderFactory;
import vn.parindex.scoring.facts.ApprovalCase;
import vn.parindex.scoring.facts.Classification;
import vn.parindex.scoring.facts.ComplaintCase;
import vn.parindex.scoring.facts.Finding;
import vn.parindex.scoring.facts.LeafInput;
import vn.parindex.scoring.facts.LeafScore;
import vn.parindex.scoring.facts.NotSurveyed;
import vn.parindex.scoring.facts.PointsOverride;
import vn.parindex.scoring.facts.Rank;
import vn.parindex.scoring.facts.RankCandidate;
import vn.parindex.scoring.facts.SurveyRate;
import vn.parindex.scoring.facts.UnitContext;
import vn.parindex.scoring.facts.UnitTotal;
import vn.parindex.scoring.facts.YearSettings;

/** The DRL of rules/, compiled as the application compiles it, at each method's boundaries. */
class RulesTest {

    static final YearSettings SETTINGS = new YearSettings("HD2022", "SHARE");
    private static RuleBase rules;
    private static ScoringService scoring;
    private static String hash;

    @BeforeAll
    static void compile() {
        rules = new RuleBase(RulesFolderFactory.of("rules"), new InMemoryRuleArchive());
        scoring = new ScoringService(rules);
        hash = rules.hash();
    }

    static Leaf leaf(String code, String method, String max, String p1, boolean evidence) {
        return leaf(code, method, max, p1, null, null, evidence);
    }

    private static Leaf leaf(String code, String method, String max, String p1, String p2, String p3, boolean evidence) {
        return new Leaf(code, code.substring(0, 1), "Lĩnh vực", null, code.substring(0, 1) + ".k", "Tiêu chí", "Tiêu chí " + code,
                new BigDecimal(max),
                ScoringMethod.valueOf(method), decimal(p1), decimal(p2), decimal(p3), evidence);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    static LeafInput input(String code, String value) {
        return new LeafInput(code, value == null ? null : new BigDecimal(value), false, false, 1, false);
    }

    private static LeafScore only(Evaluation e) {
        assertThat(e.leafScores()).hasSize(1);
        return e.leafScores().get(0);
    }

    @ParameterizedTest(name = "yes/no {0} -> {1}")
    @CsvSource({"1, 2.00, YES_NO_DAT", "0, 0, YES_NO_KHONG_DAT", ", 0, CHUA_NHAP"})
    void yesNo(String value, String points, String rule) {
        List<Object> facts = value == null ? List.of() : List.of(input("1.1", value));
        LeafScore s = only(scoring.evaluate(hash, SETTINGS, List.of(leaf("1.1", "YES_NO", "2.00", null, false)), facts));
        assertThat(s.getPoints()).isEqualByComparingTo(points);
        assertThat(s.getRule()).isEqualTo(rule);
        assertThat(s.isApplicable()).isTrue();
    }

    @ParameterizedTest(name = "rate {0}% of target {1}% on max {2} -> {3}")
    @CsvSource({
            "0, 100, 4.00, 0.00", "50, 100, 4.00, 2.00", "99, 100, 4.00, 3.96", "99.99, 100, 4.00, 4.00",
            "100, 100, 4.00, 4.00", "40, 80, 5.00, 2.50", "79.99, 80, 5.00, 5.00", "79.9, 80, 5.00, 4.99",
            "80, 80, 5.00, 5.00", "100, 80, 5.00, 5.00", "1, 60, 3.00, 0.05"})
    void rateIsProportionalBelowTheTargetAndFullFromIt(String rate, String target, String max, String points) {
        LeafScore s = only(scoring.evaluate(hash, SETTINGS, List.of(leaf("7.1", "RATE", max, target, false)), List.of(input("7.1", rate))));
        assertThat(s.getPoints()).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "rate bands: {0}% (full from 100, half from 80) on max 3 -> {1}")
    @CsvSource({"100, 3.00", "99.99, 1.50", "80, 1.50", "79.99, 0", "0, 0"})
    void rateBandsGiveFullPartialOrNothing(String rate, String points) {
        LeafScore s = only(scoring.evaluate(hash, SETTINGS, List.of(leaf("3.3", "RATE_BANDS", "3.00", "100", "80", "0.5", false)),
                List.of(input("3.3", rate))));
        assertThat(s.getPoints()).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "on time tier {0} (late share 0.5) on max 2 -> {1}")
    @CsvSource({"2, 2.00, DUNG_HAN", "1, 1.00, MUON", "0, 0, KHONG_THUC_HIEN"})
    void onTimeLateOrMissing(String tier, String points, String rule) {
        LeafScore s = only(scoring.evaluate(hash, SETTINGS, List.of(leaf("1.3", "ON_TIME", "2.00", "0.5", false)), List.of(input("1.3", tier))));
        assertThat(s.getPoints()).isEqualByComparingTo(points);
        assertThat(s.getRule()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "quality tier {0} (good 0.75, complete 0.5) on max 4 -> {1}")
    @CsvSource({"3, 4.00", "2, 3.00", "1, 2.00", "0, 0"})
    void tieredQuality(String tier, String points) {
        LeafScore s = only(scoring.evaluate(hash, SETTINGS, List.of(leaf("2.2", "TIERED", "4.00", "0.75", "0.5", null, false)),
                List.of(input("2.2", tier))));
        assertThat(s.getPoints()).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "{0} faults at 1 point each on max 3 -> {1}")
    @CsvSource({"0, 3.00", "1, 2.00", "2, 1.00", "3, 0", "4, 0"})
    void countDeductionFloorsAtZero(String faults, String points) {
        LeafScore s = only(scoring.evaluate(hash, SETTINGS, List.of(leaf("5.3", "COUNT_DEDUCTION", "3.00", "1", false)),
                List.of(input("5.3", faults))));
        assertThat(s.getPoints()).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "{0} bonus items and {1} penalty items -> index {2}")
    @CsvSource({"0, 0, 70.00", "1, 0, 80.00", "2, 0, 90.00", "5, 0, 90.00", "0, 1, 60.00", "0, 5, 40.00", "2, 1, 80.00"})
    void bonusAndPenaltyItemsAreCappedAndOutsideTheDenominator(String bonus, String penalty, String index) {
        Evaluation e = scoring.evaluate(hash, SETTINGS, List.of(leaf("1.1", "YES_NO", "4.00", null, false),
                        leaf("1.2", "RATE", "6.00", "100", false), leaf("9.1", "BONUS", "2.00", "1", false),
                        leaf("9.2", "PENALTY", "3.00", "1", false)),
                List.of(input("1.1", "1"), input("1.2", "50"), input("9.1", bonus), input("9.2", penalty)));
        assertThat(e.total().getApplicable()).isEqualByComparingTo("10.00");
        assertThat(e.total().getIndex()).isEqualByComparingTo(index);
    }

    /** Net points, the index's numerator, stay between 0 and the applicable points whatever the bonus or penalties. */
    @ParameterizedTest(name = "yes/no {0}, rate {1}%, bonus {2}, penalty items {3} -> net {4}, index {5}")
    @CsvSource({"1, 100, 2, 0, 10.00, 100.00", "1, 50, 0, 0, 7.00, 70.00", "0, 0, 0, 3, 0.00, 0.00",
            "1, 0, 0, 1, 3.00, 30.00", "0, 0, 1, 2, 0.00, 0.00"})
    void netPointsStayBetweenZeroAndTheApplicablePoints(String yes, String rate, String bonus, String penalty,
                                                        String net, String index) {
        Evaluation e = scoring.evaluate(hash, SETTINGS, List.of(leaf("1.1", "YES_NO", "4.00", null, false),
                        leaf("1.2", "RATE", "6.00", "100", false), leaf("9.1", "BONUS", "2.00", "1", false),
                        leaf("9.2", "PENALTY", "3.00", "1", false)),
                List.of(input("1.1", yes), input("1.2", rate), input("9.1", bonus), input("9.2", penalty)));
        assertThat(e.total().getPoints()).isEqualByComparingTo(net);
        assertThat(e.total().getIndex()).isEqualByComparingTo(index);
    }

    /** Sessions are pooled and reused: one evaluation's facts must not reach the next. */
    @Test
    void anEvaluationSeesOnlyItsOwnFacts() {
        List<Leaf> first = List.of(leaf("1.1", "YES_NO", "4.00", null, false), leaf("1.2", "YES_NO", "6.00", null, false));
        Evaluation before = scoring.evaluate(hash, SETTINGS, first, List.of(input("1.1", "1"), input("1.2", "0")));
        Evaluation other = scoring.evaluate(hash, SETTINGS, List.of(leaf("2.1", "YES_NO", "5.00", null, false)),
                List.of(input("2.1", "1")));
        Evaluation again = scoring.evaluate(hash, SETTINGS, first, List.of(input("1.1", "1"), input("1.2", "0")));

        assertThat(other.leafScores()).extracting(LeafScore::getLeafCode).containsExactly("2.1");
        assertThat(other.total().getIndex()).isEqualByComparingTo("100.00");
        assertThat(before.total().getIndex()).isEqualByComparingTo("40.00");
        assertThat(again.leafScores()).extracting(s -> s.getLeafCode() + " " + s.getPoints())
                .containsExactlyInAnyOrderElementsOf(before.leafScores().stream().map(s -> s.getLeafCode() + " " + s.getPoints()).toList());
        assertThat(again.total().getIndex()).isEqualByComparingTo(before.total().getIndex());
    }

    @Test
    void bonusCannotLiftTheIndexAboveOneHundred() {
        Evaluation e = scoring.evaluate(hash, SETTINGS, List.of(leaf("1.1", "YES_NO", "4.00", null, false), leaf("9.1", "BONUS", "2.00", "1", false)),
                List.of(input("1.1", "1"), input("9.1", "2")));
        assertThat(e.total().getIndex()).isEqualByComparingTo("100.00");
    }

    @ParameterizedTest(name = "survey {0}% on max 15 -> {1}")
    @CsvSource({"0, 0.00", "60, 9.00", "80, 12.00", "99.99, 15.00", "100, 15.00"})
    void surveyLeafScoresMaximumTimesRate(String rate, String points) {
        LeafScore s = only(scoring.evaluate(hash, SETTINGS, List.of(leaf("8.1", "SURVEY", "15.00", null, false)),
                List.of(new SurveyRate("8.1", new BigDecimal(rate)))));
        assertThat(s.getPoints()).isEqualByComparingTo(points);
    }

    @Test
    void surveyLeafWithoutResultsScoresZero() {
        assertThat(only(scoring.evaluate(hash, SETTINGS, List.of(leaf("8.1", "SURVEY", "15.00", null, false)), List.of())).getRule())
                .isEqualTo("CHUA_CO_DIEU_TRA");
    }

    @Test
    void aSurveyLeafTheUnitWasNotSurveyedOnLeavesTheDenominator() {
        List<Leaf> leaves = List.of(leaf("1.1", "YES_NO", "70.00", null, false), leaf("8.1", "SURVEY", "30.00", null, false));
        Evaluation notSurveyed = scoring.evaluate(hash, SETTINGS, leaves, List.of(input("1.1", "1"), new NotSurveyed("8.1"),
                new SurveyRate("8.1", new BigDecimal("50"))));
        assertThat(notSurveyed.leafScores()).extracting(s -> s.getLeafCode() + " " + s.isApplicable() + " " + s.getRule())
                .containsExactlyInAnyOrder("1.1 true YES_NO_DAT", "8.1 false KHONG_DIEU_TRA");
        assertThat(notSurveyed.total().getIndex()).isEqualByComparingTo("100.00");
        Evaluation unsurveyedButMissing = scoring.evaluate(hash, SETTINGS, leaves, List.of(input("1.1", "1")));
        assertThat(unsurveyedButMissing.total().getIndex()).as("no mark: the survey leaf scores 0 of 30").isEqualByComparingTo("70.00");
    }

    @Test
    void notApplicableLeafLeavesTheDenominator() {
        Evaluation e = scoring.evaluate(hash, SETTINGS, List.of(leaf("1.1", "YES_NO", "2.00", null, false), leaf("3.2", "RATE", "6.00", "100", false),
                        leaf("8.1", "SURVEY", "15.00", null, false)),
                List.of(input("1.1", "1"), new LeafInput("3.2", null, true, false, 0, false),
                        new LeafInput("8.1", null, true, false, 0, false)));
        assertThat(e.total().getApplicable()).isEqualByComparingTo("2.00");
        assertThat(e.total().getIndex()).isEqualByComparingTo("100.00");
        assertThat(e.leafScores()).filteredOn(s -> !s.isApplicable()).extracting(LeafScore::getLeafCode)
                .containsExactlyInAnyOrder("3.2", "8.1");
    }

    @ParameterizedTest(name = "appraised {0}, evidence files {1}, explanation accepted {2} -> {3}")
    @CsvSource({"true, 0, false, 0, THIEU_TAI_LIEU_KIEM_CHUNG", "true, 0, true, 2.00, YES_NO_DAT",
            "true, 1, false, 2.00, YES_NO_DAT", "false, 0, false, 2.00, YES_NO_DAT"})
    void requiredEvidenceMissingAtAppraisalScoresZeroUnlessTheExplanationIsAccepted(boolean appraised, int files,
                                                                                     boolean accepted, String points, String rule) {
        LeafScore s = only(scoring.evaluate(hash, SETTINGS, List.of(leaf("1.1", "YES_NO", "2.00", null, true)), List.of(
                new LeafInput("1.1", BigDecimal.ONE, false, true, files, false, accepted),
                new UnitContext("X", false, BigDecimal.ZERO, appraised))));
        assertThat(s.getPoints()).isEqualByComparingTo(points);
        assertThat(s.getRule()).isEqualTo(rule);
    }

    @Test
    void criterionAndAreaTotalsAddUpTheirApplicableSubCriteria() {
        Evaluation e = scoring.evaluate(hash, SETTINGS, List.of(
                        new Leaf("1.1.1", "1", "A", null, "1.1", "K", "x", new BigDecimal("2.00"), ScoringMethod.YES_NO, null, null, null, false),
                        new Leaf("1.1.2", "1", "A", null, "1.1", "K", "y", new BigDecimal("4.00"), ScoringMethod.RATE, new BigDecimal("100"), null, null, false),
                        new Leaf("1.2.1", "1", "A", null, "1.2", "L", "z", new BigDecimal("4.00"), ScoringMethod.YES_NO, null, null, null, false),
                        new Leaf("2.1.1", "2", "B", null, "2.1", "M", "bonus", new BigDecimal("1.00"), ScoringMethod.BONUS, new BigDecimal("0.5"), null, null, false)),
                List.of(input("1.1.1", "1"), input("1.1.2", "50"), new LeafInput("1.2.1", null, true, false, 0, false),
                        input("2.1.1", "1")));
        assertThat(e.criterionTotals()).extracting(c -> c.getCriterionCode() + " " + c.getAchieved() + "/" + c.getApplicable())
                .containsExactlyInAnyOrder("1.1 4.00/6.00", "1.2 0/0", "2.1 0/0");
        // a bonus item is outside the applicable points: its area has none, so no index
        assertThat(e.areaIndices()).extracting(a -> a.getAreaCode() + " " + a.getIndex())
                .containsExactlyInAnyOrder("1 66.67", "2 null");
        assertThat(e.total().getAchieved()).isEqualByComparingTo("4.50");
    }

    @Test
    void overrideByCouncilOrComplaintReplacesTheMethod() {
        LeafScore s = only(scoring.evaluate(hash, SETTINGS, List.of(leaf("1.1", "YES_NO", "2.00", null, false)),
                List.of(input("1.1", "0"), new PointsOverride("1.1", new BigDecimal("1.50"), "COMPLAINT"))));
        assertThat(s.getPoints()).isEqualByComparingTo("1.50");
        assertThat(s.getRule()).isEqualTo("COMPLAINT");
    }

    @Test
    void indexIsRoundedHalfUpToTwoDecimals() {
        Evaluation e = scoring.evaluate(hash, SETTINGS, List.of(leaf("1.1", "YES_NO", "2.00", null, false), leaf("1.2", "YES_NO", "1.00", null, false)),
                List.of(input("1.1", "1"), input("1.2", "0")));
        assertThat(e.total().getIndex()).isEqualByComparingTo("66.67");
    }

    @ParameterizedTest(name = "index 12.345 rounded {0} -> {1}")
    @CsvSource({"HALF_UP, 12.35", "HALF_EVEN, 12.34", "DOWN, 12.34"})
    void theYearsRoundingRuleRoundsTheIndex(java.math.RoundingMode rounding, String index) {
        Evaluation e = scoring.evaluate(hash, new YearSettings("HD2022", "SHARE", rounding),
                List.of(leaf("1.1", "RATE", "200.00", "100", false)), List.of(input("1.1", "12.345")));
        assertThat(e.leafScores().get(0).getPoints()).isEqualByComparingTo("24.69");
        assertThat(e.total().getIndex()).isEqualByComparingTo(index);
    }

    @Test
    void lateSubmissionDeductsTheConfiguredPenaltyButNotBelowZero() {
        List<Leaf> leaves = List.of(leaf("1.1", "YES_NO", "2.00", null, false), leaf("1.2", "YES_NO", "2.00", null, false));
        Evaluation late = scoring.evaluate(hash, SETTINGS, leaves, List.of(input("1.1", "1"), input("1.2", "1"),
                new UnitContext("X", true, new BigDecimal("1.00"), false)));
        assertThat(late.total().getPenalty()).isEqualByComparingTo("1.00");
        assertThat(late.total().getIndex()).isEqualByComparingTo("75.00");
        Evaluation onTime = scoring.evaluate(hash, SETTINGS, leaves, List.of(input("1.1", "1"), new UnitContext("X", false, new BigDecimal("1.00"), false)));
        assertThat(onTime.penalties()).isEmpty();
        Evaluation floored = scoring.evaluate(hash, SETTINGS, leaves, List.of(input("1.1", "0"), new UnitContext("X", true, new BigDecimal("5.00"), false)));
        assertThat(floored.total().getIndex()).isEqualByComparingTo("0.00");
    }

    @Test
    void ranksAreWithinEachBlockAndEqualIndicesShareARank() {
        Map<String, Rank> ranks = scoring.rank(hash, new YearSettings("HD2022", "SHARE"), List.of(
                candidate("A", "Sở", "95.00", "60"), candidate("B", "Sở", "95.00", "65"),
                candidate("C", "Sở", "90.00", "70"), candidate("D", "Huyện", "80.00", "50")));
        assertThat(ranks).extractingFromEntries(e -> e.getKey() + " " + e.getValue().getRank() + " " + e.getValue().getDecidedBy())
                .containsExactlyInAnyOrder("A 1 Đồng hạng: bằng chỉ số", "B 1 Đồng hạng: bằng chỉ số", "C 3 Chỉ số", "D 1 Chỉ số");
    }

    @Test
    void equalIndicesCanBeOrderedByAppraisedPoints() {
        Map<String, Rank> ranks = scoring.rank(hash, new YearSettings("HD2022", "APPRAISED_POINTS"), List.of(
                candidate("A", "Sở", "95.00", "60"), candidate("B", "Sở", "95.00", "65"), candidate("E", "Sở", "95.00", "60"),
                candidate("C", "Sở", "96.00", "50"), candidate("D", "Sở", "90.00", "70")));
        assertThat(ranks).extractingFromEntries(e -> e.getKey() + " " + e.getValue().getRank())
                .containsExactlyInAnyOrder("C 1", "B 2", "A 3", "E 3", "D 5");
        assertThat(ranks.get("B").getDecidedBy()).contains("điểm thẩm định");
    }

    /** Pairing every two units of the block (as the rules once did) takes about 5 GB here: far beyond the tests' heap. */
    @Test
    void aBlockOfTenThousandUnitsIsRankedWithoutPairingThem() {
        List<RankCandidate> block = IntStream.range(0, 10_000).mapToObj(i -> new RankCandidate("U" + i, "Xã",
                BigDecimal.valueOf(10_000 - i / 2, 2), BigDecimal.valueOf(i % 3), "Nhóm 1")).toList();
        Map<String, Rank> shared = scoring.rank(hash, new YearSettings("HD2022", "SHARE"), block);
        assertThat(shared).hasSize(10_000);
        IntStream.range(0, 10_000).forEach(i -> assertThat(shared.get("U" + i).getRank()).isEqualTo(i / 2 * 2 + 1));
        Map<String, Rank> byPoints = scoring.rank(hash, new YearSettings("HD2022", "APPRAISED_POINTS"), block);
        assertThat(byPoints.get("U4").getRank()).as("level with U5, which has more appraised points").isEqualTo(6);
        assertThat(byPoints.get("U5").getRank()).isEqualTo(5);
    }

    @Test
    void unknownSchemesAndTieBreaksAreReported() {
        assertThat(scoring.unknownSettings(hash, "HD2024", "SHARE")).isEmpty();
        assertThat(scoring.unknownSettings(hash, "HD2099", "BOC_THAM"))
                .containsExactly("Bộ luật không có cách xếp loại \"HD2099\".", "Bộ luật không có cách xếp hạng khi bằng điểm \"BOC_THAM\".");
    }

    private static RankCandidate candidate(String unit, String block, String index, String appraised) {
        return new RankCandidate(unit, block, new BigDecimal(index), new BigDecimal(appraised), "Nhóm 1");
    }

    @Test
    void completenessNeedsAnAnswerAndEvidenceOrANoteForClaimedPoints() {
        List<Leaf> leaves = List.of(leaf("1.1", "YES_NO", "2.00", null, true), leaf("1.2", "YES_NO", "2.00", null, true),
                leaf("1.3", "YES_NO", "2.00", null, true), leaf("1.4", "YES_NO", "2.00", null, true),
                leaf("8.1", "SURVEY", "15.00", null, false));
        Evaluation e = scoring.evaluate(hash, SETTINGS, leaves, List.of(
                new LeafInput("1.2", BigDecimal.ONE, false, false, 0, false),
                new LeafInput("1.3", BigDecimal.ONE, false, true, 0, false),
                new LeafInput("1.4", BigDecimal.ZERO, false, false, 0, false)));
        assertThat(e.findings(Finding.INCOMPLETE)).extracting(Finding::getLeafCode).containsExactlyInAnyOrder("1.1", "1.2");
    }

    @Test
    void explanationIsNeededWhereTheTeamAskedForIt() {
        Evaluation e = scoring.evaluate(hash, SETTINGS, List.of(leaf("1.1", "YES_NO", "2.00", null, false), leaf("1.2", "YES_NO", "2.00", null, false)),
                List.of(new LeafInput("1.1", BigDecimal.ONE, false, false, 0, true), input("1.2", "1")));
        assertThat(e.findings(Finding.EXPLANATION)).extracting(Finding::getLeafCode).containsExactly("1.1");
    }

    @Test
    void findingsAreReadByTheirKind() {
        Evaluation e = scoring.evaluate(hash, SETTINGS, List.of(leaf("1.1", "YES_NO", "2.00", null, false),
                        leaf("1.2", "YES_NO", "2.00", null, true)),
                List.of(new LeafInput("1.1", BigDecimal.ONE, false, false, 0, true), new LeafInput("1.2", BigDecimal.ONE, false, false, 0, false)));
        assertThat(e.findings(Finding.EXPLANATION)).extracting(Finding::getLeafCode).containsExactly("1.1");
        assertThat(e.findings(Finding.INCOMPLETE)).isNotEmpty().extracting(Finding::getKind).containsOnly(Finding.INCOMPLETE);
    }

    @Test
    void aLeafThatRequiresNoEvidenceKeepsItsPointsAtAppraisalWithoutAFile() {
        LeafScore s = only(scoring.evaluate(hash, SETTINGS, List.of(leaf("1.1", "YES_NO", "2.00", null, false)), List.of(
                new LeafInput("1.1", BigDecimal.ONE, false, false, 0, false), new UnitContext("X", false, BigDecimal.ZERO, true))));
        assertThat(s.getPoints()).isEqualByComparingTo("2.00");
    }

    @ParameterizedTest(name = "window open {0}, leaf of unit {1}, others {2} -> {3}")
    @CsvSource({"true, true, 0, ''", "false, true, 0, ngoài thời hạn", "true, false, 0, không thuộc bộ tiêu chí",
            "true, true, 1, đã có kiến nghị"})
    void complaintEligibility(boolean open, boolean leafOfUnit, int others, String reason) {
        List<String> reasons = scoring.complaintIneligibility(hash, new ComplaintCase(open, leafOfUnit, others));
        if (reason.isEmpty()) {
            assertThat(reasons).isEmpty();
        } else {
            assertThat(reasons).singleElement().asString().contains(reason);
        }
    }

    @ParameterizedTest(name = "closed {0}, pending {1}, without result {2} -> {3}")
    @CsvSource({"true, 0, 0, ''", "false, 0, 0, Chưa hết thời hạn", "true, 2, 0, chưa được giải quyết",
            "true, 0, 1, chưa có kết quả"})
    void approvalReadiness(boolean closed, int pending, int withoutResult, String blocker) {
        List<String> blockers = scoring.approvalBlockers(hash, new ApprovalCase(closed, pending, withoutResult));
        if (blocker.isEmpty()) {
            assertThat(blockers).isEmpty();
        } else {
            assertThat(blockers).singleElement().asString().contains(blocker);
        }
    }

    @Test
    void aRuleSetWhoseDrlDoesNotCompileIsRefusedWithItsErrors(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("scoring"));
        Files.writeString(dir.resolve("scoring/ok.drl"), "package rules.scoring;\nrule \"noop\" when then end\n");
        RuleBase base = new RuleBase(RulesFolderFactory.of(dir.toString()), new InMemoryRuleArchive());
        base.check(RulesFolderFactory.of(dir.toString()));
        Files.writeString(dir.resolve("scoring/bad.drl"), "package rules.scoring;\nrule \"broken\" when Khong() then end\n");

        assertThatThrownBy(() -> base.check(RulesFolderFactory.of(dir.toString())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("do not compile").hasMessageContaining("bad.drl");
    }

    /** The hash names the files too: the same rule moved to another file is another rule set. */
    @Test
    void theRuleSetsHashCoversEachFilesPathAndText(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("scoring"));
        String rule = "package rules.scoring;\nrule \"noop\" when then end\n";
        Files.writeString(dir.resolve("scoring/a.drl"), rule);
        String first = new RuleBase(RulesFolderFactory.of(dir.toString()), new InMemoryRuleArchive()).hash();
        Files.move(dir.resolve("scoring/a.drl"), dir.resolve("scoring/b.drl"));
        String moved = new RuleBase(RulesFolderFactory.of(dir.toString()), new InMemoryRuleArchive()).hash();
        Files.writeString(dir.resolve("scoring/b.drl"), rule + "\n");
        String edited = new RuleBase(RulesFolderFactory.of(dir.toString()), new InMemoryRuleArchive()).hash();
        assertThat(List.of(first, moved, edited)).doesNotHaveDuplicates().allMatch(h -> h.matches("[0-9a-f]{64}"));
    }

    @Test
    void aYearKeepsScoringWithTheRuleSetItAdoptedAfterRulesChange(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("ranking"));
        Path band = dir.resolve("ranking/band.drl");
        String rule = "package rules.ranking;\nimport vn.parindex.scoring.facts.*;\n"
                + "rule \"band\" when UnitTotal(index >= %s) then insert(new Classification(\"Tốt\")); end\n";
        Files.writeString(band, rule.formatted("90"));
        InMemoryRuleArchive archive = new InMemoryRuleArchive();
        RuleBase base = new RuleBase(RulesFolderFactory.of(dir.toString()), archive);
        String adopted = base.archive(RulesFolderFactory.of(dir.toString()));
        Files.writeString(band, rule.formatted("95"));
        String draft = base.hash();
        List<Object> total = List.of(new UnitTotal(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN,
                BigDecimal.ZERO, new BigDecimal("92"), BigDecimal.ZERO));

        assertThat(Evaluation.ofType(base.evaluate(adopted, total), Classification.class)).hasSize(1);
        assertThat(Evaluation.ofType(base.evaluate(draft, total), Classification.class)).isEmpty();
        RuleBase restarted = new RuleBase(RulesFolderFactory.of(dir.toString()), archive);
        assertThat(Evaluation.ofType(restarted.evaluate(adopted, total), Classification.class)).hasSize(1);
    }

    @Test
    void everyLeafOfEverySampleCatalogueYieldsOneScore() {
        var snapshot = new vn.parindex.criteria.CatalogueFactory().current("rules");
        snapshot.leaves().forEach((type, leaves) -> {
            assertThat(leaves.stream().filter(l -> !l.method().extra()).map(Leaf::maxPoints)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).as("maxima of %s", type).isEqualByComparingTo("100");
            List<Object> facts = new ArrayList<>();
            leaves.forEach(l -> facts.add(input(l.code(), "1")));
            Evaluation e = scoring.evaluate(hash, SETTINGS, leaves, facts);
            assertThat(e.leafScores()).extracting(LeafScore::getLeafCode)
                    .containsExactlyInAnyOrderElementsOf(leaves.stream().map(Leaf::code).toList());
        });
    }
}
