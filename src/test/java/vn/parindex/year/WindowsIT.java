package vn.parindex.year;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.complaint.Complaint;
import vn.parindex.complaint.ComplaintService;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.workflow.TimerKeys;
import vn.parindex.workflow.Timers;

/**
 * The standing body's windows: proposed and set when opening a year, extended while it runs (the engine's timers and
 * the Tasklist's due dates follow, and so does the process), closed early only when nothing waits in them; every
 * change with its reason in the audit log, every refusal a Vietnamese 4xx that changes nothing.
 */
class WindowsIT extends IntegrationTest {

    private static final String UNIT = "TD1";

    @Autowired Years cycles;
    @Autowired Timers timers;
    @Autowired ManagementService management;
    @Autowired ComplaintService complaints;
    @Autowired JdbcTemplate jdbc;

    private Http standingBody;

    @BeforeEach
    void standingBody() {
        scenario.ensureUser("nv-thoi-han", Roles.STANDING_BODY);
        standingBody = Http.as(port, "nv-thoi-han", "pw");
    }

    @Test
    void theOpeningFormIsProposedTheNextYearWithTheDefaultsAndAYearOpensWithTheWindowsGiven() {
        HttpResponse<String> proposal = standingBody.get("/api/cycles/proposal");
        assertThat(proposal.statusCode()).isEqualTo(200);
        assertThat(proposal.body()).contains("\"selfAssessmentDue\":\"", "\"classificationScheme\":\"HD2024\"");
        int year = scenario.unusedYear();
        LocalDateTime due = EngineClock.now().plusDays(20).truncatedTo(ChronoUnit.MINUTES);

        HttpResponse<String> opened = standingBody.json("POST", "/api/cycles", "{\"year\":" + year + ",\"selfAssessmentDue\":\""
                + due + "\",\"unitCodes\":[\"" + UNIT + "\"],\"reminderBefore\":\"P7D\",\"explanationPeriod\":\"P10D\","
                + "\"complaintWindow\":\"P15D\"}");

        assertThat(opened.statusCode()).isEqualTo(201);
        Cycle cycle = cycles.get(year);
        assertThat(List.of(cycle.selfAssessmentDue(), cycle.reminderBefore(), cycle.explanationPeriod(), cycle.complaintWindow()))
                .containsExactly(due, Duration.ofDays(7), Duration.ofDays(10), Duration.ofDays(15));
        assertThat(standingBody.get("/api/cycles/proposal").body()).as("the next year is proposed")
                .doesNotContain("\"year\":" + year + ",");
    }

    @Test
    void openingRefusesWindowsOutOfRangeOrInconsistentAndOpensNothing() {
        int year = scenario.unusedYear();
        String start = "{\"year\":" + year + ",\"unitCodes\":[\"" + UNIT + "\"],\"selfAssessmentDue\":\"";
        String soon = EngineClock.now().plusDays(2).truncatedTo(ChronoUnit.MINUTES).toString();
        assertRefused(standingBody.json("POST", "/api/cycles", start + soon + "\"}"), 400,
                "Thời điểm nhắc việc (3 ngày trước hạn nộp");
        assertRefused(standingBody.json("POST", "/api/cycles", start + soon + "\",\"reminderBefore\":\"P3D\"}"), 400,
                "mọi đơn vị sẽ bị nhắc ngay cùng lúc");
        assertRefused(standingBody.json("POST", "/api/cycles", start + Scenario.dueSoon() + "\",\"explanationPeriod\":\"PT0S\"}"),
                400, "Giá trị thời hạn giải trình (explanationPeriod) phải lớn hơn 0 và không quá 365 ngày.");
        assertRefused(standingBody.json("POST", "/api/cycles", start + Scenario.dueSoon() + "\",\"complaintWindow\":\"-P5D\"}"),
                400, "Giá trị thời hạn kiến nghị (complaintWindow) phải lớn hơn 0");
        assertRefused(standingBody.json("POST", "/api/cycles", start + EngineClock.now().minusDays(1).truncatedTo(ChronoUnit.MINUTES)
                + "\"}"), 400, "Hạn nộp hồ sơ tự đánh giá (selfAssessmentDue) phải là một thời điểm trong tương lai.");
        assertThat(standingBody.get("/api/cycles/" + year).statusCode()).as("nothing opened").isEqualTo(404);
    }

    @Test
    void extendingTheSelfAssessmentDueMovesTheTimersAndTheUnitIsLateOnlyAfterTheNewDate() {
        int year = scenario.openYear(List.of(UNIT));
        LocalDateTime due = cycles.get(year).selfAssessmentDue().plusDays(5);

        HttpResponse<String> changed = change(year, "\"selfAssessmentDue\":\"" + due + "\"", "Nhiều đơn vị đề nghị gia hạn");

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(dueOf(timer(year, TimerKeys.DEADLINE_PASSED))).isEqualTo(due);
        assertThat(dueOf(timer(year, TimerKeys.REMINDER_DUE))).isEqualTo(due.minusDays(3));
        assertThat(scenario.task(ProcessKeys.unitKey(year, UNIT), TaskKeys.SELF_ASSESSMENT).getDueDate())
                .as("the Tasklist shows the new date").isEqualTo(date(due));
        scenario.advance(year, Duration.ofDays(11));
        assertThat(audited(year, "MARKED_LATE")).as("not late after the old date").isEmpty();
        scenario.advance(year, Duration.ofDays(5));
        assertThat(audited(year, "MARKED_LATE")).as("late after the new one").hasSize(1);
        assertThat(audited(year, "SELF_ASSESSMENT_DUE_CHANGED")).containsExactly(
                "nv-thoi-han: " + CycleBounds.shown(due.minusDays(5)) + " → " + CycleBounds.shown(due) + " (Nhiều đơn vị đề nghị gia hạn)");
    }

    @Test
    void theSelfAssessmentDueIsBroughtForwardOnlyOnceEveryUnitHasSubmitted() {
        int year = scenario.openYear(List.of(UNIT));
        LocalDateTime sooner = cycles.get(year).selfAssessmentDue().minusDays(5);
        String body = "\"selfAssessmentDue\":\"" + sooner + "\"";
        assertRefused(change(year, body, "Rút ngắn"), 409,
                "Không thể rút ngắn hạn nộp hồ sơ tự đánh giá: còn 1 đơn vị chưa nộp hồ sơ.");
        assertThat(cycles.get(year).selfAssessmentDue()).as("unchanged").isEqualTo(sooner.plusDays(5));

        scenario.throughAppraisalStart(year, UNIT);

        assertThat(change(year, body, "Mọi đơn vị đã nộp").statusCode()).isEqualTo(200);
        assertThat(cycles.get(year).selfAssessmentDue()).isEqualTo(sooner);
    }

    @Test
    void theExplanationPeriodIsExtendedForTheUnitExplainingAndShortenedOnlyWhenNoneIs() {
        int year = scenario.openYear(List.of(UNIT));
        scenario.throughAppraisalStart(year, UNIT);
        scenario.appraise(year, UNIT, List.of(new AnswerInput("3.1", null, false, "Cần giải trình", true)));
        LocalDateTime overdue = dueOf(timer(year, TimerKeys.EXPLANATION_OVERDUE));
        assertRefused(change(year, "\"explanationPeriod\":\"P2D\"", "Rút ngắn"), 409,
                "Không thể rút ngắn thời hạn giải trình: còn 1 đơn vị đang giải trình.");

        assertThat(change(year, "\"explanationPeriod\":\"P8D\"", "Đơn vị xin thêm thời gian").statusCode()).isEqualTo(200);

        assertThat(dueOf(timer(year, TimerKeys.EXPLANATION_OVERDUE))).isEqualTo(overdue.plusDays(3));
        scenario.advance(year, Duration.ofDays(6));
        assertThat(scenario.task(ProcessKeys.unitKey(year, UNIT), TaskKeys.EXPLANATION)).as("still explaining").isNotNull();
        scenario.advance(year, Duration.ofDays(3));
        assertThat(scenario.task(ProcessKeys.unitKey(year, UNIT), TaskKeys.APPRAISAL_ROUND_2)).isNotNull();
        assertThat(change(year, "\"explanationPeriod\":\"P2D\"", "Không còn đơn vị giải trình").statusCode()).isEqualTo(200);
    }

    @Test
    void theComplaintWindowIsExtendedAndClosedEarlyOnlyWhenNoComplaintAwaitsItsDecision() throws IOException {
        int year = scenario.openYear(List.of(UNIT));
        scenario.throughAppraisal(year, UNIT, Map.of());
        scenario.throughPreliminary(year, Map.of(UNIT, 50));
        Complaint complaint = complaints.file(year, UNIT, "2.2", "Đã có báo cáo rà soát", List.of(), Scenario.unit(UNIT));
        LocalDateTime ends = cycles.get(year).complaintWindowEnds().plusDays(3);
        assertRefused(change(year, "\"complaintWindow\":\"P8D\"", "Gia hạn"), 409, "hãy đổi thời điểm hết hạn kiến nghị");

        assertThat(change(year, "\"complaintWindowEnds\":\"" + ends + "\"", "Gia hạn theo đề nghị của các phường").statusCode())
                .isEqualTo(200);

        assertThat(dueOf(timer(year, TimerKeys.COMPLAINT_WINDOW_CLOSED))).isEqualTo(ends);
        assertThat(cycles.get(year).complaintWindow()).isEqualTo(Duration.ofDays(8));
        scenario.advance(year, Duration.ofDays(6));
        assertThat(cycles.get(year).phase()).as("open past the old end").isEqualTo(CyclePhase.PRELIMINARY_PUBLISHED);
        String closeNow = "\"complaintWindowEnds\":\"" + EngineClock.now() + "\"";
        assertRefused(change(year, closeNow, "Đóng sớm"), 409,
                "Không thể đóng sớm thời hạn kiến nghị: còn 1 kiến nghị đang chờ quyết định.");
        assertThat(cycles.get(year).complaintWindowEnds()).as("unchanged").isEqualTo(ends);

        complaints.decide(complaint.id(), false, null, "Không có căn cứ", Scenario.role(Roles.COMPLAINT_REVIEWERS));
        assertThat(change(year, closeNow, "Mọi kiến nghị đã được giải quyết").statusCode()).isEqualTo(200);
        scenario.runJobs(year);

        assertThat(cycles.get(year).phase()).isEqualTo(CyclePhase.AWAITING_APPROVAL);
        assertThat(audited(year, "COMPLAINT_WINDOW_ENDS_CHANGED")).hasSize(2);
    }

    @Test
    void aChangeWithoutReasonByAUnitOrToAPastReminderIsRefusedAndChangesNothing() {
        int year = scenario.openYear(List.of(UNIT));
        scenario.ensureUser("td1-thoi-han", Roles.unitGroup(UNIT));
        assertRefused(Http.as(port, "td1-thoi-han", "pw").json("PUT", "/api/cycles/" + year + "/windows",
                "{\"reminderBefore\":\"P1D\",\"reason\":\"Tự gia hạn\"}"), 403, "Bạn không có quyền");
        assertRefused(change(year, "\"reminderBefore\":\"P1D\"", " "), 400, "Thiếu lý do thay đổi thời hạn.");
        assertRefused(change(year, "\"reminderBefore\":\"P10D\"", "Nhắc sớm"), 400, "mọi đơn vị sẽ bị nhắc ngay cùng lúc");
        assertRefused(change(year, "\"reminderBefore\":\"P3D\"", "Như cũ"), 400, "Không có thời hạn nào thay đổi.");
        assertThat(dueOf(timer(year, TimerKeys.REMINDER_DUE))).isEqualTo(cycles.get(year).selfAssessmentDue().minusDays(3));

        scenario.advance(year, Duration.ofDays(8));

        assertRefused(change(year, "\"reminderBefore\":\"P1D\"", "Nhắc muộn"), 409, "Đã nhắc hạn nộp hồ sơ lúc");
        assertThat(audited(year, "REMINDER_BEFORE_CHANGED")).isEmpty();
    }

    @Test
    void noWindowChangesWhileTheYearsUnitsAreStillBeingStarted() {
        int year = scenario.openYearDueIn(List.of(UNIT), Duration.ofDays(10), Duration.ofDays(3));
        LocalDateTime due = cycles.get(year).selfAssessmentDue().plusDays(2);
        assertRefused(change(year, "\"selfAssessmentDue\":\"" + due + "\"", "Gia hạn"), 409,
                "Hồ sơ của các đơn vị năm " + year + " đang được khởi tạo");

        scenario.runJobs(year);

        assertThat(change(year, "\"selfAssessmentDue\":\"" + due + "\"", "Gia hạn").statusCode()).isEqualTo(200);
        assertThat(dueOf(timer(year, TimerKeys.DEADLINE_PASSED))).isEqualTo(due);
    }

    private HttpResponse<String> change(int year, String values, String reason) {
        return standingBody.json("PUT", "/api/cycles/" + year + "/windows", "{" + values + ",\"reason\":\"" + reason + "\"}");
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(message);
    }

    private Job timer(int year, String timerKey) {
        String process = timerKey.equals(TimerKeys.COMPLAINT_WINDOW_CLOSED) ? ProcessKeys.APPRAISAL_CYCLE : ProcessKeys.UNIT_APPRAISAL;
        List<Job> waiting = timers.waiting(process, year, timerKey);
        assertThat(waiting).as("timers at %s", timerKey).hasSize(1);
        return waiting.get(0);
    }

    private static LocalDateTime dueOf(Job job) {
        return LocalDateTime.ofInstant(job.getDuedate().toInstant(), ZoneId.systemDefault());
    }

    private static java.util.Date date(LocalDateTime at) {
        return java.util.Date.from(at.atZone(ZoneId.systemDefault()).toInstant());
    }

    /** The year's audit rows of an action: "actor: old → new (reason)". */
    private List<String> audited(int year, String action) {
        return jdbc.query("select actor, old_value, new_value, reason from audit_log where year = ? and action = ? order by id",
                (rs, n) -> rs.getString(1) + ": " + rs.getString(2) + " → " + rs.getString(3) + " (" + rs.getString(4) + ")",
                year, action);
    }
}
