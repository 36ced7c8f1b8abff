package vn.parindex.review;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.Stage;
import vn.parindex.security.Roles;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;

/**
 * Each appraiser's queue in the Tasklist, "Hồ sơ chờ tôi thẩm định": the round tasks of files where an area of his
 * field is not yet confirmed. A filter cannot ask the sign-offs (this feature's table), so the table is projected onto
 * the tasks: an identity link of type {@value #WAITING} per member still awaited, added as a round's task is created,
 * removed when he confirms, and set again when his areas change. The filter shows the tasks the signed-in user is
 * linked to (or holds). The link grants nothing: the engine's candidate check reads candidate links only.
 */
@Component
class AppraiserQueue {

    static final String FILTER_NAME = "Hồ sơ chờ tôi thẩm định";
    static final String WAITING = "awaited-appraiser";
    private static final String[] ROUNDS = {TaskKeys.APPRAISAL_ROUND_1, TaskKeys.APPRAISAL_ROUND_2};

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final FilterService filters;
    private final AuthorizationService authorizations;
    private final AppraiserAreas areas;
    private final RoundAreas roundAreas;
    private final Assessments assessments;

    AppraiserQueue(TaskService tasks, RuntimeService runtime, FilterService filters, AuthorizationService authorizations,
                   AppraiserAreas areas, RoundAreas roundAreas, Assessments assessments) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.filters = filters;
        this.authorizations = authorizations;
        this.areas = areas;
        this.roundAreas = roundAreas;
        this.assessments = assessments;
    }

    /** A round's task is created: every member with an area of the file still to confirm awaits it. */
    void offer(DelegateTask task, Assessment a, Stage stage) {
        Set<String> waiting = roundAreas.waiting(a, stage);
        areas.members().forEach((user, own) -> {
            if (!Collections.disjoint(own, waiting)) {
                task.addUserIdentityLink(user, WAITING);
            }
        });
    }

    /** He has confirmed his areas of the file: it leaves his queue. */
    void confirmed(Task task, String userId) {
        tasks.deleteUserIdentityLink(task.getId(), userId, WAITING);
    }

    /** His areas changed: the open rounds are linked to him exactly where an area of his is still to confirm. */
    @EventListener
    void reassigned(AppraiserAreas.Assigned event) {
        String user = event.userId();
        Set<String> own = areas.of(user);
        Set<String> linked = tasks.createTaskQuery().taskInvolvedUser(user).taskDefinitionKeyIn(ROUNDS).list().stream()
                .map(Task::getId).filter(id -> tasks.getIdentityLinksForTask(id).stream()
                        .anyMatch(link -> WAITING.equals(link.getType()) && user.equals(link.getUserId())))
                .collect(Collectors.toSet());
        List<Task> rounds = tasks.createTaskQuery().processDefinitionKey(ProcessKeys.UNIT_APPRAISAL).taskDefinitionKeyIn(ROUNDS).list();
        Map<String, String> businessKeys = businessKeys(rounds);
        for (Task round : rounds) {
            String key = businessKeys.get(round.getProcessInstanceId());
            Assessment a = assessments.get(ProcessKeys.year(key), ProcessKeys.unitCode(key));
            boolean awaited = !Collections.disjoint(own, roundAreas.waiting(a, Stage.enteredAt(round.getTaskDefinitionKey()).orElseThrow()));
            if (awaited && !linked.contains(round.getId())) {
                tasks.addUserIdentityLink(round.getId(), user, WAITING);
            } else if (!awaited && linked.contains(round.getId())) {
                tasks.deleteUserIdentityLink(round.getId(), user, WAITING);
            }
        }
    }

    private Map<String, String> businessKeys(List<Task> rounds) {
        if (rounds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(rounds.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet())).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey, (x, y) -> x));
    }

    /** The filter, readable by the appraisal team; listed before "Việc của tôi". */
    @Order(1)
    @EventListener(ApplicationReadyEvent.class)
    void ensureFilter() {
        Filter filter = filters.createFilterQuery().filterName(FILTER_NAME).singleResult();
        if (filter == null) {
            filter = filters.saveFilter(filters.newTaskFilter(FILTER_NAME).setOwner(null)
                    .setQuery(tasks.createTaskQuery().taskInvolvedUserExpression("${currentUser()}")
                            .processDefinitionKey(ProcessKeys.UNIT_APPRAISAL).taskDefinitionKeyIn(ROUNDS)
                            .orderByTaskCreateTime().asc())
                    .setProperties(Map.of("description", "Hồ sơ còn lĩnh vực của bạn chưa xác nhận thẩm định",
                            "priority", -20, "refresh", true)));
        }
        if (authorizations.createAuthorizationQuery().groupIdIn(Roles.APPRAISAL_TEAM).resourceType(Resources.FILTER)
                .resourceId(filter.getId()).count() == 0) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(Roles.APPRAISAL_TEAM);
            grant.setResource(Resources.FILTER);
            grant.setResourceId(filter.getId());
            grant.addPermission(Permissions.READ);
            authorizations.saveAuthorization(grant);
        }
    }
}
