package vn.parindex.review;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AssessmentScorer;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.Stage;
import vn.parindex.workflow.Actors;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.Vars;
import vn.parindex.year.CycleRepository;

/**
 * Stores the appraised points (the last appraisal round) and, when this was the year's last unit, tells the
 * year's process. The year's row is locked first, so two last units finishing together cannot both miss it.
 */
@Component("completeAppraisal")
class CompleteAppraisalDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CompleteAppraisalDelegate.class);
    private final AssessmentRepository assessments;
    private final AssessmentScorer scorer;
    private final CycleRepository cycles;
    private final RuntimeService runtime;

    CompleteAppraisalDelegate(AssessmentRepository assessments, AssessmentScorer scorer, CycleRepository cycles,
                              RuntimeService runtime) {
        this.assessments = assessments;
        this.scorer = scorer;
        this.cycles = cycles;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = Vars.year(execution);
        Assessment a = assessments.get(year, Vars.unitCode(execution));
        scorer.scoreAndStore(a, Stage.APPRAISAL_2, Actors.of(execution), "Điểm thẩm định");
        cycles.getForUpdate(year);
        assessments.setStatus(a.id(), AssessmentStatus.APPRAISED);
        if (assessments.countNotIn(year, AssessmentStatus.APPRAISED) == 0) {
            log.info("All units of {} appraised", year);
            runtime.createMessageCorrelation(ProcessKeys.MESSAGE_ALL_UNITS_APPRAISED)
                    .processInstanceBusinessKey(ProcessKeys.cycleKey(year)).correlateWithResult();
        }
    }
}
