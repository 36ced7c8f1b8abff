package vn.parindex.assessment;

import java.util.List;

/**
 * Stages at which a leaf is entered or scored. Entered: SELF, APPRAISAL_1, EXPLANATION, APPRAISAL_2.
 * Set directly with a reason: COUNCIL, COMPLAINT. Computed for the results: RESULT.
 */
public enum Stage {
    SELF, APPRAISAL_1, EXPLANATION, APPRAISAL_2, COUNCIL, COMPLAINT, RESULT;

    /** Entered stages whose input counts when scoring this stage, latest first. */
    List<Stage> inputPrecedence() {
        return switch (this) {
            case SELF -> List.of(SELF);
            case APPRAISAL_1 -> List.of(APPRAISAL_1, SELF);
            default -> List.of(APPRAISAL_2, EXPLANATION, APPRAISAL_1, SELF);
        };
    }

    /** Direct overrides that replace the rules' points when scoring this stage, strongest first. */
    List<Stage> overrides() {
        return this == RESULT ? List.of(COMPLAINT, COUNCIL) : List.of();
    }
}
