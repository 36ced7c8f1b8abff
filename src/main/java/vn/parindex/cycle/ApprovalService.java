package vn.parindex.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.assessment.Stage;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.workflow.WorkflowTasks;
import vn.parindex.year.Years;

/**
 * Leadership approves or sends back; the council adjusts points while the year is sent back to it. A decision is
 * recorded for the approval task it completes; the process reads it from there (where the year goes next is the
 * model's, not this class's).
 */
@Service
public class ApprovalService {

    private final Years cycles;
    private final Assessments assessments;
    private final AssessmentService assessmentService;
    private final WorkflowTasks tasks;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    ApprovalService(Years cycles, Assessments assessments, AssessmentService assessmentService,
                    WorkflowTasks tasks, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.cycles = cycles;
        this.assessments = assessments;
        this.assessmentService = assessmentService;
        this.tasks = tasks;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional
    public void decide(int year, boolean approved, String reason, CurrentUser user) {
        user.requireGroup(Roles.LEADERSHIP);
        cycles.getForUpdate(year).requireUnlocked();
        if (!approved && (reason == null || reason.isBlank())) {
            throw UserFacingException.badRequest("Khi trả lại Hội đồng thẩm định phải nêu lý do.");
        }
        Task task = tasks.require(ProcessKeys.cycleKey(year), TaskKeys.APPROVE_RESULTS);
        jdbc.sql("insert into approval_decision (year, approved, reason, decided_by, decided_at, task_id) values (?, ?, ?, ?, ?, ?)")
                .params(year, approved, reason, user.id(), EngineClock.now(), task.getId()).update();
        events.publishEvent(approved ? new ResultsApproved(user.id(), year, reason) : new ResultsSentBack(user.id(), year, reason));
        tasks.complete(user, task);
    }

    /** Whether leadership approved in the decision recorded for this approval task; empty if none is. */
    Optional<Boolean> recordedDecision(String taskId) {
        return jdbc.sql("select approved from approval_decision where task_id = ?").param(taskId).query(Boolean.class).optional();
    }

    public record Decision(boolean approved, String reason, String decidedBy, LocalDateTime decidedAt) {
    }

    /** The day leadership approved the year's final results, if it has; printed in the reports' headings. */
    public Optional<LocalDate> approvedOn(int year) {
        return jdbc.sql("select decided_at from approval_decision where year = ? and approved order by decided_at desc limit 1").param(year)
                .query(java.sql.Timestamp.class).optional().map(at -> at.toLocalDateTime().toLocalDate());
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

    /** The council sets a leaf's points, with a reason, while its revision task waits. */
    @Transactional
    public void adjust(int year, String unitCode, String leafCode, BigDecimal points, String reason, CurrentUser user) {
        user.requireGroup(Roles.COUNCIL);
        revisionTask(year);
        assessmentService.setPoints(assessments.get(year, unitCode), leafCode, Stage.COUNCIL, points, user.id(), reason);
    }

    @Transactional
    public void finishRevision(int year, CurrentUser user) {
        user.requireGroup(Roles.COUNCIL);
        cycles.getForUpdate(year);
        tasks.complete(user, revisionTask(year));
    }

    private Task revisionTask(int year) {
        cycles.get(year).requireUnlocked();
        return tasks.waiting(ProcessKeys.cycleKey(year), TaskKeys.COUNCIL_REVISION).orElseThrow(() ->
                UserFacingException.conflict("Hội đồng chỉ điều chỉnh điểm khi lãnh đạo trả lại kết quả."));
    }
}
