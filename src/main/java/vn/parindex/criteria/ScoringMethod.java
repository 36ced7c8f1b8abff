package vn.parindex.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How a leaf turns the unit's input into points. Each method is a generic rule in rules/scoring/methods.drl,
 * parameterised by the leaf's parameters p1..p3 from the catalogue. The enum knows which inputs and parameters
 * are valid, so that a bad catalogue or a bad answer is refused before the rules see it, and what a form offers
 * (its choices, a rate as a fraction): the forms read it from the API rather than keep a copy.
 */
public enum ScoringMethod {
    /** Input 1 (done) or 0 (not done): maximum or zero. */
    YES_NO(0, 1, "1 (có/đạt) hoặc 0 (không)", "Có/đạt: tối đa; không: 0", "—"),
    /** Input a rate in percent; p1 = target: full points from the target, proportional below it. */
    RATE(0, 100, "tỷ lệ từ 0 đến 100 (%)", "Từ chỉ tiêu: tối đa; dưới chỉ tiêu: tỷ lệ thuận", "1: chỉ tiêu (%)"),
    /** Input a rate in percent; from p1 full points, from p2 the share p3 of the maximum, below p2 zero. */
    RATE_BANDS(0, 100, "tỷ lệ từ 0 đến 100 (%)", "Từ mức 1: tối đa; từ mức 2: một phần; dưới mức 2: 0",
            "1: mức đạt (%); 2: mức một phần (%); 3: tỷ lệ điểm (0–1)"),
    /** Input 2 on time, 1 late, 0 missing: maximum, the share p1 of it, zero. */
    ON_TIME(0, 2, "2 (đúng hạn), 1 (muộn) hoặc 0 (không thực hiện)", "Đúng hạn: tối đa; muộn: một phần; không thực hiện: 0",
            "1: tỷ lệ điểm khi muộn (0–1)"),
    /** Input 3 excellent, 2 good, 1 complete, 0 none: maximum, share p1, share p2, zero. */
    TIERED(0, 3, "3 (xuất sắc), 2 (tốt), 1 (hoàn thành) hoặc 0 (không đạt)",
            "Xuất sắc: tối đa; tốt, hoàn thành: một phần; không đạt: 0", "1: tỷ lệ mức tốt; 2: tỷ lệ mức hoàn thành (0–1)"),
    /** Input a count of faults (late or missing reports...): maximum minus p1 per fault, not below zero. */
    COUNT_DEDUCTION(0, 1000, "số lần vi phạm (số nguyên, 0 trở lên)", "Tối đa trừ mỗi lần vi phạm, không dưới 0",
            "1: điểm trừ mỗi lần"),
    /** Input a count: p1 bonus points each, up to the maximum; outside the denominator. */
    BONUS(0, 1000, "số lượng (số nguyên, 0 trở lên)", "Điểm thưởng mỗi lần, không quá tối đa; ngoài tổng điểm chuẩn",
            "1: điểm mỗi lần"),
    /** Input a count: p1 points deducted each, up to the maximum; outside the denominator. */
    PENALTY(0, 1000, "số lần vi phạm (số nguyên, 0 trở lên)", "Điểm trừ mỗi lần, không quá tối đa; ngoài tổng điểm chuẩn",
            "1: điểm mỗi lần"),
    /** Points = maximum x survey rate; imported by the survey office, never entered by the unit. */
    SURVEY(0, 0, "không nhập (chấm bằng điều tra xã hội học)", "Tối đa × tỷ lệ điều tra xã hội học", "—");

    /** One value of a method whose input is a choice, and its Vietnamese label. */
    public record Choice(int value, String label) {
    }

    private final BigDecimal min;
    private final BigDecimal max;
    private final String inputHint;
    private final String rule;
    private final String parameters;

    /** {@code rule} and {@code parameters}: how it scores and what p1..p3 mean, for the catalogue's guide. */
    ScoringMethod(int min, int max, String inputHint, String rule, String parameters) {
        this.min = BigDecimal.valueOf(min);
        this.max = BigDecimal.valueOf(max);
        this.inputHint = inputHint;
        this.rule = rule;
        this.parameters = parameters;
    }

    public boolean enteredByUnit() {
        return this != SURVEY;
    }

    /** Bonus and penalty leaves add or deduct points but are not part of the points applicable. */
    public boolean extra() {
        return this == BONUS || this == PENALTY;
    }

    /** The input that earns full points: the top of the scale, or no faults and no bonus or penalty items. */
    public BigDecimal fullMarksInput() {
        return this == COUNT_DEDUCTION || extra() ? min : max;
    }

    public String inputHint() {
        return inputHint;
    }

    /** How it scores, in Vietnamese, as the catalogue's guide explains it. */
    public String rule() {
        return rule;
    }

    /** What its parameters 1-3 mean, in Vietnamese ("—" for none). */
    public String parameters() {
        return parameters;
    }

    /** The values a unit chooses from, best first; empty where it types a number. */
    public List<Choice> choices() {
        return switch (this) {
            case YES_NO -> List.of(new Choice(1, "Có / Đạt"), new Choice(0, "Không"));
            case ON_TIME -> List.of(new Choice(2, "Đúng hạn"), new Choice(1, "Muộn"), new Choice(0, "Không thực hiện"));
            case TIERED -> List.of(new Choice(3, "Xuất sắc"), new Choice(2, "Tốt"), new Choice(1, "Hoàn thành"),
                    new Choice(0, "Không đạt"));
            default -> List.of();
        };
    }

    /** A rate: typed in percent, with decimals, or as numerator and denominator. */
    public boolean rate() {
        return this == RATE || this == RATE_BANDS;
    }

    public boolean accepts(BigDecimal value) {
        boolean integral = rate() || value.stripTrailingZeros().scale() <= 0;
        return enteredByUnit() && integral && value.compareTo(min) >= 0 && value.compareTo(max) <= 0
                && (this != YES_NO || value.signum() == 0 || value.compareTo(BigDecimal.ONE) == 0);
    }

    /** Problems with the parameters a catalogue gives this method, in Vietnamese; empty if valid. */
    public List<String> parameterProblems(BigDecimal p1, BigDecimal p2, BigDecimal p3) {
        List<String> problems = new ArrayList<>();
        switch (this) {
            case RATE -> between(p1, "0.01", "100", "Tham số 1 (chỉ tiêu %)", problems);
            case RATE_BANDS -> {
                between(p1, "0.01", "100", "Tham số 1 (mức đạt tối đa %)", problems);
                between(p2, "0", "100", "Tham số 2 (mức đạt một phần %)", problems);
                between(p3, "0", "1", "Tham số 3 (tỷ lệ điểm khi đạt một phần)", problems);
                if (p1 != null && p2 != null && p2.compareTo(p1) >= 0) {
                    problems.add("Tham số 2 phải nhỏ hơn tham số 1.");
                }
            }
            case ON_TIME -> between(p1, "0", "1", "Tham số 1 (tỷ lệ điểm khi muộn)", problems);
            case TIERED -> {
                between(p1, "0", "1", "Tham số 1 (tỷ lệ điểm mức tốt)", problems);
                between(p2, "0", "1", "Tham số 2 (tỷ lệ điểm mức hoàn thành)", problems);
                if (p1 != null && p2 != null && p2.compareTo(p1) > 0) {
                    problems.add("Tham số 2 không được lớn hơn tham số 1.");
                }
            }
            case COUNT_DEDUCTION, BONUS, PENALTY -> between(p1, "0.01", "100", "Tham số 1 (điểm mỗi lần)", problems);
            default -> {
                if (p1 != null || p2 != null || p3 != null) {
                    problems.add("Phương pháp " + name() + " không dùng tham số.");
                }
            }
        }
        return problems;
    }

    private static void between(BigDecimal value, String low, String high, String what, List<String> problems) {
        if (value == null) {
            problems.add("Thiếu " + what + ".");
        } else if (value.compareTo(new BigDecimal(low)) < 0 || value.compareTo(new BigDecimal(high)) > 0) {
            problems.add(what + " phải từ " + low + " đến " + high + ".");
        }
    }
}
