package vn.parindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.complaint.Complaint;
import vn.parindex.complaint.ComplaintService;
import vn.parindex.complaint.ComplaintStatus;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.year.CyclePhase;
import vn.parindex.year.Years;

/**
 * The HTTP surface of the complaint, approval and council forms: each role acts only in its step, bad input and a
 * second decision are refused with Vietnamese messages, and a refusal changes nothing.
 */
class DecisionsApiIT extends IntegrationTest {

    @Autowired ComplaintService complaints;
    @Autowired Years cycles;

    private Http td1;
    private Http td2;
    private Http reviewer;
    private Http leadership;
    private Http council;
    private int year;

    @BeforeEach
    void preliminaryResults() {
        scenario.ensureUser("td1-decisions", Roles.unitGroup("TD1"));
        scenario.ensureUser("td2-decisions", Roles.unitGroup("TD2"));
        scenario.ensureUser("kn-decisions", Roles.COMPLAINT_REVIEWERS);
        scenario.ensureUser("ld-decisions", Roles.LEADERSHIP);
        scenario.ensureUser("hd-decisions", Roles.COUNCIL);
        td1 = Http.as(port, "td1-decisions", "pw");
        td2 = Http.as(port, "td2-decisions", "pw");
        reviewer = Http.as(port, "kn-decisions", "pw");
        leadership = Http.as(port, "ld-decisions", "pw");
        council = Http.as(port, "hd-decisions", "pw");
        year = scenario.openYear(List.of("TD1", "TD2"));
        scenario.throughAppraisal(year, "TD1", Map.of());
        scenario.throughAppraisal(year, "TD2", Map.of());
        scenario.throughPreliminary(year, Map.of("TD1", 80, "TD2", 80));
    }

    @Test
    void complaintsAreFiledByTheirUnitAndDecidedOnceByAReviewer() {
        String filing = "/api/cycles/" + year + "/complaints";
        assertThat(td2.form(filing, "files", Map.of(), "unitCode", "TD1", "leafCode", "1.2", "reason", "Thay đơn vị khác")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> noReason = td1.form(filing, "files", Map.of(),
                "unitCode", "TD1", "leafCode", "1.2", "reason", " ");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("nội dung kiến nghị");
        assertThat(td1.form(filing, "files", Map.of(), "unitCode", "TD1", "reason", "Không chọn tiêu chí").body())
                .contains("Phải chọn tiêu chí kiến nghị");
        assertThat(complaints.list(year, Scenario.role(Roles.COMPLAINT_REVIEWERS))).isEmpty();

        HttpResponse<String> filed = td1.form(filing, "files", Map.of(),
                "unitCode", "TD1", "leafCode", "1.2", "reason", "Đã có báo cáo");
        assertThat(filed.statusCode()).isEqualTo(200);
        long id = Long.parseLong(filed.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        String decision = "/api/complaints/" + id + "/decision";
        assertThat(td2.get("/api/complaints/" + id).statusCode()).isEqualTo(403);
        assertThat(td1.json("POST", decision, "{\"accepted\":true,\"newPoints\":4,\"reason\":\"Tự chấm\"}").statusCode()).isEqualTo(403);
        assertThat(reviewer.json("POST", decision, "{\"accepted\":true,\"reason\":\"Có căn cứ\"}").body())
                .contains("phải nhập điểm mới");
        assertThat(reviewer.json("POST", decision, "{\"accepted\":true,\"newPoints\":40,\"reason\":\"Có căn cứ\"}").statusCode())
                .as("above the leaf's maximum").isEqualTo(400);
        assertThat(reviewer.json("POST", decision, "{\"accepted\":false}").body()).contains("lý do giải quyết");
        assertThat(complaints.get(id, Scenario.role(Roles.COMPLAINT_REVIEWERS)).status()).isEqualTo(ComplaintStatus.PENDING);

        assertThat(reviewer.json("POST", decision, "{\"accepted\":false,\"reason\":\"Báo cáo ban hành sau thời hạn\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> twice = reviewer.json("POST", decision, "{\"accepted\":true,\"newPoints\":4,\"reason\":\"Xét lại\"}");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("đã được xử lý");
        assertThat(complaints.get(id, Scenario.role(Roles.COMPLAINT_REVIEWERS)).status()).isEqualTo(ComplaintStatus.REJECTED);
    }

    @Test
    void newPointsAreReadAsTypedWithADecimalCommaAndWhatIsNotANumberIsRefusedAtTheLeaf() {
        HttpResponse<String> filed = td2.form("/api/cycles/" + year + "/complaints", "files", Map.of(),
                "unitCode", "TD2", "leafCode", "1.2", "reason", "Đã có báo cáo");
        long id = Long.parseLong(filed.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        String decision = "/api/complaints/" + id + "/decision";

        HttpResponse<String> text = reviewer.json("POST", decision, "{\"accepted\":true,\"newPoints\":\"1,5 điểm\",\"reason\":\"Có căn cứ\"}");
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("\"fields\":{\"1.2\":[\"Điểm mới \\\"1,5 điểm\\\" không phải là số");
        assertThat(complaints.get(id, Scenario.role(Roles.COMPLAINT_REVIEWERS)).status()).isEqualTo(ComplaintStatus.PENDING);

        HttpResponse<String> comma = reviewer.json("POST", decision, "{\"accepted\":true,\"newPoints\":\"1,5\",\"reason\":\"Có căn cứ\"}");
        assertThat(comma.statusCode()).as(comma.body()).isEqualTo(200);
        Complaint decided = complaints.get(id, Scenario.role(Roles.COMPLAINT_REVIEWERS));
        assertThat(decided.status()).isEqualTo(ComplaintStatus.ACCEPTED);
        assertThat(decided.newPoints()).isEqualByComparingTo("1.5");
    }

    @Test
    void leadershipDecidesTheCouncilRevisesAndEachOnlyInItsStep() {
        String approval = "/api/cycles/" + year + "/approval";
        String adjustments = "/api/cycles/" + year + "/council-adjustments";
        scenario.advance(year, Duration.ofDays(6));
        assertThat(td1.json("POST", approval, "{\"approved\":true}").statusCode()).isEqualTo(403);
        assertThat(council.json("POST", approval, "{\"approved\":true}").statusCode()).isEqualTo(403);
        assertThat(leadership.json("POST", approval, "{\"approved\":false}").body()).contains("phải nêu lý do");
        assertThat(council.json("PUT", adjustments, "{\"unitCode\":\"TD2\",\"leafCode\":\"1.2\",\"points\":1,\"reason\":\"Sớm\"}")
                .body()).contains("khi lãnh đạo trả lại kết quả");
        assertThat(cycles.get(year).phase()).isEqualTo(CyclePhase.AWAITING_APPROVAL);

        assertThat(leadership.json("POST", approval, "{\"approved\":false,\"reason\":\"Rà soát tiêu chí 1.2\"}").statusCode())
                .isEqualTo(204);
        assertThat(td1.get(approval).statusCode()).as("units do not read leadership's remarks").isEqualTo(403);
        assertThat(council.get(approval).body()).contains("Rà soát tiêu chí 1.2");
        assertThat(leadership.json("PUT", adjustments, "{\"unitCode\":\"TD2\",\"leafCode\":\"1.2\",\"points\":1,\"reason\":\"Lý do\"}")
                .statusCode()).isEqualTo(403);
        assertThat(council.json("PUT", adjustments, "{\"unitCode\":\"TD2\",\"leafCode\":\"1.2\",\"points\":99,\"reason\":\"Lý do\"}")
                .statusCode()).as("above the leaf's maximum").isEqualTo(400);
        assertThat(council.json("PUT", adjustments, "{\"unitCode\":\"TD2\",\"leafCode\":\"1.2\",\"points\":1}").body())
                .contains("Phải nêu lý do");
        assertThat(council.json("PUT", adjustments, "{\"unitCode\":\"TD2\",\"leafCode\":\"1.2\",\"points\":1,\"reason\":\"Số liệu quý IV\"}")
                .statusCode()).isEqualTo(204);
        assertThat(council.json("POST", "/api/cycles/" + year + "/council-revision/complete", null).statusCode()).isEqualTo(204);
        scenario.runJobs(year);

        assertThat(leadership.json("POST", approval, "{\"approved\":true}").statusCode()).isEqualTo(204);
        scenario.runJobs(year);
        assertThat(cycles.get(year).phase()).isEqualTo(CyclePhase.PUBLISHED);
        HttpResponse<String> again = leadership.json("POST", approval, "{\"approved\":true}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("đã khóa");
    }
}
