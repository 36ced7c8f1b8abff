package vn.parindex.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One leaf's entry from a form or the API; the value's meaning depends on the leaf's method (see ScoringMethod).
 * For appraisers only: {@code needsExplanation} (round 1) and {@code explanationAccepted}, which credits a leaf
 * whose required evidence is missing on the strength of the unit's explanation.
 */
public record AnswerInput(String leafCode, BigDecimal value, Boolean notApplicable, String note, Boolean needsExplanation,
                          Boolean explanationAccepted, BigDecimal numerator, BigDecimal denominator) {

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
        return new AnswerInput(leafCode, rate, notApplicable, note, needsExplanation, explanationAccepted, numerator, denominator);
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
