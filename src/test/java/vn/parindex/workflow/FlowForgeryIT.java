package vn.parindex.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.complaint.Complaint;
import vn.parindex.complaint.ComplaintService;
import vn.parindex.cycle.ApprovalService;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.support.TasklistSession;

/**
 * Every user task of the three processes, completed by one of its candidates through {@code /engine-rest} and through
 * the Tasklist's own API with each variable a user might forge: refused (403), and nothing in the database changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowForgeryIT extends IntegrationTest {

    /** Forged values: ids pointing elsewhere, every gateway flag, a name no model knows. */
    private static final Map<String, String> FORGED = forged();

    @Autowired JdbcTemplate jdbc;
    @Autowired ComplaintService complaints;
    @Autowired ApprovalService approval;
    @Autowired IdentityService identity;
    @Autowired TaskService taskService;

    private int unitYear;

    @BeforeAll
    void usersOfEveryRole() {
        scenario.ensureUser("fg-td1", Roles.unitGroup("TD1"));
        scenario.ensureUser("fg-td3", Roles.unitGroup("TD3"));
        scenario.ensureUser("fg-team", Roles.APPRAISAL_TEAM);
        scenario.ensureUser("fg-survey", Roles.SURVEY_OFFICE);
        scenario.ensureUser("fg-standing", Roles.STANDING_BODY);
        scenario.ensureUser("fg-reviewer", Roles.COMPLAINT_REVIEWERS);
        scenario.ensureUser("fg-leader", Roles.LEADERSHIP);
        scenario.ensureUser("fg-council", Roles.COUNCIL);
        unitYear = scenario.openYear(List.of("TD1", "TD2", "TD3", "TH1"));
        scenario.throughAppraisalStart(unitYear, "TD2");
        scenario.fillAll(unitYear, "TD3", Map.of());
        scenario.submit(unitYear, "TD3");
        scenario.appraise(unitYear, "TD3", List.of(new AnswerInput("3.1", null, false, "Cần giải trình", true)));
        scenario.fillAll(unitYear, "TH1", Map.of());
        scenario.submit(unitYear, "TH1");
        scenario.appraise(unitYear, "TH1", List.of(new AnswerInput("3.1", null, false, "Cần giải trình", true)));
        scenario.submit(unitYear, "TH1");
    }

    @Test
    void noTaskOfAUnitAcceptsForgedVariables() {
        refusesForgery(unitYear, ProcessKeys.unitKey(unitYear, "TD1"), TaskKeys.SELF_ASSESSMENT, "fg-td1");
        refusesForgery(unitYear, ProcessKeys.unitKey(unitYear, "TD2"), TaskKeys.APPRAISAL_ROUND_1, "fg-team");
        refusesForgery(unitYear, ProcessKeys.unitKey(unitYear, "TD3"), TaskKeys.EXPLANATION, "fg-td3");
        refusesForgery(unitYear, ProcessKeys.unitKey(unitYear, "TH1"), TaskKeys.APPRAISAL_ROUND_2, "fg-team");
    }

    @Test
    void noTaskOfAYearOrComplaintAcceptsForgedVariables() throws IOException {
        int year = scenario.openYear(List.of("TD1"));
        scenario.throughAppraisal(year, "TD1", Map.of());
        String cycle = ProcessKeys.cycleKey(year);
        refusesForgery(year, cycle, TaskKeys.IMPORT_SURVEY, "fg-survey");
        scenario.importSurvey(year, Map.of("TD1", 80));
        refusesForgery(year, cycle, TaskKeys.REVIEW_PRELIMINARY, "fg-standing");
        scenario.publishPreliminary(year);
        Complaint complaint = complaints.file(year, "TD1", "1.2", "Đề nghị xem xét lại", List.of(), Scenario.unit("TD1"));
        refusesForgery(year, ProcessKeys.complaintKey(year, complaint.id()), TaskKeys.DECIDE_COMPLAINT, "fg-reviewer");
        complaints.decide(complaint.id(), false, null, "Không có căn cứ", Scenario.role(Roles.COMPLAINT_REVIEWERS));
        scenario.advance(year, Duration.ofDays(6));
        refusesForgery(year, cycle, TaskKeys.APPROVE_RESULTS, "fg-leader");
        approval.decide(year, false, "Rà soát lại", Scenario.role(Roles.LEADERSHIP));
        scenario.runJobs(year);
        refusesForgery(year, cycle, TaskKeys.COUNCIL_REVISION, "fg-council");
    }

    @Test
    void decisionsComeOnlyFromTheApplicationsRows() throws IOException {
        int year = scenario.openYear(List.of("TD1"));
        scenario.throughAppraisal(year, "TD1", Map.of());
        scenario.throughPreliminary(year, Map.of("TD1", 80));
        Complaint complaint = complaints.file(year, "TD1", "1.2", "Đề nghị xem xét lại", List.of(), Scenario.unit("TD1"));
        Task decide = scenario.task(ProcessKeys.complaintKey(year, complaint.id()), TaskKeys.DECIDE_COMPLAINT);
        List<Object> before = snapshot(year);

        HttpResponse<String> undecided = Http.as(port, "fg-reviewer", "pw")
                .json("POST", "/engine-rest/task/" + decide.getId() + "/complete", "{}");

        assertThat(undecided.statusCode()).isEqualTo(400);
        assertThat(undecided.body()).contains("Chưa ghi nhận quyết định về kiến nghị");
        assertThat(snapshot(year)).isEqualTo(before);
        complaints.decide(complaint.id(), false, null, "Không có căn cứ", Scenario.role(Roles.COMPLAINT_REVIEWERS));
        scenario.advance(year, Duration.ofDays(6));
        Task approve = scenario.task(ProcessKeys.cycleKey(year), TaskKeys.APPROVE_RESULTS);
        HttpResponse<String> noDecision = Http.as(port, "fg-leader", "pw")
                .json("POST", "/engine-rest/task/" + approve.getId() + "/complete", "{}");
        assertThat(noDecision.statusCode()).isEqualTo(400);
        assertThat(noDecision.body()).contains("Chưa ghi nhận quyết định phê duyệt");
        assertThat(scenario.task(ProcessKeys.cycleKey(year), TaskKeys.APPROVE_RESULTS)).isNotNull();
    }

    @Test
    void aUnitCannotEndItsOwnFileByAnErrorOrEscalation() {
        Task self = scenario.task(ProcessKeys.unitKey(unitYear, "TD1"), TaskKeys.SELF_ASSESSMENT);
        Http unit = Http.as(port, "fg-td1", "pw");
        List<Object> before = snapshot(unitYear);

        HttpResponse<String> error = unit.json("POST", "/engine-rest/task/" + self.getId() + "/bpmnError",
                "{\"errorCode\":\"HUY\"}");
        HttpResponse<String> escalation = unit.json("POST", "/engine-rest/task/" + self.getId() + "/bpmnEscalation",
                "{\"escalationCode\":\"HUY\"}");
        HttpResponse<String> resolve = unit.json("POST", "/engine-rest/task/" + self.getId() + "/resolve",
                "{\"variables\":{\"complete\":{\"value\":true,\"type\":\"Boolean\"}}}");

        assertThat(List.of(error.statusCode(), escalation.statusCode(), resolve.statusCode())).containsOnly(403);
        assertThat(error.body()).as("refused before the engine").contains("chỉ dành cho quản trị viên hệ thống");
        identity.setAuthentication("fg-td1", List.of(Roles.unitGroup("TD1")));
        try {
            assertThatThrownBy(() -> taskService.handleBpmnError(self.getId(), "HUY")).as("and by the engine itself")
                    .hasMessageContaining("Không được kết thúc công việc bằng lỗi");
        } finally {
            identity.clearAuthentication();
        }
        assertThat(snapshot(unitYear)).isEqualTo(before);
    }

    /** Each forged variable through both APIs: 403 with the Vietnamese reason, the task still waiting, nothing changed. */
    private void refusesForgery(int year, String businessKey, String taskKey, String candidate) {
        Task task = scenario.task(businessKey, taskKey);
        assertThat(task).as("%s waits in %s", taskKey, businessKey).isNotNull();
        Http engineRest = Http.as(port, candidate, "pw");
        TasklistSession tasklist = TasklistSession.login(port, candidate, "pw");
        List<Object> before = snapshot(year);
        FORGED.forEach((name, typedValue) -> {
            String body = "{\"variables\":{\"" + name + "\":" + typedValue + "}}";
            for (HttpResponse<String> response : List.of(
                    engineRest.json("POST", "/engine-rest/task/" + task.getId() + "/complete", body),
                    tasklist.post("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form", body))) {
                assertThat(response.statusCode()).as("%s forging %s: %s", taskKey, name, response.body()).isEqualTo(403);
                assertThat(response.body()).contains("Không được gửi kèm dữ liệu quy trình (" + name + ")");
            }
        });
        assertThat(scenario.task(businessKey, taskKey)).isNotNull();
        assertThat(snapshot(year)).as("database after forging on %s", taskKey).isEqualTo(before);
    }

    /** Row counts of the application's tables, and the year's rows that the forged steps would have touched. */
    private List<Object> snapshot(int year) {
        List<Object> rows = new ArrayList<>();
        for (String table : List.of("answer", "approval_decision", "assessment", "audit_log", "complaint", "cycle",
                "notification", "score", "survey_result", "unit_area_result", "unit_result")) {
            rows.add(table + " " + jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        rows.add(jdbc.queryForList("select unit_code, status, late, submitted_by from assessment where year = ? order by unit_code", year));
        rows.add(jdbc.queryForList("select phase, complaint_window_ends from cycle where year = ?", year));
        rows.add(jdbc.queryForList("select id, status, new_points from complaint where year = ? order by id", year));
        rows.add(jdbc.queryForList("""
                select v.proc_inst_id_, v.name_, v.text_, v.long_, v.rev_ from act_ru_variable v
                where v.proc_inst_id_ in (select proc_inst_id_ from act_ru_execution where business_key_ like ?)
                order by 1, 2""", year + "%"));
        rows.add(jdbc.queryForList("""
                select t.task_def_key_, t.assignee_, t.rev_ from act_ru_task t
                where t.proc_inst_id_ in (select proc_inst_id_ from act_ru_execution where business_key_ like ?)
                order by t.id_""", year + "%"));
        return rows;
    }

    private static Map<String, String> forged() {
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put(Vars.YEAR, "{\"value\":2023,\"type\":\"Integer\"}");
        forged.put(Vars.UNIT_CODE, "{\"value\":\"TD9\",\"type\":\"String\"}");
        forged.put(Vars.COMPLAINT_ID, "{\"value\":999999,\"type\":\"Long\"}");
        for (String flag : List.of(Vars.COMPLETE, Vars.EXPLANATION_NEEDED, Vars.ELIGIBLE, Vars.READY_FOR_APPROVAL,
                Vars.APPROVED, Vars.ACCEPTED)) {
            forged.put(flag, "{\"value\":true,\"type\":\"Boolean\"}");
        }
        forged.put("ghiChu", "{\"value\":\"x\",\"type\":\"String\"}");
        return forged;
    }
}
