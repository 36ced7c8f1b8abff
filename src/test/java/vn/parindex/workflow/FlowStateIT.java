package vn.parindex.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.security.Roles;
import vn.parindex.support.AtOnce;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.web.UserFacingException;
import vn.parindex.year.CyclePhase;
import vn.parindex.year.Years;

/** A file's status and a year's phase move only as their state machines allow; of two concurrent completions one wins. */
class FlowStateIT extends IntegrationTest {

    @Autowired Assessments assessments;
    @Autowired JdbcTemplate jdbc;
    @Autowired Years cycles;

    @Test
    void illegalMovesAreRefusedAndChangeNothing() {
        int year = scenario.openYear(List.of("TD1"));
        Assessment draft = assessments.get(year, "TD1");

        assertThatThrownBy(() -> assessments.moveTo(draft, AssessmentStatus.APPRAISED))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Hồ sơ của đơn vị TD1 đang ở bước \"Đang tự đánh giá\"; không thể chuyển sang bước \"Đã thẩm định\".");
        assertThatThrownBy(() -> assessments.moveTo(draft, AssessmentStatus.EXPLANATION)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> cycles.moveTo(year, CyclePhase.PUBLISHED))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("không thể chuyển sang \"Đã công bố kết quả chính thức");
        assertThatThrownBy(() -> cycles.moveTo(year, CyclePhase.OPEN)).isInstanceOf(UserFacingException.class);
        assertThat(assessments.get(year, "TD1").status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(cycles.get(year).phase()).isEqualTo(CyclePhase.OPEN);

        assessments.moveTo(draft, AssessmentStatus.APPRAISAL_1);
        assertThatThrownBy(() -> assessments.moveTo(draft, AssessmentStatus.APPRAISAL_1))
                .as("the same move twice").isInstanceOf(UserFacingException.class);
    }

    @Test
    void ofTwoAppraisersClosingTheSameRoundOneWinsAndTheOtherIsToldSo() throws Exception {
        scenario.ensureAppraiser("race-a", Scenario.ALL_AREAS);
        scenario.ensureAppraiser("race-b", Scenario.ALL_AREAS);
        List<String> units = List.of("TD1", "TD2", "TD3", "TH1", "TH2");
        int year = scenario.openYear(units);
        units.forEach(unit -> scenario.throughAppraisalStart(year, unit));
        Http a = Http.as(port, "race-a", "pw");
        Http b = Http.as(port, "race-b", "pw");

        for (String unit : units) {
            String close = "/api/cycles/" + year + "/assessments/" + unit + "/appraisal/complete";
            List<HttpResponse<String>> responses = AtOnce.both(() -> a.json("POST", close, null), () -> b.json("POST", close, null));

            assertThat(responses).extracting(HttpResponse::statusCode).as(unit).containsExactlyInAnyOrder(200, 409);
            assertThat(responses).filteredOn(r -> r.statusCode() == 409).first().extracting(HttpResponse::body).asString()
                    .containsAnyOf("Không có công việc đang chờ xử lý ở bước này", "chưa đến lượt thẩm định");
            Assessment appraised = assessments.get(year, unit);
            assertThat(appraised.status()).isEqualTo(AssessmentStatus.APPRAISED);
            assertThat(jdbc.queryForObject("select count(*) from score where assessment_id = ? and stage = 'APPRAISAL_1'",
                    Integer.class, appraised.id())).isPositive();
        }
    }

    @Test
    void ofTwoLeadersApprovingAtOnceOneWins() throws Exception {
        scenario.ensureUser("race-ld1", Roles.LEADERSHIP);
        scenario.ensureUser("race-ld2", Roles.LEADERSHIP);
        int year = scenario.openYear(List.of("TD1"));
        scenario.throughAppraisal(year, "TD1", Map.of());
        scenario.throughPreliminary(year, Map.of("TD1", 80));
        scenario.advance(year, Duration.ofDays(6));
        String approval = "/api/cycles/" + year + "/approval";

        List<HttpResponse<String>> responses = AtOnce.both(
                () -> Http.as(port, "race-ld1", "pw").json("POST", approval, "{\"approved\":true}"),
                () -> Http.as(port, "race-ld2", "pw").json("POST", approval, "{\"approved\":false,\"reason\":\"Rà soát\"}"));

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 409);
        assertThat(Http.as(port, "race-ld1", "pw").get(approval).body()).satisfiesAnyOf(
                body -> assertThat(body).contains("\"approved\":true").doesNotContain("\"approved\":false"),
                body -> assertThat(body).contains("\"approved\":false").doesNotContain("\"approved\":true"));
    }
}
