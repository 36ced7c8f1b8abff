package vn.parindex.workflow;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the Tasklist one Vietnamese filter that shows each user only the tasks of the user's own groups
 * (a unit sees its unit's tasks, the team its appraisals), instead of Camunda's "All tasks".
 */
@Component
class TasklistSetup {

    static final String FILTER_NAME = "Việc của tôi";
    private final FilterService filters;
    private final TaskService tasks;

    TasklistSetup(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureFilter() {
        if (filters.createFilterQuery().filterName(FILTER_NAME).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(FILTER_NAME)
                .setOwner(null)
                .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc())
                .setProperties(Map.of("description", "Công việc của đơn vị hoặc vai trò của bạn", "priority", -10,
                        "refresh", true));
        filters.saveFilter(filter);
    }
}
