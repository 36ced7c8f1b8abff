package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.complaint.Complaint;
import vn.parindex.complaint.ComplaintService;
import vn.parindex.cycle.ApprovalService;
import vn.parindex.notification.MailOutbox;
import vn.parindex.org.UnitNames;
import vn.parindex.security.Roles;
import vn.parindex.support.Await;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.support.TestMail;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;

/**
 * The preliminary results are kept as published; an accepted complaint changes the final results against them, which
 * leadership reads with the reason before approving, and each unit whose rank or band moved is told at publication.
 * Departments (by hand from the sample catalogue, see AppraisalCycleIT): TD1 94.00, TD2 95.50, TD3 87.40 (Nhóm 2);
 * TD1's complaint on survey leaf 8.1 (12.00 → 15.00) lifts it to 97.00, first, and pushes TD2 to second.
 */
class ResultChangesIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @Autowired ComplaintService complaints;
    @Autowired ApprovalService approval;
    @Autowired ResultService results;
    @Autowired IdentityService identity;
    @Autowired MailOutbox outbox;
    @Autowired UnitNames unitNames;

    @Test
    void leadershipReadsEachUnitsPreliminaryAndFinalStandingWithTheReason() throws Exception {
        int year = yearWithAcceptedComplaint();
        scenario.ensureUser("ld-changes", Roles.LEADERSHIP);
        assertThat(scenario.task(ProcessKeys.cycleKey(year), TaskKeys.APPROVE_RESULTS)).isNotNull();

        JsonNode changes = JSON.readTree(Http.as(port, "ld-changes", "pw")
                .get("/api/cycles/" + year + "/results/changes").body());

        assertThat(line(changes.get(0))).isEqualTo("TD1 94.00 Nhóm 1 2 → 97.00 Nhóm 1 1 true");
        assertThat(changes.get(0).get("reasons").get(0).asText())
                .isEqualTo("Kiến nghị được chấp nhận, tiêu chí 8.1: 15.00 điểm (Bổ sung 12 phiếu khảo sát hợp lệ)");
        assertThat(line(changes.get(1))).isEqualTo("TD2 95.50 Nhóm 1 1 → 95.50 Nhóm 1 2 true");
        assertThat(changes.get(1).get("reasons").get(0).asText()).isEqualTo(ResultChanges.OTHERS_CHANGED);
        assertThat(line(changes.get(2))).isEqualTo("TD3 87.40 Nhóm 2 3 → 87.40 Nhóm 2 3 false");
        assertThat(changes.get(2).get("reasons")).isEmpty();
        assertThat(results.results(year, ResultService.PRELIMINARY)).extracting(UnitResult::unitCode, UnitResult::rank)
                .as("the preliminary ranking is kept as published")
                .containsExactly(tuple("TD2", 1), tuple("TD1", 2),
                        tuple("TD3", 3));
    }

    @Test
    void aUnitPushedDownIsToldByMailWhenTheFinalResultsArePublishedAndAnUnchangedOneIsNot() throws Exception {
        String td2 = mailbox("td2-changes", "TD2");
        String td3 = mailbox("td3-changes", "TD3");
        int year = yearWithAcceptedComplaint();
        assertThat(Http.as(port, "td2-changes", "pw").get("/api/cycles/" + year + "/results/changes").statusCode())
                .as("a unit reads the changes once the final results are published").isEqualTo(403);

        approval.decide(year, true, null, Scenario.role(Roles.LEADERSHIP));
        scenario.runJobs(year);

        String subject = "Chỉ số CCHC năm " + year + " – " + unitNames.name("TD2") + ": Kết quả chính thức khác kết quả sơ bộ";
        Await.until("the change reaches TD2", Duration.ofSeconds(30), () -> {
            outbox.sendDue();
            return !TestMail.received(td2, subject).isEmpty();
        });
        MimeMessage told = TestMail.received(td2, subject).get(0);
        assertThat(told.getSubject()).contains("chỉ số 95.50% → 95.50%, xếp loại Nhóm 1 → Nhóm 1, hạng 1 → hạng 2 (khối xếp hạng: ",
                "Lý do: " + ResultChanges.OTHERS_CHANGED);
        assertThat(told.getContent().toString()).contains("Xem kết quả: http://localhost:8080/ket-qua.html");
        assertThat(TestMail.received(td3, "năm " + year, "Kết quả chính thức khác")).isEmpty();
        JsonNode seenByTd2 = JSON.readTree(Http.as(port, "td2-changes", "pw").get("/api/cycles/" + year + "/results/changes").body());
        assertThat(seenByTd2.get(0).get("reasons")).as("another unit's complaint is not TD2's to read").isEmpty();
        assertThat(seenByTd2.get(1).get("reasons")).hasSize(1);
    }

    /** TD1, TD2, TD3 through the preliminary results; TD1's complaint on 8.1 accepted; the window closed. */
    private int yearWithAcceptedComplaint() throws IOException {
        int year = scenario.openYear(Scenario.DEPARTMENTS);
        scenario.throughAppraisal(year, "TD1", Map.of());
        scenario.throughAppraisal(year, "TD2", Map.of("1.2", BigDecimal.valueOf(50), "7.1", BigDecimal.valueOf(40)));
        scenario.throughAppraisal(year, "TD3", Map.of("3.2", BigDecimal.valueOf(90)));
        scenario.throughPreliminary(year, Map.of("TD1", 80, "TD2", 100, "TD3", 60));
        Complaint complaint = complaints.file(year, "TD1", "8.1", "Kết quả khảo sát bị nhập thiếu phiếu", List.of(), Scenario.unit("TD1"));
        complaints.decide(complaint.id(), true, "15,00", "Bổ sung 12 phiếu khảo sát hợp lệ",
                Scenario.role(Roles.COMPLAINT_REVIEWERS));
        scenario.runJobs(year);
        scenario.advance(year, Duration.ofDays(6));
        return year;
    }

    private static String line(JsonNode change) {
        JsonNode was = change.get("preliminary");
        JsonNode now = change.get("result");
        return change.get("unitCode").asText() + " " + was.get("index").decimalValue().toPlainString() + " "
                + was.get("classification").asText() + " " + was.get("rank").asInt() + " → "
                + now.get("index").decimalValue().toPlainString() + " " + now.get("classification").asText() + " "
                + now.get("rank").asInt() + " " + change.get("rankOrBandChanged").asBoolean();
    }

    /** An account of the unit with an e-mail address of its own, which is returned. */
    private String mailbox(String login, String unitCode) {
        scenario.ensureUser(login, Roles.unitGroup(unitCode));
        User user = identity.createUserQuery().userId(login).singleResult();
        user.setEmail(login + "@hp.gov.vn");
        identity.saveUser(user);
        return user.getEmail();
    }
}
