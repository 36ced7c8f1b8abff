package vn.parindex.cycle;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.Assessments;
import vn.parindex.complaint.ComplaintService;
import vn.parindex.ranking.ResultService;
import vn.parindex.scoring.ScoringService;
import vn.parindex.scoring.facts.ApprovalCase;
import vn.parindex.year.Cycle;
import vn.parindex.year.CyclePhase;
import vn.parindex.year.Years;

/** Whether a year may go to leadership, by the approval rules; the year's row is locked against a racing decision. */
@Service
class ApprovalReadiness {

    private static final Logger log = LoggerFactory.getLogger(ApprovalReadiness.class);
    private final Years cycles;
    private final ComplaintService complaints;
    private final Assessments assessments;
    private final ResultService results;
    private final ScoringService scoring;

    ApprovalReadiness(Years cycles, ComplaintService complaints, Assessments assessments,
                      ResultService results, ScoringService scoring) {
        this.cycles = cycles;
        this.complaints = complaints;
        this.assessments = assessments;
        this.results = results;
        this.scoring = scoring;
    }

    @Transactional
    public boolean check(int year) {
        Cycle cycle = cycles.getForUpdate(year);
        int withoutResult = assessments.findAll(year).size() - results.count(year, ResultService.PRELIMINARY);
        List<String> blockers = scoring.approvalBlockers(cycle.ruleHash(), new ApprovalCase(
                cycle.phase() == CyclePhase.COMPLAINTS_CLOSED, complaints.pending(year), withoutResult));
        if (!blockers.isEmpty()) {
            log.info("Year {} not ready for approval: {}", year, blockers);
        }
        return blockers.isEmpty();
    }
}
