package vn.parindex.review;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.EngineInternal;
import vn.parindex.workflow.ProcessKeys;

/** Marks the unit appraised and, when it was the year's last unit, tells the year's process. */
@Component("completeAppraisal")
class CompleteAppraisalDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CompleteAppraisalDelegate.class);
    private final AppraisalService appraisal;
    private final RuntimeService runtime;

    CompleteAppraisalDelegate(AppraisalService appraisal, RuntimeService runtime) {
        this.appraisal = appraisal;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessKeys.year(execution);
        if (appraisal.markAppraised(year, ProcessKeys.unitCode(execution))) {
            log.info("All units of {} appraised", year);
            EngineInternal.run(() -> runtime.createMessageCorrelation(ProcessKeys.MESSAGE_ALL_UNITS_APPRAISED)
                    .processInstanceBusinessKey(ProcessKeys.cycleKey(year)).correlateWithResult());
        }
    }
}
