package vn.parindex.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.workflow.Vars;

/** The explanation is in (or its deadline passed): the file goes to appraisal round 2. */
@Component("beginRoundTwo")
class BeginRoundTwoDelegate implements JavaDelegate {

    private final AssessmentRepository assessments;

    BeginRoundTwoDelegate(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = Vars.year(execution);
        String unit = Vars.unitCode(execution);
        assessments.setStatus(assessments.get(year, unit).id(), AssessmentStatus.APPRAISAL_2);
    }
}
