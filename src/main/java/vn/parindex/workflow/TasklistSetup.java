package vn.parindex.workflow;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the Tasklist one Vietnamese filter that shows each user the tasks of the user's own groups (a unit its
 * unit's tasks, the team its appraisals), and the grants every user needs to use it. With authorizations on,
 * a task is readable and workable only by its candidate groups (granted by the engine as tasks are created).
 */
@Component
class TasklistSetup {

    static final String FILTER_NAME = "Việc của tôi";
    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TasklistSetup(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureFilterAndGrants() {
        Filter filter = filters.createFilterQuery().filterName(FILTER_NAME).singleResult();
        String filterId = filter != null ? filter.getId() : createFilter();
        grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grantEveryone(Resources.FILTER, filterId, Permissions.READ);
        grantEveryone(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    }

    private void grantEveryone(Resource resource, String resourceId, Permission permission) {
        if (authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).count() > 0) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        grant.setUserId(Authorization.ANY);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        authorizations.saveAuthorization(grant);
    }

    private String createFilter() {
        Filter filter = filters.newTaskFilter(FILTER_NAME)
                .setOwner(null)
                .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc())
                .setProperties(Map.of("description", "Công việc của đơn vị hoặc vai trò của bạn", "priority", -10,
                        "refresh", true));
        return filters.saveFilter(filter).getId();
    }
}
