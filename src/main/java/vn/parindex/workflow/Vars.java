package vn.parindex.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The only process variables. {@code year}, {@code unitCode} and {@code complaintId} are set when the application
 * starts an instance, for the models' expressions and the forms; delegates read the business key instead (see
 * {@link ProcessKeys}). The gateway flags are set by delegates and task listeners from the application's own rows,
 * for the gateway that follows them in the same transaction, and are not stored ({@link #setFlag}). No user may
 * write any of them (see {@link TaskGuard}).
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

    /**
     * A transient flag: the decision is kept in the application's rows, and a stored flag cost an insert, its
     * history's and a delete per unit and step. An instance that an earlier version left with the flag stored keeps
     * it stored: the engine refuses a transient variable over a stored one of the same name, even one removed in the
     * same command.
     */
    public static void setFlag(VariableScope scope, String name, boolean value) {
        TypedValue before = scope.getVariableTyped(name);
        scope.setVariable(name, Variables.booleanValue(value, before == null || before.isTransient()));
    }

    /** Set by the engine in each round of a multi-instance activity (0, 1, …). */
    public static final String LOOP_COUNTER = "loopCounter";

    private Vars() {
    }
}
