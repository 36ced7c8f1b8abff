package vn.parindex.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.web.Numbers;

/**
 * One leaf's entry from a form or the API; the value's meaning depends on the leaf's method (see ScoringMethod).
 * For appraisers only: {@code needsExplanation} (round 1) and {@code explanationAccepted}, which credits a leaf
 * whose required evidence is missing on the strength of the unit's explanation. {@code unreadable}: the numbers sent
 * that are not numbers, each as "which: what was typed", left null in the entry and refused at its leaf alone.
 */
public record AnswerInput(String leafCode, BigDecimal value, Boolean notApplicable, String note, Boolean needsExplanation,
                          Boolean explanationAccepted, BigDecimal numerator, BigDecimal denominator, List<String> unreadable) {

    public AnswerInput {
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    /**
     * An entry from a JSON body, its numbers read one by one with the server's rule ({@link Numbers#parse}): a JSON
     * number, or text as a person typed it ("1,5"). A number that cannot be read costs its leaf, not the whole batch.
     */
    @JsonCreator
    static AnswerInput fromJson(@JsonProperty("leafCode") String leafCode, @JsonProperty("value") String value,
                                @JsonProperty("notApplicable") Boolean notApplicable, @JsonProperty("note") String note,
                                @JsonProperty("needsExplanation") Boolean needsExplanation,
                                @JsonProperty("explanationAccepted") Boolean explanationAccepted,
                                @JsonProperty("numerator") String numerator, @JsonProperty("denominator") String denominator) {
        List<String> unreadable = new ArrayList<>();
        return new AnswerInput(leafCode, number("kết quả", value, unreadable), notApplicable, note, needsExplanation,
                explanationAccepted, number("tử số", numerator, unreadable), number("mẫu số", denominator, unreadable), unreadable);
    }

    private static BigDecimal number(String which, String typed, List<String> unreadable) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Numbers.parse(typed);
        } catch (NumberFormatException e) {
            unreadable.add(which + " \"" + (typed.length() > 20 ? typed.substring(0, 20) + "…" : typed) + "\"");
            return null;
        }
    }

    public AnswerInput(String leafCode, BigDecimal value, Boolean notApplicable, String note, Boolean needsExplanation,
                       Boolean explanationAccepted, BigDecimal numerator, BigDecimal denominator) {
        this(leafCode, value, notApplicable, note, needsExplanation, explanationAccepted, numerator, denominator, List.of());
    }

    public AnswerInput(String leafCode, BigDecimal value, Boolean notApplicable, String note, Boolean needsExplanation) {
        this(leafCode, value, notApplicable, note, needsExplanation, null, null, null);
    }

    public AnswerInput(String leafCode, BigDecimal value, Boolean notApplicable, String note, Boolean needsExplanation,
                       Boolean explanationAccepted) {
        this(leafCode, value, notApplicable, note, needsExplanation, explanationAccepted, null, null);
    }

    boolean isFraction() {
        return numerator != null || denominator != null;
    }

    /** A rate given as numerator and denominator becomes its percentage (two decimals, half up); others stay. */
    AnswerInput withRateFromFraction() {
        if (!isFraction() || numerator == null || denominator == null || denominator.signum() <= 0) {
            return this;
        }
        BigDecimal rate = numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
        return new AnswerInput(leafCode, rate, notApplicable, note, needsExplanation, explanationAccepted, numerator, denominator,
                unreadable);
    }

    boolean isExplanationAccepted() {
        return Boolean.TRUE.equals(explanationAccepted);
    }

    boolean isNotApplicable() {
        return Boolean.TRUE.equals(notApplicable);
    }

    boolean isExplanationRequested() {
        return Boolean.TRUE.equals(needsExplanation);
    }
}
