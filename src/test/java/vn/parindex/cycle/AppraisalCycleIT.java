package vn.parindex.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.complaint.Complaint;
import vn.parindex.complaint.ComplaintService;
import vn.parindex.complaint.ComplaintStatus;
import vn.parindex.ranking.ResultService;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.workflow.YearJobs;
import vn.parindex.year.CyclePhase;
import vn.parindex.year.Years;

/** The whole year on PostgreSQL: AppraisalCycle with UnitAppraisal and ComplaintHandling, real rules. */
class AppraisalCycleIT extends IntegrationTest {

    @Autowired ComplaintService complaints;
    @Autowired ApprovalService approval;
    @Autowired ResultService results;
    @Autowired Years cycles;
    @Autowired AssessmentService assessments;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;
    @Autowired ManagementService management;
    @Autowired YearJobs yearJobs;

    /**
     * Five units of two types, ranked per block (districts' block sorts first). Appraised points out of 70 (by hand from the sample catalogue):
     * TD1 70.00; TD2 70 - 2.00 (1.2 at 50% of 100) - 2.50 (7.1 at 40% of 80) = 65.50; TD3 70 - 0.60 (3.2 at 90%) = 69.40;
     * TH1 70.00; TH2 70 - 1.50 (5.2 at 40% of 80) = 68.50. Survey (30 points x rate): TD1 80% 24.00, TD2 100% 30.00,
     * TD3 60% 18.00, TH1 80% 24.00, TH2 100% 30.00.
     */
    @Test
    void aYearGoesFromOpeningToPublishedFinalResults() throws IOException {
        scenario.ensureUser("td1-cycle", Roles.unitGroup("TD1"));
        int year = scenario.openYear(List.of("TD1", "TD2", "TD3", "TH1", "TH2"));
        scenario.throughAppraisal(year, "TD1", Map.of());
        scenario.throughAppraisal(year, "TD2", Map.of("1.2", BigDecimal.valueOf(50), "7.1", BigDecimal.valueOf(40)));
        scenario.throughAppraisal(year, "TD3", Map.of("3.2", BigDecimal.valueOf(90)));
        scenario.throughAppraisal(year, "TH1", Map.of());
        assertThat(waitingAt(year, "Event_AllUnitsAppraised")).isTrue();
        scenario.throughAppraisal(year, "TH2", Map.of("5.2", BigDecimal.valueOf(40)));
        assertThat(waitingAt(year, "Event_AllUnitsAppraised")).isFalse();

        scenario.importSurvey(year, Map.of("TD1", 80, "TD2", 100, "TD3", 60, "TH1", 80, "TH2", 100));
        assertThat(scenario.task(ProcessKeys.cycleKey(year), TaskKeys.REVIEW_PRELIMINARY)).as("the standing body reviews first")
                .isNotNull();
        assertThat(cycles.get(year).phase()).isEqualTo(CyclePhase.OPEN);
        assertThat(Http.as(port, "td1-cycle", "pw").json("POST", "/api/cycles/" + year + "/preliminary/publish", null)
                .statusCode()).isEqualTo(403);
        scenario.ensureUser("nv-cycle", Roles.STANDING_BODY);
        assertThat(Http.as(port, "nv-cycle", "pw").json("POST", "/api/cycles/" + year + "/preliminary/publish", null)
                .statusCode()).isEqualTo(204);
        scenario.runJobs(year);

        assertThat(cycles.get(year).phase()).isEqualTo(CyclePhase.PRELIMINARY_PUBLISHED);
        assertThat(indexAndRank(year, ResultService.PRELIMINARY)).containsExactly(
                "TH2 98.50 Nhóm 1 1", "TH1 94.00 Nhóm 1 2", "TD2 95.50 Nhóm 1 1", "TD1 94.00 Nhóm 1 2", "TD3 87.40 Nhóm 2 3");

        Complaint accepted = complaints.file(year, "TD1", "8.1", "Kết quả khảo sát bị nhập thiếu phiếu", List.of(), Scenario.unit("TD1"));
        Complaint rejected = complaints.file(year, "TH1", "1.1", "Đề nghị xem xét lại", List.of(), Scenario.unit("TH1"));
        Complaint ineligible = complaints.file(year, "TH1", "9.9", "Tiêu chí không có", List.of(), Scenario.unit("TH1"));
        assertThat(complaints.list(year, Scenario.role(Roles.COMPLAINT_REVIEWERS)))
                .extracting(Complaint::status).containsExactly(ComplaintStatus.PENDING, ComplaintStatus.PENDING, ComplaintStatus.INELIGIBLE);
        complaints.decide(accepted.id(), true, "15.00", "Bổ sung 12 phiếu khảo sát hợp lệ",
                Scenario.role(Roles.COMPLAINT_REVIEWERS));
        complaints.decide(rejected.id(), false, null, "Kế hoạch ban hành sau thời hạn",
                Scenario.role(Roles.COMPLAINT_REVIEWERS));
        scenario.runJobs(year);
        assertThat(indexAndRank(year, ResultService.PRELIMINARY)).as("the preliminary results stay as published")
                .containsExactly("TH2 98.50 Nhóm 1 1", "TH1 94.00 Nhóm 1 2", "TD2 95.50 Nhóm 1 1", "TD1 94.00 Nhóm 1 2",
                        "TD3 87.40 Nhóm 2 3");
        assertThat(jdbc.queryForList("select leaf_code || ' ' || old_value || ' → ' || new_value || ' ' || reason from audit_log "
                + "where year = ? and unit_code = 'TD1' and action = 'SCORE_RESULT'", String.class, year))
                .as("the re-scoring audits the leaf whose points changed, and only it")
                .containsExactly("8.1 12.00 → 15.00 Bổ sung 12 phiếu khảo sát hợp lệ");
        assertThat(jdbc.queryForList("""
                select distinct case when s.leaf_code = '8.1' then '8.1' else 'others' end || ': ' || s.reason
                from score s join assessment a on a.id = s.assessment_id
                where a.year = ? and a.unit_code = 'TD1' and s.stage = 'RESULT'""", String.class, year))
                .as("only the changed leaf's row is rewritten; the others keep the computation that produced them")
                .containsExactlyInAnyOrder("8.1: Bổ sung 12 phiếu khảo sát hợp lệ", "others: Tổng hợp kết quả sơ bộ");
        assertThat(ineligible.id()).isPositive();

        scenario.advance(year, Duration.ofDays(6));
        assertThat(scenario.task(ProcessKeys.cycleKey(year), TaskKeys.APPROVE_RESULTS)).isNotNull();
        assertThat(cycles.get(year).phase()).isEqualTo(CyclePhase.AWAITING_APPROVAL);

        approval.decide(year, false, "Đề nghị rà soát điểm tiêu chí 7.1 của TH2", Scenario.role(Roles.LEADERSHIP));
        assertThat(scenario.task(ProcessKeys.cycleKey(year), TaskKeys.COUNCIL_REVISION)).isNotNull();
        approval.adjust(year, "TH2", "7.1", new BigDecimal("4.00"), "Tỷ lệ hồ sơ trực tuyến tính lại theo số liệu quý IV",
                Scenario.role(Roles.COUNCIL));
        approval.finishRevision(year, Scenario.role(Roles.COUNCIL));
        scenario.runJobs(year);
        approval.decide(year, true, null, Scenario.role(Roles.LEADERSHIP));
        scenario.runJobs(year);

        assertThat(cycles.get(year).phase()).isEqualTo(CyclePhase.PUBLISHED);
        assertThat(indexAndRank(year, ResultService.FINAL)).containsExactly(
                "TH2 97.50 Nhóm 1 1", "TH1 94.00 Nhóm 1 2", "TD1 97.00 Nhóm 1 1", "TD2 95.50 Nhóm 1 2", "TD3 87.40 Nhóm 2 3");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(year + "%").count()).isZero();
        var published = Http.anonymous(port).get("/public-api/years/" + year + "/results");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("\"unitCode\":\"TD1\"", "\"index\":97.00", "\"rank\":1");
        assertThat(Http.anonymous(port).get("/public-api/years").body()).contains(String.valueOf(year));
        assertThatThrownBy(() -> assessments.saveAnswers(year, "TD1",
                List.of(new AnswerInput("1.1", BigDecimal.ZERO, false, null, null)), Scenario.unit("TD1")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("đã khóa");
    }

    @Test
    void preliminaryResultsAreNotPublic() {
        int year = scenario.openYear(List.of("TD1"));
        scenario.throughAppraisal(year, "TD1", Map.of());
        scenario.throughPreliminary(year, Map.of("TD1", 50));

        assertThat(Http.anonymous(port).get("/public-api/years/" + year + "/results").statusCode()).isEqualTo(404);
        assertThat(Http.anonymous(port).get("/public-api/years/" + year + "/ranking.xlsx").statusCode()).isEqualTo(404);
        assertThat(Http.anonymous(port).get("/api/cycles/" + year + "/results?stage=PRELIMINARY").statusCode()).isEqualTo(401);
        assertThat(Http.anonymous(port).get("/public-api/years").body()).doesNotContain(String.valueOf(year));
    }

    @Test
    void approvalWaitsUntilComplaintsPendingAtWindowCloseAreDecided() throws IOException {
        int year = scenario.openYear(List.of("TD1"));
        scenario.throughAppraisal(year, "TD1", Map.of());
        scenario.throughPreliminary(year, Map.of("TD1", 50));
        Complaint complaint = complaints.file(year, "TD1", "2.2", "Đã có báo cáo rà soát", List.of(), Scenario.unit("TD1"));

        scenario.advance(year, Duration.ofDays(6));

        assertThat(waitingAt(year, "Event_ComplaintsResolved")).isTrue();
        assertThat(scenario.task(ProcessKeys.cycleKey(year), TaskKeys.APPROVE_RESULTS)).isNull();
        Complaint late = complaints.file(year, "TD1", "2.1", "Gửi sau thời hạn", List.of(), Scenario.unit("TD1"));
        assertThat(complaints.list(year, Scenario.unit("TD1"))).filteredOn(c -> c.id() == late.id())
                .extracting(Complaint::status, Complaint::decisionReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ComplaintStatus.INELIGIBLE, "Kiến nghị gửi ngoài thời hạn tiếp nhận."));

        complaints.decide(complaint.id(), false, null, "Không có căn cứ", Scenario.role(Roles.COMPLAINT_REVIEWERS));
        scenario.runJobs(year);

        assertThat(scenario.task(ProcessKeys.cycleKey(year), TaskKeys.APPROVE_RESULTS)).isNotNull();
        approval.decide(year, true, null, Scenario.role(Roles.LEADERSHIP));
        scenario.runJobs(year);
        assertThat(cycles.get(year).phase()).isEqualTo(CyclePhase.PUBLISHED);
        assertThat(indexAndRank(year, ResultService.FINAL)).containsExactly("TD1 85.00 Nhóm 2 1");
    }

    @Test
    void aSecondComplaintOnTheSameLeafIsIneligible() throws IOException {
        int year = scenario.openYear(List.of("TD1"));
        scenario.throughAppraisal(year, "TD1", Map.of());
        scenario.throughPreliminary(year, Map.of("TD1", 50));

        complaints.file(year, "TD1", "2.2", "Lần 1", List.of(), Scenario.unit("TD1"));
        Complaint second = complaints.file(year, "TD1", "2.2", "Lần 2", List.of(), Scenario.unit("TD1"));

        assertThat(second.status()).isEqualTo(ComplaintStatus.INELIGIBLE);
        assertThat(second.decisionReason()).contains("đã có kiến nghị");
    }

    private List<String> indexAndRank(int year, String stage) {
        return results.results(year, stage).stream()
                .map(r -> r.unitCode() + " " + r.index() + " " + r.classification() + " " + r.rank())
                .collect(Collectors.toList());
    }

    /**
     * 501 units: after the opening's save point, two batches, each a job of its own, so a crash between them keeps
     * the first batch's processes and the job executor goes on with the second.
     */
    @Test
    void aYearStartsItsUnitsProcessesBatchByBatchEachASavePoint() {
        List<String> codes = scenario.registerCommunes("LO", 501, "Khối xã khởi tạo theo lô");
        int year = scenario.openYearDueIn(codes, Duration.ofDays(10), Duration.ofDays(3));
        List<Long> startedAfterEachJob = new ArrayList<>(List.of(unitProcesses(year)));
        for (List<Job> due = yearJobs.due(year); !due.isEmpty(); due = yearJobs.due(year)) {
            assertThat(due).as("one job at a time").hasSize(1);
            management.executeJob(due.get(0).getId());
            startedAfterEachJob.add(unitProcesses(year));
        }
        assertThat(startedAfterEachJob).containsExactly(0L, 0L, 500L, 501L);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ProcessKeys.unitKey(year, "LO_99"))
                .count()).as("every unit once").isEqualTo(1);
        assertThat(waitingAt(year, "Task_StartUnitAppraisals")).isFalse();
        assertThat(waitingAt(year, "Task_ImportSurvey")).isTrue();
    }

    private long unitProcesses(int year) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.UNIT_APPRAISAL)
                .processInstanceBusinessKeyLike(year + ":%").count();
    }

    private boolean waitingAt(int year, String activityId) {
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPRAISAL_CYCLE)
                .processInstanceBusinessKey(ProcessKeys.cycleKey(year)).singleResult();
        return instance != null && runtime.getActiveActivityIds(instance.getId()).contains(activityId);
    }
}
