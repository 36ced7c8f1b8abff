package vn.parindex.workflow;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user a command of the engine runs for (none for the application's own steps and the job executor). */
record EngineUser(String id, List<String> groups, boolean admin) {

    static Optional<EngineUser> current(ProcessEngineConfigurationImpl configuration) {
        Authentication auth = configuration.getIdentityService().getCurrentAuthentication();
        if (auth == null || auth.getUserId() == null) {
            return Optional.empty();
        }
        List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
        boolean admin = configuration.getAdminUsers().contains(auth.getUserId())
                || groups.stream().anyMatch(configuration.getAdminGroups()::contains);
        return Optional.of(new EngineUser(auth.getUserId(), groups, admin));
    }
}
