package vn.parindex.cycle;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.assessment.Stage;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.workflow.Vars;
import vn.parindex.workflow.WorkflowTasks;
import vn.parindex.year.Cycle;
import vn.parindex.year.CyclePhase;
import vn.parindex.year.CycleRepository;

/** Leadership approves or sends back; the council adjusts points while the year is sent back to it. */
@Service
public class ApprovalService {

    private final CycleRepository cycles;
    private final AssessmentRepository assessments;
    private final AssessmentService assessmentService;
    private final WorkflowTasks tasks;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    ApprovalService(CycleRepository cycles, AssessmentRepository assessments, AssessmentService assessmentService,
                    WorkflowTasks tasks, AuditLog audit, JdbcClient jdbc) {
        this.cycles = cycles;
        this.assessments = assessments;
        this.assessmentService = assessmentService;
        this.tasks = tasks;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional
    public void decide(int year, boolean approved, String reason, CurrentUser user) {
        user.requireGroup(Roles.LEADERSHIP);
        cycles.get(year).requireUnlocked();
        if (!approved && (reason == null || reason.isBlank())) {
            throw UserFacingException.badRequest("Khi trả lại Hội đồng thẩm định phải nêu lý do.");
        }
        jdbc.sql("insert into approval_decision (year, approved, reason, decided_by, decided_at) values (?, ?, ?, ?, ?)")
                .params(year, approved, reason, user.id(), EngineClock.now()).update();
        audit.record(user.id(), approved ? "RESULTS_APPROVED" : "RESULTS_SENT_BACK", year, null, null, null, null, reason);
        tasks.complete(user, ProcessKeys.cycleKey(year), TaskKeys.APPROVE_RESULTS, Map.of(Vars.APPROVED, approved));
        if (!approved) {
            cycles.setPhase(year, CyclePhase.COUNCIL_REVISION);
        }
    }

    public record Decision(boolean approved, String reason, String decidedBy, LocalDateTime decidedAt) {
    }

    /** Leadership's decisions on the year, latest first; for province staff, not for the assessed units. */
    public List<Decision> decisions(int year, CurrentUser user) {
        if (user.unitCode().isPresent()) {
            throw UserFacingException.forbidden("Đơn vị không xem được ý kiến phê duyệt của lãnh đạo.");
        }
        cycles.get(year);
        return jdbc.sql("select approved, reason, decided_by, decided_at from approval_decision where year = ? order by id desc")
                .param(year).query((rs, n) -> new Decision(rs.getBoolean(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime())).list();
    }

    /** The council sets a leaf's points, with a reason, while the year is sent back to it. */
    @Transactional
    public void adjust(int year, String unitCode, String leafCode, BigDecimal points, String reason, CurrentUser user) {
        user.requireGroup(Roles.COUNCIL);
        requireRevision(cycles.get(year));
        assessmentService.setPoints(assessments.get(year, unitCode), leafCode, Stage.COUNCIL, points, user.id(), reason);
    }

    @Transactional
    public void finishRevision(int year, CurrentUser user) {
        user.requireGroup(Roles.COUNCIL);
        requireRevision(cycles.get(year));
        tasks.complete(user, ProcessKeys.cycleKey(year), TaskKeys.COUNCIL_REVISION, Map.of());
        cycles.setPhase(year, CyclePhase.AWAITING_APPROVAL);
    }

    private static void requireRevision(Cycle cycle) {
        cycle.requireUnlocked();
        if (cycle.phase() != CyclePhase.COUNCIL_REVISION) {
            throw UserFacingException.conflict("Hội đồng chỉ điều chỉnh điểm khi lãnh đạo trả lại kết quả.");
        }
    }
}
