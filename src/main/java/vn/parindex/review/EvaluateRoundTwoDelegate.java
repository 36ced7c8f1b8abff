package vn.parindex.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.Actors;
import vn.parindex.workflow.ProcessKeys;

/** Stores round-2 points: the appraised points after the unit's explanation. */
@Component("evaluateRoundTwo")
class EvaluateRoundTwoDelegate implements JavaDelegate {

    private final AppraisalService appraisal;

    EvaluateRoundTwoDelegate(AppraisalService appraisal) {
        this.appraisal = appraisal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        appraisal.evaluateRoundTwo(ProcessKeys.year(execution), ProcessKeys.unitCode(execution), Actors.of(execution));
    }
}
