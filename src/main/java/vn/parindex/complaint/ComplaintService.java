package vn.parindex.complaint;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.criteria.Leaf;
import vn.parindex.evidence.EvidenceStore;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.web.Numbers;
import vn.parindex.web.Text;
import vn.parindex.web.UserFacingException;
import vn.parindex.web.ValidationException;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.workflow.WorkflowTasks;
import vn.parindex.year.Years;

/** Units file complaints with their evidence; reviewers decide them. Eligibility is the process's (rules), not checked here. */
@Service
public class ComplaintService {

    private final ComplaintRepository complaints;
    private final Years cycles;
    private final Assessments assessments;
    private final WorkflowTasks tasks;
    private final AssessmentService assessmentService;
    private final EvidenceStore evidence;
    private final ComplaintFiling filing;

    ComplaintService(ComplaintRepository complaints, Years cycles, Assessments assessments,
                     WorkflowTasks tasks, AssessmentService assessmentService, EvidenceStore evidence,
                     ComplaintFiling filing) {
        this.complaints = complaints;
        this.cycles = cycles;
        this.assessments = assessments;
        this.tasks = tasks;
        this.assessmentService = assessmentService;
        this.evidence = evidence;
        this.filing = filing;
    }

    /**
     * Files a complaint with its evidence as a whole: every field and file is checked before anything is written, and
     * the files are stored only if the rules take the complaint up ({@link ComplaintFiling}).
     */
    public Complaint file(int year, String unitCode, String leafCode, String reason, List<MultipartFile> files,
                          CurrentUser user) throws IOException {
        user.requireUnitMember(unitCode);
        cycles.get(year).requireUnlocked();
        assessments.get(year, unitCode);
        requireText(reason, "nội dung kiến nghị");
        if (leafCode == null || leafCode.isBlank()) {
            throw UserFacingException.badRequest("Phải chọn tiêu chí kiến nghị.");
        }
        if (!Leaf.CODE.matcher(leafCode).matches()) {
            throw UserFacingException.badRequest("Mã tiêu chí \"" + leafCode + "\" không hợp lệ.");
        }
        List<EvidenceStore.CheckedFile> checked = new ArrayList<>();
        for (MultipartFile file : files) {
            checked.add(evidence.check(file));
        }
        return filing.file(year, unitCode, leafCode, reason, checked, user.id());
    }

    /** newPoints as the reviewer typed it ("1,5" or 1.5), read by the server's one rule for numbers. */
    @Transactional
    public Complaint decide(long id, boolean accepted, String newPointsTyped, String reason, CurrentUser user) {
        user.requireGroup(Roles.COMPLAINT_REVIEWERS);
        Complaint c = complaints.lock(id);
        cycles.get(c.year()).requireUnlocked();
        requireText(reason, "lý do giải quyết");
        BigDecimal newPoints = accepted ? newPoints(c, newPointsTyped) : null;
        if (c.status() != ComplaintStatus.PENDING) {
            throw UserFacingException.conflict("Kiến nghị đã được xử lý.");
        }
        if (accepted) {
            assessmentService.requireValidPoints(assessments.get(c.year(), c.unitCode()), c.leafCode(), newPoints);
        }
        Task task = tasks.require(ProcessKeys.complaintKey(c.year(), id), TaskKeys.DECIDE_COMPLAINT);
        complaints.decide(id, accepted, accepted ? newPoints : null, reason, user.id(), EngineClock.now());
        tasks.complete(user, task);
        return complaints.get(id);
    }

    public Complaint get(long id, CurrentUser user) {
        Complaint c = complaints.get(id);
        user.requireReadAccess(c.unitCode());
        return c;
    }

    /** The year's complaints neither decided nor refused by the rules. */
    public int pending(int year) {
        return complaints.pending(year);
    }

    public List<Complaint> list(int year, CurrentUser user) {
        return complaints.list(year).stream().filter(c -> user.mayReadUnit(c.unitCode())).toList();
    }

    /** The new points of an accepted complaint; missing or not a number, refused at the complaint's leaf. */
    private static BigDecimal newPoints(Complaint c, String typed) {
        if (typed == null || typed.isBlank()) {
            throw atLeaf(c, "Chấp nhận kiến nghị thì phải nhập điểm mới.");
        }
        try {
            return Numbers.parse(typed);
        } catch (NumberFormatException e) {
            throw atLeaf(c, "Điểm mới \"" + (typed.length() > 20 ? typed.substring(0, 20) + "…" : typed)
                    + "\" không phải là số (" + Numbers.RULE + "; phần thập phân sau dấu phẩy, ví dụ 1,5).");
        }
    }

    private static ValidationException atLeaf(Complaint c, String message) {
        return new ValidationException(message, List.of(message), Map.of(c.leafCode(), List.of(message)));
    }

    /** Also for text sent as a form's field, which does not pass the JSON body's check at the edge. */
    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.badRequest("Thiếu " + what + ".");
        }
        String subject = what.substring(0, 1).toUpperCase() + what.substring(1);
        if (text.length() > Text.LONG_CHARS) {
            throw UserFacingException.badRequest(subject + " dài quá " + Text.LONG_CHARS + " ký tự.");
        }
        if (!Text.isClean(text)) {
            throw UserFacingException.badRequest(subject + " " + Text.RULE + ".");
        }
    }
}
