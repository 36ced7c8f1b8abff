package vn.parindex.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who caused the step a delegate runs in: the user who completed the task, or the engine itself (timers). */
public final class Actors {

    public static final String SYSTEM = "system";

    private Actors() {
    }

    /** The user the engine's identity service holds for this thread, if any (set by its REST API's authentication). */
    public static Optional<Caller> authenticated(IdentityService identity) {
        Authentication auth = identity.getCurrentAuthentication();
        if (auth == null || auth.getUserId() == null) {
            return Optional.empty();
        }
        Set<String> groups = Set.copyOf(auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
        return Optional.of(new Authenticated(auth.getUserId(), groups));
    }

    private record Authenticated(String id, Set<String> groups) implements Caller {
    }

    public static String of(DelegateExecution execution) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null || auth.getUserId() == null ? SYSTEM : auth.getUserId();
    }
}
