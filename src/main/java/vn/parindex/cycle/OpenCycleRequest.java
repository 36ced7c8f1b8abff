package vn.parindex.cycle;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the standing body gives to open a year. Unset durations, penalty, classification scheme (a code of the scheme table),
 * tie-break (SHARE, APPRAISED_POINTS) and index rounding (HALF_UP, HALF_EVEN, DOWN) take the configured defaults;
 * no unit codes means every unit valid on the reference date (31 December unless given, a day of the year); units
 * listed as unranked are assessed but not ranked that year.
 */
public record OpenCycleRequest(Integer year, LocalDateTime selfAssessmentDue, List<String> unitCodes,
                               Duration reminderBefore, Duration explanationPeriod, Duration complaintWindow,
                               BigDecimal latePenalty, String classificationScheme, String tieBreak,
                               String indexRounding, LocalDate referenceDate, List<String> unrankedUnitCodes) {
}
