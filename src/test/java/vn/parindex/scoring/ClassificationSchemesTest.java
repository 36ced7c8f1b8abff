package vn.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.parindex.rules.RulesFolderFactory;
import vn.parindex.scoring.facts.AreaIndex;
import vn.parindex.scoring.facts.Band;
import vn.parindex.scoring.facts.Classification;
import vn.parindex.scoring.facts.CriterionTotal;
import vn.parindex.scoring.facts.LeafScore;
import vn.parindex.scoring.facts.Rank;
import vn.parindex.scoring.facts.RankCandidate;
import vn.parindex.scoring.facts.UnitTotal;
import vn.parindex.scoring.facts.YearSettings;
import vn.parindex.support.TestRules;
import vn.parindex.web.ValidationException;

/** The shipped scheme table (rules/ranking/xep-loai.csv) read by the generic DRL, at its band and floor edges. */
class ClassificationSchemesTest {

    private static RuleBase rules;

    @BeforeAll
    static void compile() {
        rules = new RuleBase(RulesFolderFactory.of("rules"), new InMemoryRuleArchive());
    }

    private static String classify(RuleBase base, String scheme, UnitTotal total, Object... components) {
        List<Object> facts = new ArrayList<>(List.of(new YearSettings(scheme, "SHARE"), total));
        facts.addAll(List.of(components));
        List<String> labels = Evaluation.ofType(base.evaluate(base.hash(), facts), Classification.class).stream()
                .map(Classification::getLabel).toList();
        assertThat(labels).as("exactly one band").hasSize(1);
        return labels.get(0);
    }

    private static UnitTotal index(String index) {
        return new UnitTotal(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.ZERO,
                new BigDecimal(index), BigDecimal.ZERO);
    }

    private static AreaIndex area(String code, String index) {
        return new AreaIndex(code, BigDecimal.ZERO, BigDecimal.TEN, index == null ? null : new BigDecimal(index));
    }

    @ParameterizedTest(name = "HD2022: index {0} -> {1}")
    @CsvSource({"100, Nhóm 1", "90.00, Nhóm 1", "89.99, Nhóm 2", "80.00, Nhóm 2", "79.99, Nhóm 3", "0, Nhóm 3"})
    void hd2022HasIndexBandsOnly(String index, String band) {
        assertThat(classify(rules, "HD2022", index(index), area("1", "10"))).isEqualTo(band);
    }

    /** Floors on the areas' component indices; an area where nothing applies (null) has no index to hold. */
    @ParameterizedTest(name = "HD2024: index {0}, weakest area {1}% -> {2}")
    @CsvSource({"100, 100, Nhóm 1", "90, 80, Nhóm 1", "90, 79.99, Nhóm 2", "90, 70, Nhóm 2", "90, 69.99, Nhóm 3",
            "89.99, 100, Nhóm 2", "80, 70, Nhóm 2", "80, 69.99, Nhóm 3", "79.99, 100, Nhóm 3"})
    void hd2024NeedsEveryAreasComponentIndexAboveTheFloor(String index, String weakest, String band) {
        assertThat(classify(rules, "HD2024", index(index), area("1", "100"), area("2", weakest), area("3", null)))
                .isEqualTo(band);
    }

    @Test
    void hd2024IgnoresSubCriteriaAndCriteriaBelowTheFloorWhenTheAreasHold() {
        assertThat(classify(rules, "HD2024", index("95"), area("1", "85"),
                new LeafScore("1.1.1", "1", BigDecimal.ZERO, BigDecimal.ONE, true, "TEST"),
                new CriterionTotal("1.1", BigDecimal.ONE, BigDecimal.TEN))).isEqualTo("Nhóm 1");
    }

    /** The points scheme compares net points (totals.drl: achieved − penalties); "Xuất sắc" also needs every sub-criterion at half its maximum. */
    @ParameterizedTest(name = "MAU-DIEM: net points {0}, weakest leaf {1}/1 -> {2}")
    @CsvSource({"100, 1, Xuất sắc", "93, 0.5, Xuất sắc", "93, 0.49, Tốt", "92.99, 1, Tốt", "85, 1, Tốt",
            "84.99, 1, Khá", "70, 0, Khá", "69.5, 1, Trung bình", "50, 1, Trung bình", "49.99, 1, Yếu", "0, 0, Yếu"})
    void pointsSchemeComparesNetPointsAndLeafFloors(String points, String weakest, String band) {
        UnitTotal total = new UnitTotal(BigDecimal.valueOf(100), BigDecimal.ZERO, BigDecimal.valueOf(100),
                new BigDecimal(points), BigDecimal.valueOf(100), BigDecimal.valueOf(100));
        assertThat(classify(rules, "MAU-DIEM", total,
                new LeafScore("1.1.1", "1", new BigDecimal(weakest), BigDecimal.ONE, true, "TEST"),
                new LeafScore("9.1", "9", BigDecimal.ZERO, BigDecimal.TEN, true, "BONUS", "BONUS"))).isEqualTo(band);
    }

    @Test
    void theLegendSaysEachBandsRule() {
        ScoringService scoring = new ScoringService(rules);
        assertThat(scoring.bands(rules.hash(), "HD2024")).extracting(b -> b.getLabel() + ": " + b.getRule()).containsExactly(
                "Nhóm 1: Chỉ số từ 90 trở lên; không có chỉ số thành phần của lĩnh vực nào dưới 80% điểm tối đa",
                "Nhóm 2: Chỉ số từ 80 trở lên; không có chỉ số thành phần của lĩnh vực nào dưới 70% điểm tối đa",
                "Nhóm 3: Các trường hợp còn lại");
        assertThat(scoring.currentSchemes()).containsOnlyKeys("HD2022", "HD2024", "MAU-DIEM");
        assertThat(scoring.currentSchemes().get("MAU-DIEM").get(0).getRule())
                .isEqualTo("Tổng điểm từ 93 trở lên; không có tiêu chí thành phần nào dưới 50% điểm tối đa");
    }

    /** A province adds a scheme by adding rows to the table: no DRL, no Java. */
    @Test
    void aSchemeAddedAsDataClassifiesAndRanksWithinBandsFirst(@TempDir Path dir) throws IOException {
        TestRules.copy(Path.of("rules"), dir);
        Files.writeString(dir.resolve(SchemeTable.FILE), String.join("\n",
                "TINH-X;Tỉnh X 2026;INDEX;x;1;Loại A;85;CRITERION;75",
                "TINH-X;Tỉnh X 2026;INDEX;x;2;Loại B;0;;", ""), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        RuleBase base = new RuleBase(RulesFolderFactory.of(dir.toString()), new InMemoryRuleArchive());

        assertThat(classify(base, "TINH-X", index("85"), new CriterionTotal("1.1", new BigDecimal("7.5"), BigDecimal.TEN)))
                .isEqualTo("Loại A");
        assertThat(classify(base, "TINH-X", index("99"), new CriterionTotal("1.1", new BigDecimal("7.49"), BigDecimal.TEN)))
                .isEqualTo("Loại B");
        assertThat(classify(base, "TINH-X", index("84.99"))).isEqualTo("Loại B");
        assertThat(classify(base, "HD2022", index("85"))).as("shipped schemes unchanged").isEqualTo("Nhóm 2");

        Map<String, Rank> ranks = new ScoringService(base).rank(base.hash(), new YearSettings("TINH-X", "SHARE"), List.of(
                candidate("A", "99.00", "Loại B"), candidate("B", "86.00", "Loại A"), candidate("C", "90.00", "Loại A"),
                candidate("D", "90.00", "Loại A")));
        assertThat(ranks).extractingFromEntries(e -> e.getKey() + " " + e.getValue().getRank())
                .containsExactlyInAnyOrder("C 1", "D 1", "B 3", "A 4");
        Map<String, Rank> byIndex = new ScoringService(base).rank(base.hash(), new YearSettings("HD2022", "SHARE"), List.of(
                candidate("A", "99.00", "Nhóm 2"), candidate("B", "86.00", "Nhóm 1")));
        assertThat(byIndex).extractingFromEntries(e -> e.getKey() + " " + e.getValue().getRank())
                .as("a scheme without the column ranks by index alone").containsExactlyInAnyOrder("A 1", "B 2");
    }

    @Test
    void aRuleSetWithABrokenTableIsRefusedWithItsProblems(@TempDir Path dir) throws IOException {
        TestRules.copy(Path.of("rules"), dir);
        RuleBase base = new RuleBase(RulesFolderFactory.of(dir.toString()), new InMemoryRuleArchive());
        Files.writeString(dir.resolve(SchemeTable.FILE), "TINH-X;Tỉnh X;INDEX;;1;Loại A;85;;\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        assertThat(catchThrowableOfType(ValidationException.class, () -> base.check(RulesFolderFactory.of(dir.toString())))
                .problems()).anySatisfy(p -> assertThat(p).contains("cách xếp loại TINH-X: loại cuối (\"Loại A\")"));
    }

    @Test
    void everyProblemOfTheTableIsNamedByLineAndColumn() {
        String header = String.join(";", SchemeTable.HEADERS);
        assertThatThrownBy(() -> SchemeTable.parse(String.join("\n", header,
                "HD 2022;Tên;INDEX;;1;Nhóm 1;90;;",
                "A;;PERCENT;y;0;;101;AREA;",
                "B;Tên;POINTS;;1.5;Loại;1001;;80",
                "C;Tên;INDEX;;1;Loại;90;LEAF;abc;thừa")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        "Tệp ranking/xep-loai.csv, dòng 2, cột \"Mã cách xếp loại\": mã chỉ gồm chữ không dấu, số, '-' và '_', tối đa 32 ký tự.",
                        "Tệp ranking/xep-loai.csv, dòng 3, cột \"Tên cách xếp loại\": không được để trống.",
                        "Tệp ranking/xep-loai.csv, dòng 3, cột \"Căn cứ (INDEX: chỉ số, POINTS: tổng điểm)\": \"PERCENT\" không phải một trong [INDEX, POINTS].",
                        "Tệp ranking/xep-loai.csv, dòng 3, cột \"Xếp hạng trong từng loại trước (x)\": \"y\" không phải một trong [x].",
                        "Tệp ranking/xep-loai.csv, dòng 3, cột \"Thứ tự loại\": phải từ 1 đến 99.",
                        "Tệp ranking/xep-loai.csv, dòng 3, cột \"Tên loại\": không được để trống.",
                        "Tệp ranking/xep-loai.csv, dòng 3, cột \"Tối thiểu\": phải từ 0 đến 100.",
                        "Tệp ranking/xep-loai.csv, dòng 3, cột \"Mức sàn (% điểm tối đa)\": cấp và mức sàn phải có cùng nhau.",
                        "Tệp ranking/xep-loai.csv, dòng 4, cột \"Thứ tự loại\": phải là số nguyên.",
                        "Tệp ranking/xep-loai.csv, dòng 4, cột \"Tối thiểu\": phải từ 0 đến 1000.",
                        "Tệp ranking/xep-loai.csv, dòng 4, cột \"Cấp của mức sàn (AREA: lĩnh vực, CRITERION: tiêu chí, LEAF: tiêu chí thành phần)\": cấp và mức sàn phải có cùng nhau.",
                        "Tệp ranking/xep-loai.csv, dòng 5: có nhiều hơn 9 cột.",
                        "Tệp ranking/xep-loai.csv, dòng 5, cột \"Mức sàn (% điểm tối đa)\": \"abc\" không phải là số."));
    }

    @Test
    void everySchemeMustBeConsistentOrderedAndEndWithABandForEveryone() {
        String header = String.join(";", SchemeTable.HEADERS);
        assertThatThrownBy(() -> SchemeTable.parse(String.join("\n", header,
                "X;Tên;INDEX;;1;Loại A;80;;",
                "X;Tên khác;INDEX;;1;Loại A;90;;",
                "X;Tên;INDEX;;3;Loại C;0;AREA;50")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        "Tệp ranking/xep-loai.csv, cách xếp loại X: tên, căn cứ và cách xếp hạng phải giống nhau trên mọi dòng.",
                        "Tệp ranking/xep-loai.csv, cách xếp loại X: thứ tự 1 bị trùng.",
                        "Tệp ranking/xep-loai.csv, cách xếp loại X: tên loại \"Loại A\" bị trùng.",
                        "Tệp ranking/xep-loai.csv, cách xếp loại X: loại \"Loại A\" có mức tối thiểu cao hơn loại đứng trước.",
                        "Tệp ranking/xep-loai.csv, cách xếp loại X: loại cuối (\"Loại C\") phải có tối thiểu 0 và không có mức sàn, để đơn vị nào cũng được xếp loại."));
        assertThatThrownBy(() -> SchemeTable.parse("Mã;Tên\n")).hasMessageStartingWith("Tệp ranking/xep-loai.csv: dòng 1 phải là tiêu đề");
        assertThatThrownBy(() -> SchemeTable.parse(header + "\n")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).containsExactly("Tệp ranking/xep-loai.csv: chưa có cách xếp loại nào."));
    }

    /** Values at their limits, equal minimums, a row short of its empty trailing cells, blank cells beyond the last column. */
    @Test
    void theTableIsReadToTheEdgesOfItsLimits() {
        String label = "L".repeat(64);
        List<Band> bands = SchemeTable.parse(String.join("\n", String.join(";", SchemeTable.HEADERS),
                "E;Điểm;POINTS;;1;Loại 1;1000;AREA;100",
                "E;Điểm;POINTS;;2;Loại 2;1000;LEAF;0;;",
                "E;Điểm;POINTS;;99;" + label + ";0",
                "I;Chỉ số;INDEX;;1;Loại 1;100;;",
                "I;Chỉ số;INDEX;;2;Loại 2;0;;"));
        assertThat(bands).extracting(b -> b.getScheme() + " " + b.getOrder() + " " + b.getMinimum() + " " + b.getFloorLevel()
                        + " " + b.getFloor())
                .containsExactly("E 1 1000 AREA 100", "E 2 1000 LEAF 0", "E 99 0 null null", "I 1 100 null null", "I 2 0 null null");
        assertThat(bands.get(2).getLabel()).hasSize(64);
        assertThatThrownBy(() -> SchemeTable.parse(String.join(";", SchemeTable.HEADERS) + "\nE;Điểm;POINTS;;1;" + label + "L;0;;"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        "Tệp ranking/xep-loai.csv, dòng 2, cột \"Tên loại\": dài quá 64 ký tự."));
    }

    @Test
    void theShippedTableParses() throws IOException {
        assertThat(SchemeTable.parse(Files.readString(Path.of("rules", SchemeTable.FILE)))).extracting(Band::getScheme)
                .containsOnly("HD2022", "HD2024", "MAU-DIEM");
    }

    private static RankCandidate candidate(String unit, String index, String band) {
        return new RankCandidate(unit, "Sở", new BigDecimal(index), BigDecimal.ZERO, band);
    }
}
