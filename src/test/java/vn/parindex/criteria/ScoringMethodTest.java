package vn.parindex.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each method's parameters at the edges of what the catalogue accepts, as a catalogue row gives them. */
class ScoringMethodTest {

    @ParameterizedTest(name = "{0} ({1}, {2}, {3}) -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "RATE | 0.01 | - | - | ",
            "RATE | 100 | - | - | ",
            "RATE | 0.009 | - | - | Tham số 1 (chỉ tiêu %) phải từ 0.01 đến 100.",
            "RATE | 100.01 | - | - | Tham số 1 (chỉ tiêu %) phải từ 0.01 đến 100.",
            "RATE | - | - | - | Thiếu Tham số 1 (chỉ tiêu %).",
            "RATE_BANDS | 100 | 80 | 0.5 | ",
            "RATE_BANDS | 0.01 | 0 | 0 | ",
            "RATE_BANDS | 100 | 99.99 | 1 | ",
            "RATE_BANDS | 100 | 100 | 0.5 | Tham số 2 phải nhỏ hơn tham số 1.",
            "RATE_BANDS | 80 | 90 | 0.5 | Tham số 2 phải nhỏ hơn tham số 1.",
            "RATE_BANDS | 0 | - | 0.5 | Tham số 1 (mức đạt tối đa %) phải từ 0.01 đến 100.; Thiếu Tham số 2 (mức đạt một phần %).",
            "RATE_BANDS | 100.01 | 80 | 0.5 | Tham số 1 (mức đạt tối đa %) phải từ 0.01 đến 100.",
            "RATE_BANDS | 100 | -0.01 | 0.5 | Tham số 2 (mức đạt một phần %) phải từ 0 đến 100.",
            "RATE_BANDS | 100 | 80 | 1.01 | Tham số 3 (tỷ lệ điểm khi đạt một phần) phải từ 0 đến 1.",
            "RATE_BANDS | 100 | 80 | -0.01 | Tham số 3 (tỷ lệ điểm khi đạt một phần) phải từ 0 đến 1.",
            "RATE_BANDS | 100 | 80 | - | Thiếu Tham số 3 (tỷ lệ điểm khi đạt một phần).",
            "ON_TIME | 0 | - | - | ",
            "ON_TIME | 1 | - | - | ",
            "ON_TIME | -0.01 | - | - | Tham số 1 (tỷ lệ điểm khi muộn) phải từ 0 đến 1.",
            "ON_TIME | 1.01 | - | - | Tham số 1 (tỷ lệ điểm khi muộn) phải từ 0 đến 1.",
            "ON_TIME | - | - | - | Thiếu Tham số 1 (tỷ lệ điểm khi muộn).",
            "TIERED | 0.75 | 0.5 | - | ",
            "TIERED | 0.5 | 0.5 | - | ",
            "TIERED | 1 | 0 | - | ",
            "TIERED | 0.5 | 0.51 | - | Tham số 2 không được lớn hơn tham số 1.",
            "TIERED | 1.01 | 0.5 | - | Tham số 1 (tỷ lệ điểm mức tốt) phải từ 0 đến 1.",
            "TIERED | 0.5 | -0.01 | - | Tham số 2 (tỷ lệ điểm mức hoàn thành) phải từ 0 đến 1.",
            "TIERED | 0.5 | - | - | Thiếu Tham số 2 (tỷ lệ điểm mức hoàn thành).",
            "COUNT_DEDUCTION | 0.01 | - | - | ",
            "COUNT_DEDUCTION | 0 | - | - | Tham số 1 (điểm mỗi lần) phải từ 0.01 đến 100.",
            "BONUS | 100 | - | - | ",
            "BONUS | 100.01 | - | - | Tham số 1 (điểm mỗi lần) phải từ 0.01 đến 100.",
            "PENALTY | - | - | - | Thiếu Tham số 1 (điểm mỗi lần).",
            "YES_NO | - | - | - | ",
            "YES_NO | 1 | - | - | Phương pháp YES_NO không dùng tham số.",
            "YES_NO | - | 1 | - | Phương pháp YES_NO không dùng tham số.",
            "SURVEY | - | - | 1 | Phương pháp SURVEY không dùng tham số."})
    void parametersAreCheckedAtTheirEdges(ScoringMethod method, BigDecimal p1, BigDecimal p2, BigDecimal p3, String problems) {
        assertThat(String.join("; ", method.parameterProblems(p1, p2, p3))).isEqualTo(problems == null ? "" : problems);
    }
}
