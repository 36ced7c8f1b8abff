package vn.parindex.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.year.Years;

/** Reminds the unit that its self-assessment deadline is near. */
@Component("sendReminder")
class SendReminderDelegate implements JavaDelegate {

    private final Years cycles;
    private final ApplicationEventPublisher events;

    SendReminderDelegate(Years cycles, ApplicationEventPublisher events) {
        this.cycles = cycles;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessKeys.year(execution);
        events.publishEvent(new ReminderDue(year, ProcessKeys.unitCode(execution), cycles.get(year).selfAssessmentDue()));
    }
}
