package vn.parindex.review;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.workflow.EngineInternal;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.Vars;
import vn.parindex.year.CycleRepository;

/**
 * Marks the unit appraised and, when it was the year's last unit, tells the year's process. The year's row is
 * locked first, so two last units finishing together cannot both miss it.
 */
@Component("completeAppraisal")
class CompleteAppraisalDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CompleteAppraisalDelegate.class);
    private final AssessmentRepository assessments;
    private final CycleRepository cycles;
    private final RuntimeService runtime;

    CompleteAppraisalDelegate(AssessmentRepository assessments, CycleRepository cycles, RuntimeService runtime) {
        this.assessments = assessments;
        this.cycles = cycles;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = Vars.year(execution);
        Assessment a = assessments.get(year, Vars.unitCode(execution));
        cycles.getForUpdate(year);
        assessments.setStatus(a.id(), AssessmentStatus.APPRAISED);
        if (!assessments.anyNotIn(year, AssessmentStatus.APPRAISED)) {
            log.info("All units of {} appraised", year);
            EngineInternal.run(() -> runtime.createMessageCorrelation(ProcessKeys.MESSAGE_ALL_UNITS_APPRAISED)
                    .processInstanceBusinessKey(ProcessKeys.cycleKey(year)).correlateWithResult());
        }
    }
}
