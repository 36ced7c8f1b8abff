package vn.parindex.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.Actors;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.Vars;

/** After the unit submits: the rules score the file and decide {@code complete}. */
@Component("scoreSelfAssessment")
class ScoreSelfAssessmentDelegate implements JavaDelegate {

    private final AssessmentService assessments;

    ScoreSelfAssessmentDelegate(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Vars.setFlag(execution, Vars.COMPLETE, assessments.checkSubmission(ProcessKeys.year(execution),
                ProcessKeys.unitCode(execution), Actors.of(execution)));
    }
}
