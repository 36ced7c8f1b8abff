package vn.parindex.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AssessmentScorer;
import vn.parindex.assessment.Stage;
import vn.parindex.workflow.Actors;
import vn.parindex.workflow.Vars;

/** Stores round-2 points: the appraised points after the unit's explanation. */
@Component("evaluateRoundTwo")
class EvaluateRoundTwoDelegate implements JavaDelegate {

    private final AssessmentRepository assessments;
    private final AssessmentScorer scorer;

    EvaluateRoundTwoDelegate(AssessmentRepository assessments, AssessmentScorer scorer) {
        this.assessments = assessments;
        this.scorer = scorer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        scorer.scoreAndStore(assessments.get(Vars.year(execution), Vars.unitCode(execution)), Stage.APPRAISAL_2,
                Actors.of(execution), "Thẩm định vòng 2");
    }
}
