package vn.parindex.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.Actors;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.Vars;

/** Stores round-1 points and sets {@code explanationNeeded} from the rules. */
@Component("evaluateRoundOne")
class EvaluateRoundOneDelegate implements JavaDelegate {

    private final AppraisalService appraisal;

    EvaluateRoundOneDelegate(AppraisalService appraisal) {
        this.appraisal = appraisal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Vars.setFlag(execution, Vars.EXPLANATION_NEEDED, appraisal.evaluateRoundOne(ProcessKeys.year(execution),
                ProcessKeys.unitCode(execution), Actors.of(execution)));
    }
}
