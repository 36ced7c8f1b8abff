package vn.parindex.complaint;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.Vars;

/** As the reviewer's task completes: {@code accepted} from the decision on the complaint's row; none, no completion. */
@Component("complaintDecision")
class ComplaintDecisionListener implements TaskListener {

    private final ComplaintRepository complaints;

    ComplaintDecisionListener(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @Override
    public void notify(DelegateTask task) {
        Complaint c = complaints.get(ProcessKeys.complaintId(task.getExecution()));
        if (c.status() == ComplaintStatus.PENDING) {
            throw UserFacingException.conflict("Chưa ghi nhận quyết định về kiến nghị; hãy quyết định trong biểu mẫu giải quyết kiến nghị.");
        }
        Vars.setFlag(task.getExecution(), Vars.ACCEPTED, c.status() == ComplaintStatus.ACCEPTED);
    }
}
