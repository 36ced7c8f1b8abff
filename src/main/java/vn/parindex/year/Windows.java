package vn.parindex.year;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A year's windows as they stand, with what waits in each: units whose self-assessment task is open, units asked to
 * explain whose explanation task is open, complaints awaiting their decision.
 */
public record Windows(int year, String phase, LocalDateTime selfAssessmentDue, Duration reminderBefore,
                      LocalDateTime reminderAt, Duration explanationPeriod, Duration complaintWindow,
                      LocalDateTime complaintWindowEnds, boolean complaintWindowStarted, int unitsSelfAssessing,
                      int explanationsAwaited, int complaintsAwaitingDecision) {
}
