package vn.parindex.assessment;

import java.time.LocalDateTime;
import vn.parindex.org.UnitType;

/** A unit's self-assessment file for one year. */
public record Assessment(long id, int year, String unitCode, UnitType unitType, AssessmentStatus status,
                         boolean late, LocalDateTime submittedAt, String submittedBy) {
}
