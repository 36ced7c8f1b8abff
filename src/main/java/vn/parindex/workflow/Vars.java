package vn.parindex.workflow;

/**
 * The only process variables. {@code year}, {@code unitCode} and {@code complaintId} are set when the application
 * starts an instance, for the models' expressions and the forms; delegates read the business key instead (see
 * {@link ProcessKeys}). The gateway flags are set by delegates and task listeners from the application's own rows.
 * No user may write any of them (see {@link TaskGuard}).
 */
public final class Vars {

    public static final String YEAR = "year";
    public static final String UNIT_CODE = "unitCode";
    public static final String COMPLAINT_ID = "complaintId";

    public static final String COMPLETE = "complete";
    public static final String EXPLANATION_NEEDED = "explanationNeeded";
    public static final String ELIGIBLE = "eligible";
    public static final String READY_FOR_APPROVAL = "readyForApproval";
    public static final String APPROVED = "approved";
    public static final String ACCEPTED = "accepted";

    /** Set by the engine in each round of a multi-instance activity (0, 1, …). */
    public static final String LOOP_COUNTER = "loopCounter";

    private Vars() {
    }
}
