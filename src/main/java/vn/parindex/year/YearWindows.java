package vn.parindex.year;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.workflow.TimerKeys;
import vn.parindex.workflow.Timers;
import vn.parindex.year.WindowsChanged.Window;

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
    private final ApplicationEventPublisher events;

    YearWindows(CycleRepository cycles, Timers timers, ApplicationEventPublisher events) {
        this.cycles = cycles;
        this.timers = timers;
        this.events = events;
    }

    Windows read(int year, CurrentUser user) {
        user.requireStandingBodyOrAdmin();
        return view(cycles.get(year));
    }

    /** A year's windows after a change: the self-assessment due date, the three periods, the complaint window's end. */
    private record Values(LocalDateTime due, Duration reminder, Duration explanation, Duration complaint,
                          LocalDateTime complaintEnds) {
    }


    @Transactional
    Windows change(int year, WindowChange change, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        Cycle was = cycles.getForUpdate(year);
        was.requireUnlocked();
        String reason = reason(change.reason());
        if (timers.unitsStarting(year)) {
            throw UserFacingException.conflict("Hồ sơ của các đơn vị năm " + year + " đang được khởi tạo; hãy đổi thời hạn "
                    + "sau ít phút.");
        }
        Values values = values(was, change);
        List<WindowsChanged.Change> changes = checked(was, values);
        if (changes.isEmpty()) {
            throw UserFacingException.badRequest("Không có thời hạn nào thay đổi.");
        }
        moveTimers(was, values);
        cycles.setWindows(year, values.due(), values.reminder(), values.explanation(), values.complaint(), values.complaintEnds());
        events.publishEvent(new WindowsChanged(user.id(), year, reason, changes));
        return view(cycles.get(year));
    }

    /** The values given, the others as they were; a new end of the complaint window lengthens or shortens it. */
    private Values values(Cycle was, WindowChange change) {
        Duration complaint = given(change.complaintWindow(), was.complaintWindow());
        if (!complaint.equals(was.complaintWindow())) {
            checkComplaintWindow(was, complaint);
        }
        LocalDateTime ends = was.complaintWindowEnds();
        if (change.complaintWindowEnds() != null) {
            ends = complaintWindowEnds(was, change.complaintWindowEnds());
            complaint = was.complaintWindow().plus(Duration.between(was.complaintWindowEnds(), ends));
        }
        return new Values(given(change.selfAssessmentDue(), was.selfAssessmentDue()),
                given(change.reminderBefore(), was.reminderBefore()),
                given(change.explanationPeriod(), was.explanationPeriod()), complaint, ends);
    }

    /** Each window that changes, checked: which, old and new value. */
    private List<WindowsChanged.Change> checked(Cycle was, Values v) {
        List<WindowsChanged.Change> changes = new ArrayList<>();
        if (!v.due().equals(was.selfAssessmentDue())) {
            checkSelfAssessmentDue(was, v.due());
            changes.add(changed(Window.SELF_ASSESSMENT_DUE, was.selfAssessmentDue(), v.due()));
        }
        if (!v.reminder().equals(was.reminderBefore())) {
            checkReminder(was, v.due(), v.reminder());
            changes.add(changed(Window.REMINDER_BEFORE, was.reminderBefore(), v.reminder()));
        }
        if (!v.explanation().equals(was.explanationPeriod())) {
            checkExplanationPeriod(was, v.explanation());
            changes.add(changed(Window.EXPLANATION_PERIOD, was.explanationPeriod(), v.explanation()));
        }
        if (v.complaintEnds() != null && !v.complaintEnds().equals(was.complaintWindowEnds())) {
            changes.add(changed(Window.COMPLAINT_WINDOW_ENDS, was.complaintWindowEnds(), v.complaintEnds()));
        } else if (!v.complaint().equals(was.complaintWindow())) {
            changes.add(changed(Window.COMPLAINT_WINDOW, was.complaintWindow(), v.complaint()));
        }
        return changes;
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

    private void moveTimers(Cycle was, Values v) {
        int year = was.year();
        Duration dueMoved = Duration.between(was.selfAssessmentDue(), v.due());
        move(ProcessKeys.UNIT_APPRAISAL, year, TimerKeys.DEADLINE_PASSED, dueMoved);
        timers.shiftTaskDueDates(ProcessKeys.UNIT_APPRAISAL, year, TaskKeys.SELF_ASSESSMENT, dueMoved);
        move(ProcessKeys.UNIT_APPRAISAL, year, TimerKeys.REMINDER_DUE, dueMoved.minus(v.reminder().minus(was.reminderBefore())));
        Duration explanationMoved = v.explanation().minus(was.explanationPeriod());
        move(ProcessKeys.UNIT_APPRAISAL, year, TimerKeys.EXPLANATION_OVERDUE, explanationMoved);
        timers.shiftTaskDueDates(ProcessKeys.UNIT_APPRAISAL, year, TaskKeys.EXPLANATION, explanationMoved);
        if (v.complaintEnds() != null && !v.complaintEnds().equals(was.complaintWindowEnds())) {
            timers.setDue(timers.waiting(ProcessKeys.APPRAISAL_CYCLE, year, TimerKeys.COMPLAINT_WINDOW_CLOSED), v.complaintEnds());
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

    /** A window's change, its old and new value as a user reads them. */
    private static WindowsChanged.Change changed(Window window, Object from, Object to) {
        return new WindowsChanged.Change(window, shown(from), shown(to));
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
