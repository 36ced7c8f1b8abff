package vn.parindex.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One month of a unit's source indicator: its numerator and denominator as counts (scale 2, as stored, so that equal
 * figures are equal records), where they come from and when.
 */
record SourceFigure(String unitCode, String indicator, YearMonth period, BigDecimal numerator, BigDecimal denominator,
                    String source, LocalDate extractedOn) {
}
