package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A leaf's numerator and denominator summed from a public-service source, offered as the unit's self-assessment input;
 * {@code fileSha256}: the imported file, kept as the leaf's evidence.
 */
public record PrefilledFigure(String unitCode, String leafCode, BigDecimal numerator, BigDecimal denominator,
                              String source, LocalDate extractedOn, String fileSha256) {

    /** Figures as the forms and the audit log show them, e.g. "45/50". */
    static String fraction(BigDecimal numerator, BigDecimal denominator) {
        return numerator.stripTrailingZeros().toPlainString() + "/" + denominator.stripTrailingZeros().toPlainString();
    }

    boolean sameFigures(BigDecimal otherNumerator, BigDecimal otherDenominator) {
        return otherNumerator != null && otherDenominator != null && numerator.compareTo(otherNumerator) == 0
                && denominator.compareTo(otherDenominator) == 0;
    }
}
