package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A stored entry of a leaf at one stage. */
public record Answer(String leafCode, Stage stage, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                     boolean notApplicable, String note, boolean needsExplanation, boolean explanationAccepted,
                     String updatedBy, LocalDateTime updatedAt) {

    String describe() {
        return notApplicable ? "không áp dụng" : String.valueOf(value);
    }
}
