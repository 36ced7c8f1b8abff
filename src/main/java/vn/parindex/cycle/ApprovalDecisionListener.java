package vn.parindex.cycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.Vars;

/** As leadership's approval task completes: {@code approved} from the decision recorded for it; none, no completion. */
@Component("approvalDecision")
class ApprovalDecisionListener implements TaskListener {

    private final ApprovalService approval;

    ApprovalDecisionListener(ApprovalService approval) {
        this.approval = approval;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean approved = approval.recordedDecision(task.getId()).orElseThrow(() -> UserFacingException.conflict(
                "Chưa ghi nhận quyết định phê duyệt hay trả lại; hãy quyết định trong biểu mẫu phê duyệt."));
        Vars.setFlag(task.getExecution(), Vars.APPROVED, approved);
    }
}
