package vn.parindex.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.year.CyclePhase;
import vn.parindex.year.Years;

/** The complaint window's timer fired: complaints are no longer received. */
@Component("closeComplaintWindow")
class CloseComplaintWindowDelegate implements JavaDelegate {

    private final Years cycles;

    CloseComplaintWindowDelegate(Years cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.moveTo(ProcessKeys.year(execution), CyclePhase.COMPLAINTS_CLOSED);
    }
}
