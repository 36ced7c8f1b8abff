package vn.parindex.workflow;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import vn.parindex.web.UserFacingException;

/**
 * Refuses a user's completion (or resolution, on update) of a task that writes process variables: the engine sets
 * the caller's variables before the task's listeners run, so any variable created or changed in the command by then
 * came from the caller. Administrators may set variables (Cockpit), never while completing. A task someone else has
 * claimed is completed only by that person.
 */
class UserWritesNoVariables implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        EngineUser.current(Context.getProcessEngineConfiguration()).ifPresent(user -> {
            boolean completing = EVENTNAME_COMPLETE.equals(task.getEventName());
            List<String> written = writtenVariables();
            if (!written.isEmpty() && (completing || !user.admin())) {
                throw UserFacingException.forbidden("Không được gửi kèm dữ liệu quy trình (" + String.join(", ", written)
                        + ") khi xử lý công việc: các dữ liệu này do hệ thống ghi nhận.");
            }
            if (completing && task.getAssignee() != null && !task.getAssignee().equals(user.id()) && !user.admin()) {
                throw UserFacingException.forbidden("Công việc đang do người dùng " + task.getAssignee() + " nhận xử lý.");
            }
        });
    }

    private static List<String> writtenVariables() {
        DbEntityManager db = Context.getCommandContext().getDbEntityManager();
        return db.getCachedEntitiesByType(VariableInstanceEntity.class).stream()
                .filter(db::isDirty).map(VariableInstanceEntity::getName).distinct().sorted().toList();
    }
}
