package vn.parindex.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.ProcessKeys;

/** The unit did not explain in time; round 2 goes ahead with what is on file. */
@Component("explanationOverdue")
class ExplanationOverdueDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    ExplanationOverdueDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new ExplanationOverdue(ProcessKeys.year(execution), ProcessKeys.unitCode(execution)));
    }
}
