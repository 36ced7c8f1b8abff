package vn.parindex.cycle;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.complaint.ComplaintRepository;
import vn.parindex.ranking.ResultService;
import vn.parindex.scoring.ScoringService;
import vn.parindex.scoring.facts.ApprovalCase;
import vn.parindex.workflow.Vars;
import vn.parindex.year.Cycle;
import vn.parindex.year.CyclePhase;
import vn.parindex.year.CycleRepository;

/** Sets {@code readyForApproval} from the approval rules; the year's row is locked against a racing decision. */
@Component("checkApprovalReadiness")
class CheckApprovalReadinessDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CheckApprovalReadinessDelegate.class);
    private final CycleRepository cycles;
    private final ComplaintRepository complaints;
    private final AssessmentRepository assessments;
    private final ResultService results;
    private final ScoringService scoring;

    CheckApprovalReadinessDelegate(CycleRepository cycles, ComplaintRepository complaints,
                                   AssessmentRepository assessments, ResultService results, ScoringService scoring) {
        this.cycles = cycles;
        this.complaints = complaints;
        this.assessments = assessments;
        this.results = results;
        this.scoring = scoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = Vars.year(execution);
        Cycle cycle = cycles.getForUpdate(year);
        int withoutResult = assessments.findAll(year).size() - results.count(year, ResultService.PRELIMINARY);
        List<String> blockers = scoring.approvalBlockers(cycle.ruleHash(), new ApprovalCase(
                cycle.phase() == CyclePhase.COMPLAINTS_CLOSED, complaints.pending(year), withoutResult));
        if (blockers.isEmpty()) {
            cycles.setPhase(year, CyclePhase.AWAITING_APPROVAL);
        } else {
            log.info("Year {} not ready for approval: {}", year, blockers);
        }
        execution.setVariable(Vars.READY_FOR_APPROVAL, blockers.isEmpty());
    }
}
