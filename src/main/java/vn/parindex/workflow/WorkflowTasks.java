package vn.parindex.workflow;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.parindex.security.CurrentUser;
import vn.parindex.web.UserFacingException;

/** Completes a waiting user task on behalf of the API caller, if the caller is a candidate for it. */
@Component
public class WorkflowTasks {

    private static final Logger log = LoggerFactory.getLogger(WorkflowTasks.class);

    private final TaskService taskService;
    private final IdentityService identityService;

    WorkflowTasks(TaskService taskService, IdentityService identityService) {
        this.taskService = taskService;
        this.identityService = identityService;
    }

    public void complete(CurrentUser user, String businessKey, String taskKey, Map<String, Object> flags) {
        Task task = find(businessKey, taskKey);
        if (task == null) {
            throw UserFacingException.conflict("Không có công việc đang chờ xử lý ở bước này (có thể đã được hoàn thành).");
        }
        requireCandidate(user, task);
        identityService.setAuthentication(user.id(), List.copyOf(user.groups()));
        try {
            taskService.complete(task.getId(), flags);
            log.info("User {} completed task {} of {}", user.id(), taskKey, businessKey);
        } catch (OptimisticLockingException e) {
            throw UserFacingException.conflict("Công việc vừa được người khác xử lý; vui lòng tải lại.");
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Task find(String businessKey, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).active().singleResult();
    }

    private void requireCandidate(CurrentUser user, Task task) {
        boolean candidate = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .anyMatch(link -> user.inGroup(link.getGroupId()));
        if (!candidate || (task.getAssignee() != null && !task.getAssignee().equals(user.id()))) {
            log.warn("User {} refused on task {} ({})", user.id(), task.getTaskDefinitionKey(), task.getId());
            throw UserFacingException.forbidden("Bạn không được giao xử lý công việc này.");
        }
    }
}
