package vn.parindex.assessment;

import java.time.LocalDateTime;

/** The unit's self-assessment deadline is near and the file is not submitted. */
public record ReminderDue(int year, String unitCode, LocalDateTime due) {
}
