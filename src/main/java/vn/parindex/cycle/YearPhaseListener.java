package vn.parindex.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.year.CyclePhase;
import vn.parindex.year.Years;

/** The year enters a phase as its process reaches a step ({@code ${yearPhase.enter(execution, 'PHASE')}} in bpmn/). */
@Component("yearPhase")
public class YearPhaseListener {

    private final Years cycles;

    YearPhaseListener(Years cycles) {
        this.cycles = cycles;
    }

    public void enter(DelegateExecution execution, String phase) {
        cycles.moveTo(ProcessKeys.year(execution), CyclePhase.valueOf(phase));
    }
}
