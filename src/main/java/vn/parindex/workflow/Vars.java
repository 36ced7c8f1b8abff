package vn.parindex.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The only process variables: ids and gateway flags. Read and written through these accessors. */
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

    private Vars() {
    }

    public static int year(VariableScope scope) {
        return (Integer) scope.getVariable(YEAR);
    }

    public static String unitCode(VariableScope scope) {
        return (String) scope.getVariable(UNIT_CODE);
    }

    public static long complaintId(VariableScope scope) {
        return ((Number) scope.getVariable(COMPLAINT_ID)).longValue();
    }
}
