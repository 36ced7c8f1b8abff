package vn.parindex.cycle;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.notification.Notifications;
import vn.parindex.notification.Page;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.year.Cycle;
import vn.parindex.year.Years;

/** Publishes the preliminary results and opens the complaint window for the configured length. */
@Component("publishPreliminaryResults")
class PublishPreliminaryDelegate implements JavaDelegate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private final Years cycles;
    private final Notifications notifications;

    PublishPreliminaryDelegate(Years cycles, Notifications notifications) {
        this.cycles = cycles;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessKeys.year(execution);
        Cycle cycle = cycles.get(year);
        var ends = EngineClock.now().plus(cycle.complaintWindow());
        cycles.openComplaintWindow(year, ends);
        notifications.send(year, null, "Đã công bố kết quả sơ bộ Chỉ số CCHC năm " + year
                + ". Đơn vị gửi kiến nghị trước " + ends.format(FORMAT) + ".", Page.COMPLAINTS, Page.RESULTS);
    }
}
