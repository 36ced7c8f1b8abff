package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
 * leadership reads with the reason before approving, and each unit whose rank or band moved is told at publication
 * (the year: {@link Scenario#yearWithAcceptedComplaint}).
 */
class ResultChangesIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @Autowired ResultService results;
    @Autowired IdentityService identity;
    @Autowired MailOutbox outbox;
    @Autowired UnitNames unitNames;

    @Test
    void leadershipReadsEachUnitsPreliminaryAndFinalStandingWithTheReason() throws Exception {
        int year = scenario.yearWithAcceptedComplaint();
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
        int year = scenario.yearWithAcceptedComplaint();
        assertThat(Http.as(port, "td2-changes", "pw").get("/api/cycles/" + year + "/results/changes").statusCode())
                .as("a unit reads the changes once the final results are published").isEqualTo(403);
        String publicChanges = "/public-api/years/" + year + "/results/changes";
        assertThat(Http.anonymous(port).get(publicChanges).statusCode()).as("nothing public before publication").isEqualTo(404);

        scenario.approve(year);

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
        JsonNode seenByAnyone = JSON.readTree(Http.anonymous(port).get(publicChanges).body());
        assertThat(seenByAnyone).extracting(ResultChangesIT::line).containsExactly("TD1 94.00 Nhóm 1 2 → 97.00 Nhóm 1 1 true",
                "TD2 95.50 Nhóm 1 1 → 95.50 Nhóm 1 2 true", "TD3 87.40 Nhóm 2 3 → 87.40 Nhóm 2 3 false");
        assertThat(seenByAnyone).as("the reasons are the unit's and the staff's").allSatisfy(c -> assertThat(c.get("reasons")).isEmpty());
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
