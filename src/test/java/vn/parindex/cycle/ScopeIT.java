package vn.parindex.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.assessment.Assessments;
import vn.parindex.ranking.ResultService;
import vn.parindex.ranking.UnitResult;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;

/**
 * Who a year assesses: the units valid on its reference date, never a unit beside its successor; and a unit assessed
 * but not ranked. SCA and SCB merge into SCAB on 1 July of the first test year (SDA, SDB into SDAB for the second).
 */
class ScopeIT extends IntegrationTest {

    @Autowired Assessments assessments;
    @Autowired ResultService results;

    private Http standingBody;

    @BeforeEach
    void standingBody() {
        scenario.ensureUser("nv-pham-vi", Roles.STANDING_BODY);
        standingBody = Http.as(port, "nv-pham-vi", "pw");
    }

    @Test
    void aYearAssessesTheUnitsValidOnItsReferenceDateAndNeverAUnitBesideItsSuccessor() {
        int year = scenario.unusedYear();
        mergeIn(year, "SC");
        String due = "\"selfAssessmentDue\":\"" + Scenario.dueSoon() + "\"";

        HttpResponse<String> both = standingBody.json("POST", "/api/cycles", "{\"year\":" + year + "," + due
                + ",\"referenceDate\":\"" + year + "-06-30\",\"unitCodes\":[\"SCA\",\"SCAB\"]}");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("Đơn vị SCAB không có hiệu lực vào ngày chốt 30/06/" + year + ".",
                "Đơn vị SCA và đơn vị kế thừa SCAB không thể cùng được đánh giá trong một năm.");
        assertThat(standingBody.json("POST", "/api/cycles", "{\"year\":" + year + "," + due + ",\"referenceDate\":\""
                + (year + 1) + "-01-01\"}").body()).contains("Ngày chốt danh sách đơn vị phải là một ngày của năm " + year);
        assertThat(standingBody.json("POST", "/api/cycles", "{\"year\":" + year + "," + due
                + ",\"unrankedUnitCodes\":[\"SCA\"]}").body()).contains("Đơn vị không xếp hạng phải thuộc phạm vi đánh giá: SCA.");
        assertThat(standingBody.get("/api/cycles/" + year).statusCode()).as("nothing opened").isEqualTo(404);

        HttpResponse<String> opened = standingBody.json("POST", "/api/cycles", "{\"year\":" + year + "," + due + "}");
        assertThat(opened.statusCode()).isEqualTo(201);
        assertThat(opened.body()).contains("\"referenceDate\":\"" + year + "-12-31\"");
        assertThat(assessments.findAll(year)).extracting(a -> a.unitCode()).contains("SCAB", "TD1").doesNotContain("SCA", "SCB");
    }

    /**
     * TD1 and TD2 in full (100.00), SCAB 1.2 at 50% (98.00); TD2 assessed but not ranked, then ranked before the
     * preliminary results are published, and taken out again after.
     */
    @Test
    void aUnitAssessedButNotRankedKeepsItsIndexAndBandOutsideTheRanking() {
        int year = scenario.unusedYear();
        mergeIn(year, "SD");
        HttpResponse<String> opened = standingBody.json("POST", "/api/cycles", "{\"year\":" + year
                + ",\"selfAssessmentDue\":\"" + Scenario.dueSoon() + "\",\"unitCodes\":[\"TD1\",\"TD2\",\"SDAB\"],"
                + "\"unrankedUnitCodes\":[\"TD2\"]}");
        assertThat(opened.statusCode()).isEqualTo(201);
        scenario.runJobs(year);
        scenario.throughAppraisal(year, "TD1", Map.of());
        scenario.throughAppraisal(year, "TD2", Map.of());
        scenario.throughAppraisal(year, "SDAB", Map.of("1.2", new BigDecimal("50")));
        scenario.importSurvey(year, Map.of("TD1", 100, "TD2", 100, "SDAB", 100));

        assertThat(results.results(year, ResultService.PRELIMINARY)).extracting(this::line)
                .containsExactly("TD1 100.00 Nhóm 1 1", "SDAB 98.00 Nhóm 1 2", "TD2 100.00 Nhóm 1 0 " + UnitResult.NOT_RANKED);

        scenario.ensureUser("dv-td2-pham-vi", Roles.unitGroup("TD2"));
        assertThat(Http.as(port, "dv-td2-pham-vi", "pw").json("PUT", "/api/cycles/" + year + "/units/TD2/ranked",
                "{\"ranked\":true}").statusCode()).isEqualTo(403);
        assertThat(standingBody.json("PUT", "/api/cycles/" + year + "/units/TD2/ranked", "{}").statusCode()).isEqualTo(400);
        assertThat(standingBody.json("PUT", "/api/cycles/" + year + "/units/TD2/ranked", "{\"ranked\":true}").statusCode())
                .isEqualTo(204);
        assertThat(results.results(year, ResultService.PRELIMINARY)).extracting(this::line)
                .containsExactly("TD1 100.00 Nhóm 1 1 Đồng hạng: bằng chỉ số", "TD2 100.00 Nhóm 1 1 Đồng hạng: bằng chỉ số",
                        "SDAB 98.00 Nhóm 1 3");

        scenario.publishPreliminary(year);
        assertThat(standingBody.json("PUT", "/api/cycles/" + year + "/units/TD2/ranked", "{\"ranked\":false}").statusCode())
                .isEqualTo(204);
        assertThat(results.results(year, ResultService.PRELIMINARY)).extracting(this::line)
                .as("published preliminary results stay as published; the final ones will leave TD2 out")
                .containsExactly("TD1 100.00 Nhóm 1 1 Đồng hạng: bằng chỉ số", "TD2 100.00 Nhóm 1 1 Đồng hạng: bằng chỉ số",
                        "SDAB 98.00 Nhóm 1 3");
        scenario.advance(year, Duration.ofDays(6));
        assertThat(standingBody.get("/api/cycles/" + year + "/results/changes").body()).as("the final results, with why")
                .contains("\"result\":{\"index\":100.00,\"classification\":\"Nhóm 1\",\"rank\":0},\"reasons\":"
                        + "[\"Cơ quan thường trực đưa đơn vị ra khỏi bảng xếp hạng của năm\"],\"rankOrBandChanged\":true}");
    }

    private String line(UnitResult r) {
        String rule = r.rank() == 0 || r.rankRule().startsWith("Đồng") ? " " + r.rankRule() : "";
        return (r.unitCode() + " " + r.index() + " " + r.classification() + " " + r.rank() + rule).trim();
    }

    /** P+A and P+B until 30 June of the year, P+AB from 1 July, formed from both. */
    private void mergeIn(int year, String p) {
        scenario.ensureFixture();
        scenario.registerUnits(List.of(
                List.of(p + "A", "Sở thử nghiệm " + p + "A", "DEPARTMENT", "Khối sở thử nghiệm", "", "2012-01-01", year + "-06-30", ""),
                List.of(p + "B", "Sở thử nghiệm " + p + "B", "DEPARTMENT", "Khối sở thử nghiệm", "", "2012-01-01", year + "-06-30", ""),
                List.of(p + "AB", "Sở thử nghiệm " + p + "A và " + p + "B", "DEPARTMENT", "Khối sở thử nghiệm", "",
                        year + "-07-01", "", p + "A, " + p + "B")));
    }
}
