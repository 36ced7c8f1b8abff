package vn.parindex.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.Vars;

/** Sets {@code readyForApproval} from the approval rules. */
@Component("checkApprovalReadiness")
class CheckApprovalReadinessDelegate implements JavaDelegate {

    private final ApprovalReadiness readiness;

    CheckApprovalReadinessDelegate(ApprovalReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Vars.setFlag(execution, Vars.READY_FOR_APPROVAL, readiness.check(ProcessKeys.year(execution)));
    }
}
