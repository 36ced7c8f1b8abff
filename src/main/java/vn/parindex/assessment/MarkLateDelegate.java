package vn.parindex.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.Actors;
import vn.parindex.workflow.ProcessKeys;

/** The self-assessment deadline passed before submission: the unit is late, which the rules penalise. */
@Component("markLate")
class MarkLateDelegate implements JavaDelegate {

    private final AssessmentRepository assessments;
    private final ApplicationEventPublisher events;

    MarkLateDelegate(AssessmentRepository assessments, ApplicationEventPublisher events) {
        this.assessments = assessments;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessKeys.year(execution);
        String unit = ProcessKeys.unitCode(execution);
        assessments.markLate(assessments.get(year, unit).id());
        events.publishEvent(new AssessmentMarkedLate(Actors.of(execution), year, unit));
    }
}
