package vn.parindex.year;

import java.util.List;

/** The standing body changed some of a year's windows, for the reason given; values as a user reads them. */
public record WindowsChanged(String actor, int year, String reason, List<Change> changes) {

    public enum Window { SELF_ASSESSMENT_DUE, REMINDER_BEFORE, EXPLANATION_PERIOD, COMPLAINT_WINDOW_ENDS, COMPLAINT_WINDOW }

    public record Change(Window window, String from, String to) {
    }
}
