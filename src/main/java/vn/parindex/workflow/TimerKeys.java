package vn.parindex.workflow;

/** Ids of the timer events in bpmn/ whose due dates follow a year's windows. */
public final class TimerKeys {

    /** UnitAppraisal: the self-assessment is due (boundary of the self-assessment sub-process). */
    public static final String DEADLINE_PASSED = "Event_DeadlinePassed";
    /** UnitAppraisal: the reminder, the reminder lead time before the due date. */
    public static final String REMINDER_DUE = "Event_ReminderDue";
    /** UnitAppraisal: the explanation period has run out (boundary of the explanation task). */
    public static final String EXPLANATION_OVERDUE = "Event_ExplanationOverdue";
    /** AppraisalCycle: the complaint window closes. */
    public static final String COMPLAINT_WINDOW_CLOSED = "Event_ComplaintWindowClosed";

    private TimerKeys() {
    }
}
