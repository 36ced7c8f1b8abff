package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

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

    /**
     * Why the figures still wait for the unit, if they do: figures are the unit's only once it has decided on them,
     * confirmed as they are (and still entered so) or corrected with a note and evidence; a later import that differs
     * needs a look again.
     */
    Optional<String> awaitingUnit(Answer entered) {
        if (flagged()) {
            return Optional.of("Số liệu điền sẵn có lần nhập sau khác số đã xác nhận hoặc sửa — cần xem lại.");
        }
        return switch (state) {
            case PENDING -> Optional.of("Số liệu điền sẵn chưa được xác nhận hoặc sửa.");
            case CONFIRMED -> matches(entered) ? Optional.empty() : Optional.of(
                    "Số đang nhập khác số liệu điền sẵn đã xác nhận — hãy xác nhận lại hoặc sửa kèm giải trình.");
            case CORRECTED -> Optional.empty();
        };
    }

    /** The entry matches the pre-filled figures. */
    boolean matches(Answer answer) {
        return answer != null && !answer.notApplicable() && answer.numerator() != null
                && answer.numerator().compareTo(numerator) == 0 && answer.denominator() != null
                && answer.denominator().compareTo(denominator) == 0;
    }
}
