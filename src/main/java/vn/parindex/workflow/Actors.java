package vn.parindex.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who caused the step a delegate runs in: the user who completed the task, or the engine itself (timers). */
public final class Actors {

    public static final String SYSTEM = "system";

    private Actors() {
    }

    public static String of(DelegateExecution execution) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null || auth.getUserId() == null ? SYSTEM : auth.getUserId();
    }
}
