package vn.parindex.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.Vars;
import vn.parindex.year.CyclePhase;
import vn.parindex.year.CycleRepository;

@Component("closeComplaintWindow")
class CloseComplaintWindowDelegate implements JavaDelegate {

    private final CycleRepository cycles;

    CloseComplaintWindowDelegate(CycleRepository cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.setPhase(Vars.year(execution), CyclePhase.COMPLAINTS_CLOSED);
    }
}
