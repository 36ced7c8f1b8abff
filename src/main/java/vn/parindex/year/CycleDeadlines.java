package vn.parindex.year;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.parindex.workflow.EngineClock;

/** Deadlines for timers and due dates in bpmn/, read from the year's settings (bean {@code cycleDeadlines}). */
@Component("cycleDeadlines")
public class CycleDeadlines {

    private final CycleRepository cycles;

    CycleDeadlines(CycleRepository cycles) {
        this.cycles = cycles;
    }

    public Date selfAssessmentDue(int year) {
        return toDate(cycle(year).selfAssessmentDue());
    }

    public Date reminderAt(int year) {
        Cycle c = cycle(year);
        return toDate(c.selfAssessmentDue().minus(c.reminderBefore()));
    }

    /** The explanation deadline counts from the moment the team asks for it. */
    public Date explanationDue(int year) {
        return toDate(EngineClock.now().plus(cycle(year).explanationPeriod()));
    }

    /** ISO-8601 duration of the complaint window, e.g. {@code P5D}. */
    public String complaintWindow(int year) {
        return cycle(year).complaintWindow().toString();
    }

    /**
     * The year's settings, read once per transaction: starting a year's units evaluates three deadlines for each of
     * them (10,000 reads at national scale). Not longer: a transaction that rolls back may have read a year that then
     * never existed.
     */
    private Cycle cycle(int year) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return cycles.get(year);
        }
        @SuppressWarnings("unchecked")
        Map<Integer, Cycle> read = (Map<Integer, Cycle>) TransactionSynchronizationManager.getResource(this);
        if (read == null) {
            read = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, read);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CycleDeadlines.this);
                }
            });
        }
        return read.computeIfAbsent(year, cycles::get);
    }

    private static Date toDate(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
