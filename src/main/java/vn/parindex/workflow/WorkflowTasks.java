package vn.parindex.workflow;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.parindex.web.UserFacingException;

/**
 * The engine's answer to "which step waits" (by business key, never a mirrored status), and completing that step for
 * an API caller who is one of its candidates. Completions carry no variables: the process reads decisions from the
 * application's rows. Callers lock their own row first, so that of two concurrent completions the second finds the
 * step gone (409).
 */
@Component
public class WorkflowTasks {

    private static final Logger log = LoggerFactory.getLogger(WorkflowTasks.class);
    private static final String GONE = "Không có công việc đang chờ xử lý ở bước này (có thể vừa được người khác hoàn thành).";

    private final TaskService taskService;
    private final IdentityService identityService;
    private final CommandExecutor commands;
    private final String taskTable;
    private final String executionTable;

    WorkflowTasks(ProcessEngine engine) {
        this.taskService = engine.getTaskService();
        this.identityService = engine.getIdentityService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
        ManagementService management = engine.getManagementService();
        this.taskTable = management.getTableName(Task.class);
        this.executionTable = management.getTableName(Execution.class);
    }

    /**
     * The user task waiting in the instance with this business key, if it is one of the given steps. A native query:
     * the task query's dynamic SQL cost 0.5 ms more of CPU per call (0.8 against 0.3 ms), and every save and submit
     * of a file asks.
     */
    public Optional<Task> waiting(String businessKey, String... taskKeys) {
        NativeTaskQuery query = taskService.createNativeTaskQuery().sql("select T.* from " + taskTable
                + " T join " + executionTable + " E on E.ID_ = T.PROC_INST_ID_ where E.BUSINESS_KEY_ = #{businessKey}"
                + " and T.SUSPENSION_STATE_ = #{active} and T.TASK_DEF_KEY_ in (" + IntStream.range(0, taskKeys.length)
                .mapToObj(i -> "#{taskKey" + i + "}").collect(Collectors.joining(", ")) + ")")
                .parameter("businessKey", businessKey).parameter("active", SuspensionState.ACTIVE.getStateCode());
        for (int i = 0; i < taskKeys.length; i++) {
            query.parameter("taskKey" + i, taskKeys[i]);
        }
        return query.list().stream().findFirst();
    }

    /** The waiting step, or a Vietnamese 409. */
    public Task require(String businessKey, String... taskKeys) {
        return waiting(businessKey, taskKeys).orElseThrow(() -> UserFacingException.conflict(GONE));
    }

    public void complete(Caller user, String businessKey, String taskKey) {
        complete(user, require(businessKey, taskKey));
    }

    /**
     * One command of the engine: the candidate check reads the task and its links into the command's cache, where
     * the completion finds them (a command of its own for the check took 5% of a submission's CPU, by JFR).
     */
    public void complete(Caller user, Task task) {
        identityService.setAuthentication(user.id(), List.copyOf(user.groups()));
        try {
            Optional<UserFacingException> refused = commands.execute(context -> {
                TaskEntity current = context.getTaskManager().findTaskById(task.getId());
                Optional<UserFacingException> refusal = current == null
                        ? Optional.of(UserFacingException.conflict(GONE))
                        : refusal(user, current, current.getAssignee(), current.getIdentityLinks());
                if (refusal.isEmpty()) {
                    taskService.complete(task.getId());
                }
                return refusal;
            });
            if (refused.isPresent()) {
                throw refused.get();
            }
            log.info("User {} completed task {} ({})", user.id(), task.getTaskDefinitionKey(), task.getId());
        } catch (OptimisticLockingException e) {
            throw UserFacingException.conflict("Công việc vừa được người khác xử lý; vui lòng tải lại.");
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * Refuses a user who may not complete the task, before the caller checks what he sends: a stranger to the task
     * learns nothing of its content.
     */
    public void requireMayComplete(Caller user, Task task) {
        refusal(user, task, task.getAssignee(), taskService.getIdentityLinksForTask(task.getId())).ifPresent(refused -> {
            throw refused;
        });
    }

    /** Gives a task back to its candidate groups, for the next of several members who each do a part of it. */
    public void release(Task task) {
        taskService.setAssignee(task.getId(), null);
    }

    /** Returned, not thrown, so that it reaches the caller as it is rather than wrapped by the engine. */
    private static Optional<UserFacingException> refusal(Caller user, Task task, String assignee,
                                                         List<? extends IdentityLink> links) {
        boolean candidate = links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .anyMatch(link -> user.inGroup(link.getGroupId()));
        if (candidate && (assignee == null || assignee.equals(user.id()))) {
            return Optional.empty();
        }
        log.warn("User {} refused on task {} ({})", user.id(), task.getTaskDefinitionKey(), task.getId());
        return Optional.of(UserFacingException.forbidden("Bạn không được giao xử lý công việc này."));
    }
}
