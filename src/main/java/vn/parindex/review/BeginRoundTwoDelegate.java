package vn.parindex.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.ProcessKeys;

/** The explanation is in (or its deadline passed): the file goes to appraisal round 2. */
@Component("beginRoundTwo")
class BeginRoundTwoDelegate implements JavaDelegate {

    private final AppraisalService appraisal;

    BeginRoundTwoDelegate(AppraisalService appraisal) {
        this.appraisal = appraisal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        appraisal.beginRoundTwo(ProcessKeys.year(execution), ProcessKeys.unitCode(execution));
    }
}
