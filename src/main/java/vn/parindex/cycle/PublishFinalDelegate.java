package vn.parindex.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
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
    private final ApplicationEventPublisher events;
    private final ResultChanges changes;

    PublishFinalDelegate(Years cycles, ApplicationEventPublisher events, ResultChanges changes) {
        this.cycles = cycles;
        this.events = events;
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessKeys.year(execution);
        cycles.moveTo(year, CyclePhase.PUBLISHED);
        events.publishEvent(new FinalResultsPublished(Actors.of(execution), year));
        changes.tellChangedUnits(year);
    }
}
