package vn.parindex.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.support.IntegrationTest;

/** Of a user's groups, the engine's authorization checks keep exactly those holding a grant. */
class OwnGroupGrantsIT extends IntegrationTest {

    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired AuthorizationService authorizations;

    @Test
    void keepsTheUsersGroupsThatHoldAGrantAndOnlyThem() {
        if (authorizations.createAuthorizationQuery().groupIdIn("ogg-holds").count() == 0) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId("ogg-holds");
            grant.setResource(Resources.TASK);
            grant.setResourceId("ogg-task");
            grant.addPermission(Permissions.READ);
            authorizations.saveAuthorization(grant);
        }
        List<String> kept = engine.getCommandExecutorTxRequired().execute(context ->
                context.getAuthorizationManager().filterAuthenticatedGroupIds(List.of("ogg-none", "ogg-holds", "ogg-holds")));
        assertThat(kept).containsExactly("ogg-holds");
        List<String> none = engine.getCommandExecutorTxRequired().execute(context ->
                context.getAuthorizationManager().filterAuthenticatedGroupIds(List.of()));
        assertThat(none).isEmpty();
        AuthorizationManager manager = engine.getCommandExecutorTxRequired().execute(CommandContext::getAuthorizationManager);
        assertThat(manager).isInstanceOf(OwnGroupGrants.Manager.class);
    }
}
