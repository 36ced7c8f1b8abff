package vn.parindex.web;

import java.math.BigDecimal;

/**
 * Bounds on every number a user sends, checked before any arithmetic: {@code 1e-3000000} is a short text whose
 * division or rounding takes seconds of CPU, and digits beyond the database's columns would fail the insert.
 */
public final class Numbers {

    static final int INTEGER_DIGITS = 12;
    static final int FRACTION_DIGITS = 6;
    /** The rule as a user reads it. */
    public static final String RULE = "số có tối đa " + INTEGER_DIGITS + " chữ số phần nguyên và " + FRACTION_DIGITS
            + " chữ số thập phân";
    private static final int MAX_TEXT = 64;

    private Numbers() {
    }

    public static boolean inBounds(BigDecimal value) {
        // cheap even for 1e-3000000: the unscaled value is 1, only the scale is large
        BigDecimal plain = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return plain.scale() <= FRACTION_DIGITS && plain.precision() - plain.scale() <= INTEGER_DIGITS;
    }

    /**
     * Parses a number as a person types it, in a spreadsheet cell or a form: the decimal separator a comma (as
     * Vietnamese is written, "1,5") or a point, never both, so that neither is mistaken for a thousands separator.
     * NumberFormatException if it is not one or is out of bounds.
     */
    public static BigDecimal parse(String text) {
        String trimmed = text.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw new NumberFormatException("too long");
        }
        if (trimmed.indexOf(',') >= 0 && (trimmed.indexOf('.') >= 0 || trimmed.indexOf(',') != trimmed.lastIndexOf(','))) {
            throw new NumberFormatException("both separators or several commas");
        }
        BigDecimal value = new BigDecimal(trimmed.replace(',', '.'));
        if (!inBounds(value)) {
            throw new NumberFormatException("out of bounds");
        }
        return value;
    }
}
