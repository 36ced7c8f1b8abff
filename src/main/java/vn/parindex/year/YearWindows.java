package vn.parindex.year;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.workflow.TimerKeys;
import vn.parindex.workflow.Timers;

/**
 * The standing body changes a running year's windows, with a reason (audited): it extends a window, or shortens one
 * (closes it early) only while nothing waits in it. What waits is read from the processes: a unit's self-assessment
 * task, a unit's explanation task, a complaint's decision task. The timers of the models (and the due dates the
 * Tasklist shows) move by the same amount in the same transaction; the year's row is locked meanwhile.
 */
@Service
class YearWindows {

    private final CycleRepository cycles;
    private final Timers timers;
    private final AuditLog audit;

    YearWindows(CycleRepository cycles, Timers timers, AuditLog audit) {
        this.cycles = cycles;
        this.timers = timers;
        this.audit = audit;
    }

    Windows read(int year, CurrentUser user) {
        user.requireStandingBodyOrAdmin();
        return view(cycles.get(year));
    }

    @Transactional
    Windows change(int year, WindowChange change, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        Cycle was = cycles.getForUpdate(year);
        was.requireUnlocked();
        String reason = reason(change.reason());
        LocalDateTime due = given(change.selfAssessmentDue(), was.selfAssessmentDue());
        Duration reminder = given(change.reminderBefore(), was.reminderBefore());
        Duration explanation = given(change.explanationPeriod(), was.explanationPeriod());
        Duration complaint = given(change.complaintWindow(), was.complaintWindow());
        LocalDateTime complaintEnds = change.complaintWindowEnds() == null ? was.complaintWindowEnds()
                : complaintWindowEnds(was, change.complaintWindowEnds());
        List<AuditLog.Entry> changes = new ArrayList<>();
        if (!due.equals(was.selfAssessmentDue())) {
            checkSelfAssessmentDue(was, due);
            changes.add(entry(user, year, "SELF_ASSESSMENT_DUE_CHANGED", was.selfAssessmentDue(), due, reason));
        }
        if (!reminder.equals(was.reminderBefore())) {
            checkReminder(was, due, reminder);
            changes.add(entry(user, year, "REMINDER_BEFORE_CHANGED", was.reminderBefore(), reminder, reason));
        }
        if (!explanation.equals(was.explanationPeriod())) {
            checkExplanationPeriod(was, explanation);
            changes.add(entry(user, year, "EXPLANATION_PERIOD_CHANGED", was.explanationPeriod(), explanation, reason));
        }
        if (!complaint.equals(was.complaintWindow())) {
            checkComplaintWindow(was, complaint);
            changes.add(entry(user, year, "COMPLAINT_WINDOW_CHANGED", was.complaintWindow(), complaint, reason));
        }
        if (complaintEnds != null && !complaintEnds.equals(was.complaintWindowEnds())) {
            complaint = was.complaintWindow().plus(Duration.between(was.complaintWindowEnds(), complaintEnds));
            changes.add(entry(user, year, "COMPLAINT_WINDOW_ENDS_CHANGED", was.complaintWindowEnds(), complaintEnds, reason));
        }
        if (changes.isEmpty()) {
            throw UserFacingException.badRequest("Không có thời hạn nào thay đổi.");
        }
        moveTimers(was, due, reminder, explanation, complaintEnds);
        cycles.setWindows(year, due, reminder, explanation, complaint, complaintEnds);
        audit.recordAll(changes);
        return view(cycles.get(year));
    }

    private void checkSelfAssessmentDue(Cycle was, LocalDateTime due) {
        if (was.phase() != CyclePhase.OPEN || !was.selfAssessmentDue().isAfter(EngineClock.now())) {
            throw UserFacingException.conflict("Hạn nộp hồ sơ tự đánh giá đã qua (" + CycleBounds.shown(was.selfAssessmentDue())
                    + "): đơn vị chưa nộp đã bị ghi nhận nộp muộn, không thể đổi hạn nộp nữa.");
        }
        CycleBounds.selfAssessmentDue(was.year(), due);
        int waiting = timers.waitingTasks(ProcessKeys.UNIT_APPRAISAL, was.year(), TaskKeys.SELF_ASSESSMENT);
        if (due.isBefore(was.selfAssessmentDue()) && waiting > 0) {
            throw UserFacingException.conflict("Không thể rút ngắn hạn nộp hồ sơ tự đánh giá: còn " + waiting
                    + " đơn vị chưa nộp hồ sơ.");
        }
    }

    private static void checkReminder(Cycle was, LocalDateTime due, Duration reminder) {
        LocalDateTime sent = was.selfAssessmentDue().minus(was.reminderBefore());
        if (was.phase() != CyclePhase.OPEN || !sent.isAfter(EngineClock.now())) {
            throw UserFacingException.conflict("Đã nhắc hạn nộp hồ sơ lúc " + CycleBounds.shown(sent)
                    + "; không thể đổi thời gian nhắc việc nữa.");
        }
        CycleBounds.period(reminder, "thời gian nhắc việc (reminderBefore)");
        CycleBounds.reminderAhead(due, reminder);
    }

    private void checkExplanationPeriod(Cycle was, Duration explanation) {
        if (was.phase() != CyclePhase.OPEN) {
            throw UserFacingException.conflict("Năm " + was.year() + " đã qua giai đoạn thẩm định; không thể đổi thời hạn giải trình.");
        }
        CycleBounds.period(explanation, "thời hạn giải trình (explanationPeriod)");
        int waiting = timers.waitingTasks(ProcessKeys.UNIT_APPRAISAL, was.year(), TaskKeys.EXPLANATION);
        if (explanation.compareTo(was.explanationPeriod()) < 0 && waiting > 0) {
            throw UserFacingException.conflict("Không thể rút ngắn thời hạn giải trình: còn " + waiting
                    + " đơn vị đang giải trình.");
        }
    }

    private static void checkComplaintWindow(Cycle was, Duration complaint) {
        if (was.preliminaryPublished()) {
            throw UserFacingException.conflict("Thời hạn kiến nghị đã bắt đầu khi công bố kết quả sơ bộ: hãy đổi thời điểm "
                    + "hết hạn kiến nghị (complaintWindowEnds).");
        }
        CycleBounds.period(complaint, "thời hạn kiến nghị (complaintWindow)");
    }

    /** The new end of an open complaint window: a moment already past closes it now. */
    private LocalDateTime complaintWindowEnds(Cycle was, LocalDateTime given) {
        LocalDateTime now = EngineClock.now();
        if (!was.complaintWindowOpen(now)) {
            throw UserFacingException.conflict(was.preliminaryPublished()
                    ? "Thời hạn kiến nghị đã kết thúc; không thể đổi nữa."
                    : "Chưa công bố kết quả sơ bộ, thời hạn kiến nghị chưa bắt đầu: hãy đổi độ dài thời hạn kiến nghị (complaintWindow).");
        }
        LocalDateTime ends = given.isBefore(now) ? now : given;
        LocalDateTime latest = was.complaintWindowEnds().minus(was.complaintWindow()).plus(CycleBounds.LONGEST_PERIOD);
        if (ends.isAfter(latest)) {
            throw UserFacingException.badRequest("Thời hạn kiến nghị không được dài quá " + CycleBounds.LONGEST_PERIOD.toDays()
                    + " ngày kể từ khi công bố kết quả sơ bộ (hết hạn muộn nhất " + CycleBounds.shown(latest) + ").");
        }
        int waiting = timers.waitingTasks(ProcessKeys.COMPLAINT_HANDLING, was.year(), TaskKeys.DECIDE_COMPLAINT);
        if (ends.isBefore(was.complaintWindowEnds()) && waiting > 0) {
            throw UserFacingException.conflict("Không thể đóng sớm thời hạn kiến nghị: còn " + waiting
                    + " kiến nghị đang chờ quyết định.");
        }
        return ends;
    }

    private void moveTimers(Cycle was, LocalDateTime due, Duration reminder, Duration explanation, LocalDateTime complaintEnds) {
        int year = was.year();
        Duration dueMoved = Duration.between(was.selfAssessmentDue(), due);
        move(ProcessKeys.UNIT_APPRAISAL, year, TimerKeys.DEADLINE_PASSED, dueMoved);
        timers.shiftTaskDueDates(ProcessKeys.UNIT_APPRAISAL, year, TaskKeys.SELF_ASSESSMENT, dueMoved);
        move(ProcessKeys.UNIT_APPRAISAL, year, TimerKeys.REMINDER_DUE, dueMoved.minus(reminder.minus(was.reminderBefore())));
        Duration explanationMoved = explanation.minus(was.explanationPeriod());
        move(ProcessKeys.UNIT_APPRAISAL, year, TimerKeys.EXPLANATION_OVERDUE, explanationMoved);
        timers.shiftTaskDueDates(ProcessKeys.UNIT_APPRAISAL, year, TaskKeys.EXPLANATION, explanationMoved);
        if (complaintEnds != null && !complaintEnds.equals(was.complaintWindowEnds())) {
            timers.setDue(timers.waiting(ProcessKeys.APPRAISAL_CYCLE, year, TimerKeys.COMPLAINT_WINDOW_CLOSED), complaintEnds);
        }
    }

    private void move(String processKey, int year, String timerKey, Duration by) {
        if (!by.isZero()) {
            timers.shift(timers.waiting(processKey, year, timerKey), by);
        }
    }

    private Windows view(Cycle c) {
        int year = c.year();
        return new Windows(year, c.phase().label(), c.selfAssessmentDue(), c.reminderBefore(),
                c.selfAssessmentDue().minus(c.reminderBefore()), c.explanationPeriod(), c.complaintWindow(),
                c.complaintWindowEnds(), c.preliminaryPublished(),
                timers.waitingTasks(ProcessKeys.UNIT_APPRAISAL, year, TaskKeys.SELF_ASSESSMENT),
                timers.waitingTasks(ProcessKeys.UNIT_APPRAISAL, year, TaskKeys.EXPLANATION),
                timers.waitingTasks(ProcessKeys.COMPLAINT_HANDLING, year, TaskKeys.DECIDE_COMPLAINT));
    }

    private static AuditLog.Entry entry(CurrentUser user, int year, String action, Object from, Object to, String reason) {
        return new AuditLog.Entry(user.id(), action, year, null, null, shown(from), shown(to), reason);
    }

    private static String shown(Object value) {
        return value instanceof Duration d ? CycleBounds.describe(d) : CycleBounds.shown((LocalDateTime) value);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.badRequest("Thiếu lý do thay đổi thời hạn.");
        }
        return reason.trim();
    }

    private static <T> T given(T value, T current) {
        return value == null ? current : value;
    }
}
