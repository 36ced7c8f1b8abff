package vn.parindex.complaint;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.Assessments;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.scoring.ScoringService;
import vn.parindex.scoring.facts.ComplaintCase;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.Vars;
import vn.parindex.year.Cycle;
import vn.parindex.year.Years;

/** Sets {@code eligible} from the complaint rules; an ineligible complaint is closed with the rules' reasons. */
@Component("checkComplaintEligibility")
class CheckEligibilityDelegate implements JavaDelegate {

    private final ComplaintRepository complaints;
    private final Years cycles;
    private final Assessments assessments;
    private final CycleCatalogue catalogue;
    private final ScoringService scoring;
    private final ApplicationEventPublisher events;

    CheckEligibilityDelegate(ComplaintRepository complaints, Years cycles, Assessments assessments,
                             CycleCatalogue catalogue, ScoringService scoring, ApplicationEventPublisher events) {
        this.complaints = complaints;
        this.cycles = cycles;
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.scoring = scoring;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint c = complaints.get(ProcessKeys.complaintId(execution));
        boolean leafOfUnit = catalogue.leaf(c.year(), assessments.get(c.year(), c.unitCode()).unitType(), c.leafCode()).isPresent();
        Cycle cycle = cycles.get(c.year());
        List<String> reasons = scoring.complaintIneligibility(cycle.ruleHash(), new ComplaintCase(
                cycle.complaintWindowOpen(c.filedAt()), leafOfUnit, complaints.othersOnLeaf(c)));
        if (!reasons.isEmpty()) {
            String reason = String.join(" ", reasons);
            complaints.markIneligible(c.id(), reason, EngineClock.now());
            events.publishEvent(new ComplaintRefused(c.year(), c.unitCode(), c.id(), reason));
        }
        Vars.setFlag(execution, Vars.ELIGIBLE, reasons.isEmpty());
    }
}
