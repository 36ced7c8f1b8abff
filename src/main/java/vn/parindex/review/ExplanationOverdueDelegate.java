package vn.parindex.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.notification.Notifications;
import vn.parindex.workflow.ProcessKeys;

/** The unit did not explain in time; round 2 goes ahead with what is on file. */
@Component("explanationOverdue")
class ExplanationOverdueDelegate implements JavaDelegate {

    private final Notifications notifications;

    ExplanationOverdueDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.send(ProcessKeys.year(execution), ProcessKeys.unitCode(execution),
                "Đã hết hạn giải trình; hồ sơ chuyển thẩm định vòng 2 với tài liệu hiện có.");
    }
}
