package vn.parindex.year;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.EngineClock;

/** Deadlines for timers and due dates in bpmn/, read from the year's settings (bean {@code cycleDeadlines}). */
@Component("cycleDeadlines")
public class CycleDeadlines {

    private final CycleRepository cycles;

    CycleDeadlines(CycleRepository cycles) {
        this.cycles = cycles;
    }

    public Date selfAssessmentDue(int year) {
        return toDate(cycles.get(year).selfAssessmentDue());
    }

    public Date reminderAt(int year) {
        Cycle c = cycles.get(year);
        return toDate(c.selfAssessmentDue().minus(c.reminderBefore()));
    }

    /** The explanation deadline counts from the moment the team asks for it. */
    public Date explanationDue(int year) {
        return toDate(EngineClock.now().plus(cycles.get(year).explanationPeriod()));
    }

    /** ISO-8601 duration of the complaint window, e.g. {@code P5D}. */
    public String complaintWindow(int year) {
        return cycles.get(year).complaintWindow().toString();
    }

    private static Date toDate(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
