package vn.parindex.assessment;

import java.math.BigDecimal;

/**
 * One leaf's entry from a form or the API; the value's meaning depends on the leaf's method (see ScoringMethod).
 * For appraisers only: {@code needsExplanation} (round 1) and {@code explanationAccepted}, which credits a leaf
 * whose required evidence is missing on the strength of the unit's explanation.
 */
public record AnswerInput(String leafCode, BigDecimal value, Boolean notApplicable, String note, Boolean needsExplanation,
                          Boolean explanationAccepted) {

    public AnswerInput(String leafCode, BigDecimal value, Boolean notApplicable, String note, Boolean needsExplanation) {
        this(leafCode, value, notApplicable, note, needsExplanation, null);
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
