package vn.parindex.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.org.UnitType;
import vn.parindex.org.UnitTypes;
import vn.parindex.rules.RulesFolderFactory;
import vn.parindex.support.TestRules;
import vn.parindex.web.ValidationException;

/** The catalogue files of rules/: the samples are valid; a bad file is refused with every problem by line. */
class CatalogueTest {

    private static final String HEADER = "Mã lĩnh vực;Tên lĩnh vực;Tối đa;Mã tiêu chí;Tên tiêu chí;Tối đa;Mã;Tên;Điểm tối đa;"
            + "Phương pháp;Tham số 1;Tham số 2;Tham số 3;Kiểm chứng\n";

    @Test
    void everySampleCatalogueHasThreeLevelsAndSixtyToOneHundredLeaves() {
        new CatalogueFactory().current("rules").leaves().forEach((type, leaves) -> {
            assertThat(leaves).hasSizeBetween(60, 100);
            assertThat(leaves.stream().map(Leaf::areaCode).distinct()).hasSize(9);
            assertThat(leaves.stream().map(Leaf::criterionCode).distinct().count()).isGreaterThan(20);
        });
    }

    @Test
    void everySampleCatalogueAddsUpToOneHundredAndUsesEveryMethod() {
        Catalogue.Snapshot snapshot = new CatalogueFactory().current("rules");
        assertThat(snapshot.leaves().keySet()).extracting(t -> t.code() + " " + t.label()).containsExactly(
                "COMMUNE UBND cấp xã", "DEPARTMENT Sở, ban, ngành", "DISTRICT UBND cấp huyện", "SPECIAL_ZONE Đặc khu", "WARD Phường");
        snapshot.leaves().forEach((type, leaves) -> {
            assertThat(leaves.stream().filter(l -> !l.method().extra()).map(Leaf::maxPoints)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).as("%s", type).isEqualByComparingTo("100");
            assertThat(leaves.stream().map(Leaf::method).distinct()).containsExactlyInAnyOrder(ScoringMethod.values());
        });
    }

    @Test
    void aBadCatalogueIsRefusedWithEveryProblemByLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("catalogue"));
        Files.writeString(dir.resolve("catalogue/catalogues.properties"), "version=thu\nDEPARTMENT.name=Sở\nDEPARTMENT=x.csv\n");
        Files.writeString(dir.resolve("catalogue/x.csv"), HEADER
                + "1;A;80;1.1;C;80;1.1.1;Có kế hoạch;50;YES_NO;;;;x\n"
                + "1;A;80;1.1;C;80;1.1.1;Trùng mã;10;YES_NO;;;;\n"
                + "1;A;80;1.1;C;80;1.1.2;Tỷ lệ;10;RATE;;;;\n"
                + "1;A;80;1.1;C;80;1.1.3;Dải;10;RATE_BANDS;80;90;2;\n"
                + "1;A;80;1.1;C;80;1.1.4;Sai phương pháp;10;DOAN;;;;\n"
                + "1;A;80;1.1;C;80;1.1.5;Chữ;mười;YES_NO;;;;\n"
                + "8;B;20;8.1;D;20;8.1.1;Khảo sát;20;SURVEY;;;;x\n");

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new CatalogueFactory().current(dir.toString()));

        assertThat(e.problems()).containsExactly(
                "rules/catalogue/x.csv, dòng 3: mã tiêu chí 1.1.1 bị trùng.",
                "rules/catalogue/x.csv, dòng 4: Thiếu Tham số 1 (chỉ tiêu %).",
                "rules/catalogue/x.csv, dòng 5: Tham số 3 (tỷ lệ điểm khi đạt một phần) phải từ 0 đến 1.",
                "rules/catalogue/x.csv, dòng 5: Tham số 2 phải nhỏ hơn tham số 1.",
                "rules/catalogue/x.csv, dòng 6: cột Phương pháp chấm: \"DOAN\" không có; dùng một trong "
                        + List.of(ScoringMethod.values()) + ".",
                "rules/catalogue/x.csv, dòng 7: cột Điểm tối đa: \"mười\" không phải là số hợp lệ (số có tối đa 12 chữ số phần nguyên và 6 chữ số thập phân).",
                "rules/catalogue/x.csv, dòng 8: tiêu chí điều tra xã hội học không yêu cầu tài liệu kiểm chứng.");
    }

    @Test
    void maximaMustAddUpToOneHundred(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("catalogue"));
        Files.writeString(dir.resolve("catalogue/catalogues.properties"), "DEPARTMENT.name=Sở\nDEPARTMENT=x.csv\n");
        Files.writeString(dir.resolve("catalogue/x.csv"), HEADER + "1;A;60;1.1;C;60;1.1.1;Có kế hoạch;60;YES_NO;;;;\n"
                + "9;Thưởng;40;9.1;T;40;9.1.1;Sáng kiến;40;BONUS;1;;;\n");

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new CatalogueFactory().current(dir.toString()));

        assertThat(e.problems()).containsExactly(
                "rules/catalogue/x.csv: tổng điểm tối đa (không kể điểm thưởng, điểm trừ) là 60, phải bằng 100.");
    }

    @Test
    void childrenMustAddUpToTheirCriterionAndArea(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("catalogue"));
        Files.writeString(dir.resolve("catalogue/catalogues.properties"), "DEPARTMENT.name=Sở\nDEPARTMENT=x.csv\n");
        Files.writeString(dir.resolve("catalogue/x.csv"), HEADER
                + "1;A;70;1.1;C;40;1.1.1;Một;30;YES_NO;;;;\n"
                + "1;A;70;1.2;D;30;1.2.1;Hai;30;YES_NO;;;;\n"
                + "2;B;30;2.1;E;30;2.1.1;Ba;40;YES_NO;;;;\n");

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new CatalogueFactory().current(dir.toString()));

        assertThat(e.problems()).containsExactly(
                "rules/catalogue/x.csv: tiêu chí 1.1 có điểm tối đa 40 nhưng các thành phần cộng lại 30.",
                "rules/catalogue/x.csv: tiêu chí 2.1 có điểm tối đa 30 nhưng các thành phần cộng lại 40.");
    }

    @Test
    void areasMustAddUpToTheirDeclaredMaximaAndDeclareOneMaximum(@TempDir Path dir) throws IOException {
        assertThat(problems(dir, "1;A;50;1.1;C;30;1.1.1;Một;30;YES_NO;;;;\n"
                + "1;A;50;1.2;D;30;1.2.1;Hai;30;YES_NO;;;;\n"
                + "2;B;40;2.1;E;40;2.1.1;Ba;40;YES_NO;;;;\n")).containsExactly(
                "rules/catalogue/x.csv: lĩnh vực 1 có điểm tối đa 50 nhưng các thành phần cộng lại 60.");
        assertThat(problems(dir, "1;A;60;1.1;C;30;1.1.1;Một;30;YES_NO;;;;\n"
                + "1;A;70;1.1;C;35;1.1.2;Hai;30;YES_NO;;;;\n"
                + "2;B;40;2.1;E;40;2.1.1;Ba;40;YES_NO;;;;\n")).containsExactly(
                "rules/catalogue/x.csv, dòng 3: cột Điểm tối đa lĩnh vực: 1 đã khai báo tối đa 60.",
                "rules/catalogue/x.csv, dòng 3: cột Điểm tối đa tiêu chí: 1.1 đã khai báo tối đa 30.");
    }

    /** Titles at their longest, a row without its empty trailing cells; a leaf of no points is refused. */
    @Test
    void rowsAreReadToTheEdgesOfTheirLimits(@TempDir Path dir) throws IOException {
        String longest = "1;" + "A".repeat(Leaf.AREA_TITLE_CHARS) + ";100;1.1;" + "C".repeat(Leaf.TITLE_CHARS) + ";100;1.1.1;"
                + "L".repeat(Leaf.TITLE_CHARS) + ";100;YES_NO\n";
        assertThat(problems(dir, longest)).isEmpty();
        assertThat(new CatalogueFactory().current(dir.toString()).leaves().values().iterator().next())
                .extracting(Leaf::evidenceRequired).containsExactly(false);
        assertThat(problems(dir, longest.replace(";100;YES_NO", "1;100;YES_NO"))).containsExactly(
                "rules/catalogue/x.csv, dòng 2: tên quá dài (lĩnh vực tối đa 255 ký tự, tiêu chí 500 ký tự).");
        assertThat(problems(dir, "1;A;100;1.1;C;100;1.1.1;Một;100;YES_NO;;;;\n1;A;100;1.1;C;100;1.1.2;Không;0;YES_NO;;;;\n"))
                .contains("rules/catalogue/x.csv, dòng 3: cột Điểm tối đa: phải lớn hơn 0.");
    }

    /** The name over a column of results: given, or the area's title; one per area, short enough for a header. */
    @Test
    void anAreasShortNameIsOptionalSameOnEachOfItsRowsAndShort(@TempDir Path dir) throws IOException {
        assertThat(problems(dir, "1;Công tác chỉ đạo;60;1.1;C;60;1.1.1;Một;60;YES_NO;;;;;Chỉ đạo\n"
                + "2;Cải cách thể chế;40;2.1;E;40;2.1.1;Ba;40;YES_NO;;;;\n")).isEmpty();
        assertThat(new CatalogueFactory().current(dir.toString()).leaves().values().iterator().next())
                .extracting(Leaf::areaShortTitle).containsExactly("Chỉ đạo", "Cải cách thể chế");
        assertThat(problems(dir, "1;A;60;1.1;C;30;1.1.1;Một;30;YES_NO;;;;;Chỉ đạo\n"
                + "1;A;60;1.2;D;30;1.2.1;Hai;30;YES_NO;;;;;Điều hành\n"
                + "2;B;40;2.1;E;40;2.1.1;Ba;40;YES_NO;;;;;" + "T".repeat(Leaf.AREA_SHORT_TITLE_CHARS + 1) + "\n"))
                .containsExactly(
                        "rules/catalogue/x.csv, dòng 3: lĩnh vực 1 đã có tên \"A\", tên ngắn \"Chỉ đạo\"; mỗi dòng của lĩnh vực ghi cùng tên.",
                        "rules/catalogue/x.csv, dòng 4: cột Tên ngắn lĩnh vực: tối đa 40 ký tự (tên in trên đầu cột của bảng kết quả).");
    }

    /** The problems of a one-type catalogue of these rows; empty if it reads. */
    private static List<String> problems(Path dir, String rows) throws IOException {
        Files.createDirectories(dir.resolve("catalogue"));
        Files.writeString(dir.resolve("catalogue/catalogues.properties"), "DEPARTMENT.name=Sở\nDEPARTMENT=x.csv\n");
        Files.writeString(dir.resolve("catalogue/x.csv"), HEADER + rows);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> new CatalogueFactory().current(dir.toString()));
        return e == null ? List.of() : e.problems();
    }

    @Test
    void aUnitTypeIsItsCode() {
        assertThat(new UnitType("WARD", "Phường")).isEqualTo(new UnitType("WARD", "Phường (tên mới)"))
                .hasSameHashCodeAs(new UnitType("WARD", null)).isNotEqualTo(new UnitType("COMMUNE", "Phường"));
        assertThat(new UnitType("WARD", " ").label()).isEqualTo("WARD");
        assertThat(new UnitType("WARD", "Phường")).hasToString("WARD");
    }

    /** A regulation's new unit type is two lines of catalogues.properties: its name and its catalogue. */
    @Test
    void aNewUnitTypeIsDataOnly(@TempDir Path dir) throws IOException {
        TestRules.copy(Path.of("rules"), dir);
        Files.writeString(dir.resolve("catalogue/catalogues.properties"),
                "XA_2025.name=Xã, phường sau sắp xếp (1187/QĐ-BNV)\nXA_2025=mau-cap-xa.csv\nlower.name=mã không hợp lệ\n",
                StandardOpenOption.APPEND);
        Catalogue.Snapshot snapshot = new CatalogueFactory().current(dir.toString());
        UnitType added = new UnitTypes(RulesFolderFactory.of(dir.toString())).of("XA_2025");
        assertThat(added.label()).isEqualTo("Xã, phường sau sắp xếp (1187/QĐ-BNV)");
        assertThat(snapshot.leaves().get(added)).hasSameSizeAs(snapshot.leaves().get(new UnitType("COMMUNE", null)));
        assertThat(new UnitTypes(RulesFolderFactory.of(dir.toString())).all()).extracting(UnitType::code)
                .as("codes the columns cannot hold are no types").contains("XA_2025").doesNotContain("lower");
        assertThat(new UnitTypes(RulesFolderFactory.of(dir.toString())).of("GONE").label())
                .as("a type no longer defined still reads, by its code").isEqualTo("GONE");
    }
}
