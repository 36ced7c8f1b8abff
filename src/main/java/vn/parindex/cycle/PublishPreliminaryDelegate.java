package vn.parindex.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.year.Cycle;
import vn.parindex.year.Years;

/** Publishes the preliminary results and opens the complaint window for the configured length. */
@Component("publishPreliminaryResults")
class PublishPreliminaryDelegate implements JavaDelegate {

    private final Years cycles;
    private final ApplicationEventPublisher events;

    PublishPreliminaryDelegate(Years cycles, ApplicationEventPublisher events) {
        this.cycles = cycles;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessKeys.year(execution);
        Cycle cycle = cycles.get(year);
        var ends = EngineClock.now().plus(cycle.complaintWindow());
        cycles.openComplaintWindow(year, ends);
        events.publishEvent(new PreliminaryResultsPublished(year, ends));
    }
}
