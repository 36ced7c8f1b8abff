package vn.parindex.year;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The standing body's change to a running year's windows: each value given is the window's new value, the others stay.
 * The complaint window is a length until the preliminary results are published, then the moment it ends (a moment
 * already past closes it now). A reason is required.
 */
public record WindowChange(LocalDateTime selfAssessmentDue, Duration reminderBefore, Duration explanationPeriod,
                           Duration complaintWindow, LocalDateTime complaintWindowEnds, String reason) {
}
