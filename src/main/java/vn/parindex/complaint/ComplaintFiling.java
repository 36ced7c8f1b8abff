package vn.parindex.complaint;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.Stage;
import vn.parindex.evidence.EvidenceFile;
import vn.parindex.evidence.EvidenceStore;
import vn.parindex.evidence.EvidenceUploaded;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.Deployments;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.Vars;

/**
 * Records a checked complaint and starts its process, whose rules decide at once whether it is taken up; only then,
 * in the same transaction, are its files stored and attached to the complaint's leaf. An ineligible complaint keeps
 * its record and reasons, and nothing of its files.
 */
@Component
class ComplaintFiling {

    private final ComplaintRepository complaints;
    private final Assessments assessments;
    private final EvidenceStore evidence;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    ComplaintFiling(ComplaintRepository complaints, Assessments assessments, EvidenceStore evidence,
                    ApplicationEventPublisher events, RuntimeService runtime, RepositoryService repository) {
        this.complaints = complaints;
        this.assessments = assessments;
        this.evidence = evidence;
        this.events = events;
        this.runtime = runtime;
        this.repository = repository;
    }

    @Transactional(rollbackFor = IOException.class)
    Complaint file(int year, String unitCode, String leafCode, String reason, List<EvidenceStore.CheckedFile> files,
                   String actor) throws IOException {
        long id = complaints.insert(year, unitCode, leafCode, reason, actor, EngineClock.now());
        runtime.startProcessInstanceById(definitionOfYear(year), ProcessKeys.complaintKey(year, id),
                Map.of(Vars.YEAR, year, Vars.UNIT_CODE, unitCode, Vars.COMPLAINT_ID, id));
        Complaint filed = complaints.get(id);
        if (filed.status() == ComplaintStatus.PENDING) {
            attach(filed, files, actor);
        }
        return filed;
    }

    private void attach(Complaint c, List<EvidenceStore.CheckedFile> files, String actor) throws IOException {
        long assessmentId = assessments.get(c.year(), c.unitCode()).id();
        for (EvidenceStore.CheckedFile file : files) {
            EvidenceFile saved = evidence.record(assessmentId, c.leafCode(), Stage.COMPLAINT.name(), evidence.store(file), actor);
            events.publishEvent(EvidenceUploaded.of(actor, c.year(), c.unitCode(), saved));
        }
    }

    /** Complaints run under the same deployment as the year's own process. */
    private String definitionOfYear(int year) {
        ProcessInstance cycle = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPRAISAL_CYCLE)
                .processInstanceBusinessKey(ProcessKeys.cycleKey(year)).singleResult();
        if (cycle == null) {
            throw UserFacingException.conflict("Năm " + year + " không còn nhận kiến nghị.");
        }
        return Deployments.sameDeployment(repository, cycle.getProcessDefinitionId(), ProcessKeys.COMPLAINT_HANDLING);
    }
}
