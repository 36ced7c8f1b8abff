package vn.parindex.assessment;

import java.math.BigDecimal;

/**
 * One leaf's entry from a form or the API. Value: 1/0 for yes/no leaves, a percentage for rate leaves.
 * {@code needsExplanation} is for appraisers in round 1 only.
 */
public record AnswerInput(String leafCode, BigDecimal value, Boolean notApplicable, String note, Boolean needsExplanation) {

    boolean isNotApplicable() {
        return Boolean.TRUE.equals(notApplicable);
    }

    boolean isExplanationRequested() {
        return Boolean.TRUE.equals(needsExplanation);
    }
}
