package vn.parindex.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Process ids of bpmn/ (file name = process id), business keys and message names. A business key is set by the
 * application when it starts an instance and no user can change it, so delegates learn which year, unit or
 * complaint they act on from it, never from a process variable.
 */
public final class ProcessKeys {

    public static final String APPRAISAL_CYCLE = "AppraisalCycle";
    public static final String UNIT_APPRAISAL = "UnitAppraisal";
    public static final String COMPLAINT_HANDLING = "ComplaintHandling";

    public static final String MESSAGE_ALL_UNITS_APPRAISED = "Message_AllUnitsAppraised";
    public static final String MESSAGE_COMPLAINTS_RESOLVED = "Message_ComplaintsResolved";

    private static final String SEPARATOR = ":";
    private static final String COMPLAINT = SEPARATOR + "complaint" + SEPARATOR;

    private ProcessKeys() {
    }

    public static String cycleKey(int year) {
        return Integer.toString(year);
    }

    public static String unitKey(int year, String unitCode) {
        return year + SEPARATOR + unitCode;
    }

    public static String complaintKey(int year, long complaintId) {
        return year + COMPLAINT + complaintId;
    }

    /** The year of any of the three processes. */
    public static int year(DelegateExecution execution) {
        return year(businessKey(execution));
    }

    /** The year of a business key of any of the three processes. */
    public static int year(String key) {
        int end = key.indexOf(SEPARATOR);
        return Integer.parseInt(end < 0 ? key : key.substring(0, end));
    }

    /** The unit of a UnitAppraisal. */
    public static String unitCode(DelegateExecution execution) {
        return unitCode(businessKey(execution));
    }

    /** The unit of a UnitAppraisal's business key. */
    public static String unitCode(String key) {
        int start = key.indexOf(SEPARATOR);
        if (start < 0 || key.contains(COMPLAINT)) {
            throw new IllegalStateException("Not the business key of a unit's appraisal: " + key);
        }
        return key.substring(start + 1);
    }

    /** The complaint of a ComplaintHandling. */
    public static long complaintId(DelegateExecution execution) {
        String key = businessKey(execution);
        int start = key.indexOf(COMPLAINT);
        if (start < 0) {
            throw new IllegalStateException("Not the business key of a complaint: " + key);
        }
        return Long.parseLong(key.substring(start + COMPLAINT.length()));
    }

    private static String businessKey(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        if (key == null) {
            throw new IllegalStateException("Process instance " + execution.getProcessInstanceId() + " has no business key");
        }
        return key;
    }
}
