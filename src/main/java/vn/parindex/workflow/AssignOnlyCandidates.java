package vn.parindex.workflow;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.parindex.web.UserFacingException;

/**
 * Who may hold a task: a user claims (or gives back) only for himself; only administrators assign, delegate or take
 * a task back for others; and whoever holds a task belongs to one of its candidate groups, so a task of one unit can
 * never reach a user of another, nor leave read and work rights with one.
 */
class AssignOnlyCandidates implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
        EngineUser.current(configuration).ifPresent(user -> {
            String assignee = task.getAssignee();
            PropertyChange change = ((TaskEntity) task).getPropertyChanges().get(TaskEntity.ASSIGNEE);
            Object previous = change == null ? null : change.getOrgValue();
            if (!user.admin() && !Objects.equals(assignee == null ? previous : assignee, user.id())) {
                throw UserFacingException.forbidden("Chỉ được nhận hoặc trả lại công việc của chính mình.");
            }
            if (assignee != null && !candidate(task, assignee, user, configuration)) {
                throw UserFacingException.forbidden("Người dùng " + assignee + " không thuộc nhóm được giao công việc này.");
            }
        });
    }

    private static boolean candidate(DelegateTask task, String assignee, EngineUser user,
                                     ProcessEngineConfigurationImpl configuration) {
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        if (groups.isEmpty()) {
            return false;
        }
        if (assignee.equals(user.id())) {
            return user.groups().stream().anyMatch(groups::contains);
        }
        return Context.getCommandContext().runWithoutAuthorization(() -> configuration.getIdentityService()
                .createGroupQuery().groupMember(assignee).groupIdIn(groups.toArray(String[]::new)).count() > 0);
    }
}
