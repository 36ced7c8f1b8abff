package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A leaf's pre-fill as stored; {@code flagged*}: a later import's figures, held back because the unit had decided. */
record StoredPrefill(long assessmentId, String leafCode, BigDecimal numerator, BigDecimal denominator, String source,
                     LocalDate extractedOn, PrefillState state, String decidedBy, LocalDateTime decidedAt,
                     BigDecimal flaggedNumerator, BigDecimal flaggedDenominator, String flaggedSource,
                     LocalDate flaggedExtractedOn) {

    boolean flagged() {
        return flaggedNumerator != null;
    }

    /** Whether these are the figures it offers now (the flagged ones, if a later import brought some). */
    boolean offers(PrefilledFigure figure) {
        return flagged() ? figure.sameFigures(flaggedNumerator, flaggedDenominator)
                : figure.sameFigures(numerator, denominator);
    }

    /** The entry matches the pre-filled figures. */
    boolean matches(Answer answer) {
        return answer != null && !answer.notApplicable() && answer.numerator() != null
                && answer.numerator().compareTo(numerator) == 0 && answer.denominator() != null
                && answer.denominator().compareTo(denominator) == 0;
    }
}
