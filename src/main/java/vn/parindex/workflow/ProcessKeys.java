package vn.parindex.workflow;

/** Process ids of bpmn/ (file name = process id), business keys and message names. */
public final class ProcessKeys {

    public static final String APPRAISAL_CYCLE = "AppraisalCycle";
    public static final String UNIT_APPRAISAL = "UnitAppraisal";
    public static final String COMPLAINT_HANDLING = "ComplaintHandling";

    public static final String MESSAGE_ALL_UNITS_APPRAISED = "Message_AllUnitsAppraised";
    public static final String MESSAGE_COMPLAINTS_RESOLVED = "Message_ComplaintsResolved";

    private ProcessKeys() {
    }

    public static String cycleKey(int year) {
        return Integer.toString(year);
    }

    public static String unitKey(int year, String unitCode) {
        return year + ":" + unitCode;
    }

    public static String complaintKey(int year, long complaintId) {
        return year + ":complaint:" + complaintId;
    }
}
