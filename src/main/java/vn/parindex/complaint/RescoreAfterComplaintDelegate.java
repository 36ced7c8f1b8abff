package vn.parindex.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.assessment.Stage;
import vn.parindex.ranking.ResultService;
import vn.parindex.workflow.ProcessKeys;

/** An accepted complaint sets the leaf's points and re-scores the unit; the final results will carry the change. */
@Component("rescoreAfterComplaint")
class RescoreAfterComplaintDelegate implements JavaDelegate {

    private final ComplaintRepository complaints;
    private final Assessments assessments;
    private final AssessmentService assessmentService;
    private final ResultService results;

    RescoreAfterComplaintDelegate(ComplaintRepository complaints, Assessments assessments,
                                  AssessmentService assessmentService, ResultService results) {
        this.complaints = complaints;
        this.assessments = assessments;
        this.assessmentService = assessmentService;
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint c = complaints.get(ProcessKeys.complaintId(execution));
        assessmentService.setPoints(assessments.get(c.year(), c.unitCode()), c.leafCode(), Stage.COMPLAINT,
                c.newPoints(), c.decidedBy(), c.decisionReason());
        results.rescore(c.year(), c.unitCode(), c.decidedBy(), c.decisionReason());
    }
}
