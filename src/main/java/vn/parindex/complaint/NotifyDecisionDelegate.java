package vn.parindex.complaint;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.EngineInternal;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.year.Years;

/**
 * Tells the unit the decision. The last decision wakes the year if it waits for complaints to be resolved;
 * the year's row is locked first so the year's readiness check and this decision cannot miss each other.
 */
@Component("notifyComplaintDecision")
class NotifyDecisionDelegate implements JavaDelegate {

    private final ComplaintRepository complaints;
    private final Years cycles;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtime;

    NotifyDecisionDelegate(ComplaintRepository complaints, Years cycles, ApplicationEventPublisher events,
                           RuntimeService runtime) {
        this.complaints = complaints;
        this.cycles = cycles;
        this.events = events;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint c = complaints.get(ProcessKeys.complaintId(execution));
        boolean accepted = c.status() == ComplaintStatus.ACCEPTED;
        events.publishEvent(new ComplaintDecided(c.year(), c.unitCode(), c.id(), c.leafCode(), accepted,
                accepted ? c.newPoints() : null, c.decisionReason()));
        cycles.getForUpdate(c.year());
        if (complaints.pending(c.year()) == 0) {
            EngineInternal.run(() -> runtime.createMessageCorrelation(ProcessKeys.MESSAGE_COMPLAINTS_RESOLVED)
                    .processInstanceBusinessKey(ProcessKeys.cycleKey(c.year())).correlateAll());
        }
    }
}
