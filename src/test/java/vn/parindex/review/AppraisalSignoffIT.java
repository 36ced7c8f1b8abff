package vn.parindex.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;

/**
 * A round closes when every field has confirmed its areas; no member closes it for the others, by any way in. Each
 * member's Tasklist queue holds the files still waiting for his areas.
 */
class AppraisalSignoffIT extends IntegrationTest {

    @Autowired Assessments assessments;
    @Autowired JdbcTemplate jdbc;
    @Autowired FilterService filters;
    @Autowired AppraiserAreas areas;

    @Test
    void eachFieldConfirmsItsAreasAndTheLastConfirmationClosesTheRound() {
        scenario.ensureAppraiser("td-field-a", Set.of("1", "4", "5", "8", "9"));
        scenario.ensureAppraiser("td-field-b", Set.of("2", "3", "6", "7"));
        scenario.ensureAppraiser("td-no-field", Set.of());
        int year = scenario.openYear(List.of("TD1"));
        scenario.throughAppraisalStart(year, "TD1");
        String close = "/api/cycles/" + year + "/assessments/TD1/appraisal/complete";
        String task = scenario.task(ProcessKeys.unitKey(year, "TD1"), TaskKeys.APPRAISAL_ROUND_1).getId();

        HttpResponse<String> none = Http.as(port, "td-no-field", "pw").json("POST", close, null);
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.body()).contains("chưa được phân công thẩm định lĩnh vực nào");

        Http fieldA = Http.as(port, "td-field-a", "pw");
        assertThat(fieldA.json("POST", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"td-field-a\"}").statusCode())
                .as("claimed in the Tasklist to open the form").isEqualTo(204);
        HttpResponse<String> direct = fieldA.json("POST", "/engine-rest/task/" + task + "/complete", "{}");
        assertThat(direct.statusCode()).as("closing through the engine's API").isEqualTo(400);
        assertThat(direct.body()).contains("các lĩnh vực 1, 2, 3, 4, 5, 6, 7, 9 chưa được thành viên phụ trách xác nhận");

        HttpResponse<String> first = fieldA.json("POST", close, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"closed\":false", "\"waitingAreas\":[\"2\",\"3\",\"6\",\"7\"]");
        assertThat(assessments.get(year, "TD1").status()).isEqualTo(AssessmentStatus.APPRAISAL_1);
        assertThat(scenario.task(ProcessKeys.unitKey(year, "TD1"), TaskKeys.APPRAISAL_ROUND_1).getAssignee())
                .as("given back for the next field").isNull();
        HttpResponse<String> stillOpen = fieldA.json("POST", "/engine-rest/task/" + task + "/complete", "{}");
        assertThat(stillOpen.statusCode()).isEqualTo(400);
        assertThat(stillOpen.body()).contains("các lĩnh vực 2, 3, 6, 7 chưa được thành viên phụ trách xác nhận");

        HttpResponse<String> last = Http.as(port, "td-field-b", "pw").json("POST", close, null);
        assertThat(last.statusCode()).isEqualTo(200);
        assertThat(last.body()).contains("\"closed\":true", "\"waitingAreas\":[]");
        scenario.runJobs(year);
        assertThat(assessments.get(year, "TD1").status()).isEqualTo(AssessmentStatus.APPRAISED);
        assertThat(jdbc.queryForList("select user_id || ':' || area_code from appraisal_signoff s join assessment a "
                + "on a.id = s.assessment_id where a.year = ? and s.stage = 'APPRAISAL_1'", String.class, year))
                .containsExactlyInAnyOrder("td-field-a:1", "td-field-a:4", "td-field-a:5", "td-field-a:9",
                        "td-field-b:2", "td-field-b:3", "td-field-b:6", "td-field-b:7");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'APPRAISAL_AREAS_CONFIRMED' and year = ?",
                Integer.class, year)).isEqualTo(2);
    }

    @Test
    void aSecondConfirmationIsRefusedAndSaysWhatWasConfirmed() {
        scenario.ensureAppraiser("td-twice-a", Set.of("1", "4", "5", "8", "9"));
        scenario.ensureAppraiser("td-twice-b", Set.of("2", "3", "6", "7"));
        int year = scenario.openYear(List.of("TD2"));
        scenario.throughAppraisalStart(year, "TD2");
        String base = "/api/cycles/" + year + "/assessments/TD2/appraisal";
        Http fieldA = Http.as(port, "td-twice-a", "pw");
        assertThat(fieldA.json("POST", base + "/complete", null).statusCode()).isEqualTo(200);

        HttpResponse<String> again = fieldA.json("POST", base + "/complete", null);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Bạn đã xác nhận lĩnh vực 1, 4, 5, 9 của hồ sơ này ở thẩm định vòng 1",
                "không cần xác nhận lại", "đang chờ các lĩnh vực 2, 3, 6, 7");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'APPRAISAL_AREAS_CONFIRMED' and year = ?",
                Integer.class, year)).isEqualTo(1);
        HttpResponse<String> state = fieldA.get(base);
        assertThat(state.statusCode()).isEqualTo(200);
        assertThat(state.body()).contains("\"mine\":[\"1\",\"4\",\"5\",\"9\"]", "\"confirmed\":[\"1\",\"4\",\"5\",\"9\"]",
                "\"waitingAreas\":[\"2\",\"3\",\"6\",\"7\"]");
    }

    @Test
    void eachMembersQueueHoldsTheFilesStillWaitingForHisAreas() {
        scenario.ensureAppraiser("td-queue-a", Set.of("1", "4", "5", "8", "9"));
        scenario.ensureAppraiser("td-queue-b", Set.of("2", "3", "6", "7"));
        scenario.ensureAppraiser("td-queue-late", Set.of());
        int year = scenario.openYear(List.of("TD3"));
        scenario.throughAppraisalStart(year, "TD3");
        Task round = scenario.task(ProcessKeys.unitKey(year, "TD3"), TaskKeys.APPRAISAL_ROUND_1);
        assertThat(round.getName()).as("the unit's name and block").isEqualTo("Thẩm định vòng 1: Sở thử nghiệm TD3 (Khối sở thử nghiệm)");
        String listed = "\"id\":\"" + round.getId() + "\"";
        assertThat(queue("td-queue-a")).contains(listed);
        assertThat(queue("td-queue-b")).contains(listed);
        assertThat(queue("td-queue-late")).doesNotContain(listed);

        assertThat(Http.as(port, "td-queue-a", "pw").json("POST", "/api/cycles/" + year + "/assessments/TD3/appraisal/complete",
                null).statusCode()).isEqualTo(200);
        assertThat(queue("td-queue-a")).as("confirmed: off his queue").doesNotContain(listed);
        assertThat(queue("td-queue-b")).contains(listed);

        areas.assign("td-queue-late", Set.of("7"));
        assertThat(queue("td-queue-late")).as("given an area still waiting").contains(listed);
        areas.assign("td-queue-late", Set.of("1"));
        assertThat(queue("td-queue-late")).as("his only area confirmed by his field").doesNotContain(listed);
    }

    /** The filter "Hồ sơ chờ tôi thẩm định" as the member's Tasklist lists it. */
    private String queue(String member) {
        String filter = filters.createFilterQuery().filterName("Hồ sơ chờ tôi thẩm định").singleResult().getId();
        HttpResponse<String> list = Http.as(port, member, "pw").json("POST", "/engine-rest/filter/" + filter + "/list", "{}");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return list.body();
    }
}
