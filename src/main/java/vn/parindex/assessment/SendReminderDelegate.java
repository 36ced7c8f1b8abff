package vn.parindex.assessment;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.notification.Notifications;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.year.Years;

/** Reminds the unit that its self-assessment deadline is near. */
@Component("sendReminder")
class SendReminderDelegate implements JavaDelegate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private final Years cycles;
    private final Notifications notifications;

    SendReminderDelegate(Years cycles, Notifications notifications) {
        this.cycles = cycles;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessKeys.year(execution);
        notifications.send(year, ProcessKeys.unitCode(execution), "Nhắc việc: hạn nộp hồ sơ tự đánh giá CCHC năm " + year
                + " là " + cycles.get(year).selfAssessmentDue().format(FORMAT) + ".");
    }
}
