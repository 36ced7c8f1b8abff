package vn.parindex.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.rules.RuleFiles;
import vn.parindex.rules.RuleSet;
import vn.parindex.rules.RulesFolderFactory;
import vn.parindex.web.ValidationException;

/** The leaf-source mapping of rules/: the sample maps the commune catalogue's rates; a bad one is refused line by line. */
class SourceMappingTest {

    private static final String HEADER = String.join(";", SourceMapping.HEADERS) + "\n";

    @Test
    void theSampleMapsTheCommuneRatesToTheServiceIndex() {
        RuleFiles shipped = RulesFolderFactory.of("rules");
        new SourceMapping(shipped, null).check(shipped);

        Map<String, List<LeafSource>> mapped = SourceMapping.parse(shipped.file(SourceMapping.FILE).orElseThrow(), null);

        assertThat(mapped.get("mau-cap-xa.csv")).extracting(LeafSource::leafCode)
                .contains("3.2.1", "7.2.1", "7.2.2", "7.2.3");
    }

    @Test
    void aBadMappingIsRefusedWithEveryProblemByLineAndColumn() {
        RuleFiles candidate = withMapping(HEADER
                + "mau-cap-xa.csv;3.2.1;TTHC_DUNG_HAN;Tiến độ;Đúng hạn;Đã giải quyết;1;12\n"
                + "mau-cap-xa.csv;3.2.1;TTHC_DUNG_HAN;Tiến độ;Đúng hạn;Đã giải quyết;1;12\n"
                + "mau-cap-xa.csv;1.1.1;KE_HOACH;Kế hoạch;Có;Không;1;12\n"
                + "mau-cap-xa.csv;9.9.9;KHONG_CO;Không có;A;B;1;12\n"
                + "khong-co.csv;3.2.1;TTHC_DUNG_HAN;Tiến độ;Đúng hạn;Đã giải quyết;1;12\n"
                + "mau-cap-xa.csv;7.2.1;dvc toan trinh;Toàn trình;A;;13;0\n"
                + "mau-cap-xa.csv;7.2.2;TTHC_DUNG_HAN;Tên khác;Đúng hạn;Đã giải quyết;1;12\n");

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new SourceMapping(candidate, null).check(candidate));

        String at = "Tệp catalogue/nguon-so-lieu.csv, dòng ";
        assertThat(e.problems()).containsExactly(
                at + "3, cột Mã tiêu chí thành phần: tiêu chí 3.2.1 của mau-cap-xa.csv đã có nguồn ở dòng trên.",
                at + "4, cột Mã tiêu chí thành phần: tiêu chí 1.1.1 chấm theo ON_TIME; chỉ tiêu chí chấm theo tỷ lệ mới "
                        + "lấy được tử số, mẫu số từ nguồn số liệu.",
                at + "5, cột Mã tiêu chí thành phần: không có tiêu chí thành phần 9.9.9 trong mau-cap-xa.csv.",
                at + "6, cột Tệp bộ tiêu chí: \"khong-co.csv\" không phải tệp bộ tiêu chí nào trong catalogue/catalogues.properties.",
                at + "7, cột Mã chỉ tiêu nguồn: mã chỉ tiêu chỉ gồm chữ in hoa không dấu, số và '_', tối đa 32 ký tự.",
                at + "7, cột Mẫu số: không được để trống.",
                at + "7, cột Từ tháng: \"13\" không phải tháng từ 1 đến 12.",
                at + "7, cột Đến tháng: \"0\" không phải tháng từ 1 đến 12.",
                at + "8, cột Mã chỉ tiêu nguồn: chỉ tiêu TTHC_DUNG_HAN đã được ghi với tên, tử số hoặc mẫu số khác ở dòng trên.");
    }

    @Test
    void aMappingWithoutItsHeaderIsRefused() {
        RuleFiles candidate = withMapping("mau-cap-xa.csv;3.2.1;TTHC_DUNG_HAN;Tiến độ;Đúng hạn;Đã giải quyết;1;12\n");

        assertThat(catchThrowableOfType(ValidationException.class, () -> new SourceMapping(candidate, null).check(candidate))
                .getMessage()).startsWith("Tệp catalogue/nguon-so-lieu.csv: dòng 1 phải là tiêu đề");
    }

    @Test
    void aWindowFromALaterMonthStartsInThePreviousYear() {
        LeafSource reportingYear = new LeafSource("7.1", "DVC", "Toàn trình", "A", "B", 10, 9);

        assertThat(reportingYear.first(2025)).isEqualTo(YearMonth.of(2024, 10));
        assertThat(reportingYear.covers(2025, YearMonth.of(2024, 9))).isFalse();
        assertThat(reportingYear.covers(2025, YearMonth.of(2025, 9))).isTrue();
        assertThat(reportingYear.covers(2025, YearMonth.of(2025, 10))).isFalse();
        assertThat(reportingYear.period(2025)).isEqualTo("10/2024 – 9/2025");
    }

    private static RuleFiles withMapping(String csv) {
        RuleFiles shipped = RulesFolderFactory.of("rules");
        Map<String, String> files = new HashMap<>(shipped.read(".csv"));
        files.putAll(shipped.read(".properties"));
        files.put(SourceMapping.FILE, csv);
        return new RuleSet(0, "", files);
    }
}
