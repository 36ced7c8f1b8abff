package vn.parindex.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.audit.AuditLog;
import vn.parindex.notification.Notifications;
import vn.parindex.notification.Page;
import vn.parindex.ranking.ResultChanges;
import vn.parindex.workflow.Actors;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.year.CyclePhase;
import vn.parindex.year.Years;

/**
 * Publishes the approved final results and locks the year against any change; units whose rank or band differs from
 * the preliminary results are told how and why.
 */
@Component("publishFinalResults")
class PublishFinalDelegate implements JavaDelegate {

    private final Years cycles;
    private final Notifications notifications;
    private final AuditLog audit;
    private final ResultChanges changes;

    PublishFinalDelegate(Years cycles, Notifications notifications, AuditLog audit, ResultChanges changes) {
        this.cycles = cycles;
        this.notifications = notifications;
        this.audit = audit;
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessKeys.year(execution);
        cycles.moveTo(year, CyclePhase.PUBLISHED);
        audit.record(Actors.of(execution), "RESULTS_PUBLISHED", year, null, null, null, null, null);
        notifications.send(year, null, "Đã công bố kết quả chính thức Chỉ số CCHC năm " + year + ".", Page.RESULTS);
        changes.tellChangedUnits(year);
    }
}
