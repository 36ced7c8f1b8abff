package vn.parindex.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.audit.AuditLog;
import vn.parindex.notification.Notifications;
import vn.parindex.workflow.Actors;
import vn.parindex.workflow.ProcessKeys;

/** The self-assessment deadline passed before submission: the unit is late, which the rules penalise. */
@Component("markLate")
class MarkLateDelegate implements JavaDelegate {

    private final AssessmentRepository assessments;
    private final Notifications notifications;
    private final AuditLog audit;

    MarkLateDelegate(AssessmentRepository assessments, Notifications notifications, AuditLog audit) {
        this.assessments = assessments;
        this.notifications = notifications;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessKeys.year(execution);
        String unit = ProcessKeys.unitCode(execution);
        assessments.markLate(assessments.get(year, unit).id());
        audit.record(Actors.of(execution), "MARKED_LATE", year, unit, null, false, true, "Quá hạn nộp hồ sơ tự đánh giá");
        notifications.send(year, unit, "Đã quá hạn nộp hồ sơ tự đánh giá; đơn vị vẫn phải nộp và bị trừ điểm nộp muộn theo quy định.");
    }
}
