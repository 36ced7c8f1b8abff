package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.org.UnitNames;
import vn.parindex.security.Roles;
import vn.parindex.support.Await;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.TestMail;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;

/**
 * A unit's notifications reach its accounts' mailboxes once, however many senders and however many retries, naming
 * the unit and leading to its task or page; the staff get one digest a day of the tasks waiting on each of them.
 */
class MailIT extends IntegrationTest {

    @Autowired IdentityService identity;
    @Autowired MailOutbox outbox;
    @Autowired Notifications notifications;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired UnitNames unitNames;
    @Autowired TaskDigest digest;

    @Test
    void aUnitsMailsNameItInFullAndLeadToItsTaskOrTheComplaintPage() throws Exception {
        String mailbox = mailbox("td2-links", Roles.unitGroup("TD2"));
        int year = scenario.openYear(List.of("TD2"));
        String subjectStart = "Chỉ số CCHC năm " + year + " – " + unitNames.name("TD2") + ": ";

        scenario.submitThroughEngine(year, "TD2");   // nothing filled in: returned for completion, with every leaf missing

        MimeMessage returned = arrived(mailbox, subjectStart + "Hồ sơ chưa đầy đủ");
        String message = jdbc.queryForObject("select message from notification where year = ? and unit_code = 'TD2'",
                String.class, year);
        assertThat(message).as("a message longer than a subject used to be").hasSizeGreaterThan(255);
        assertThat(returned.getSubject()).isEqualTo(subjectStart + message);
        String taskId = scenario.task(ProcessKeys.unitKey(year, "TD2"), TaskKeys.SELF_ASSESSMENT).getId();
        assertThat(returned.getContent().toString()).as("the self-assessment task the return created")
                .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + taskId);

        scenario.throughAppraisal(year, "TD2", Map.of());
        scenario.throughPreliminary(year, Map.of("TD2", 80));

        MimeMessage published = arrived(mailbox, subjectStart + "Đã công bố kết quả sơ bộ");
        assertThat(published.getContent().toString())
                .contains("Gửi và theo dõi kiến nghị về kết quả sơ bộ: http://localhost:8080/kien-nghi.html",
                        "Xem kết quả: http://localhost:8080/ket-qua.html");
    }

    @Test
    void eachStaffMemberGetsOneDigestADayListingOnlyTheTasksWaitingOnHim() throws Exception {
        String appraiser = mailbox("td-digest", Roles.APPRAISAL_TEAM);
        String surveyOffice = mailbox("dt-digest", Roles.SURVEY_OFFICE);
        int year = scenario.openYear(List.of("TD3"));
        scenario.throughAppraisalStart(year, "TD3");
        String appraisal = scenario.task(ProcessKeys.unitKey(year, "TD3"), TaskKeys.APPRAISAL_ROUND_1).getId();
        String survey = scenario.task(ProcessKeys.cycleKey(year), TaskKeys.IMPORT_SURVEY).getId();

        digest.queueToday();
        digest.queueToday();   // a second node, or a second run the same day

        String appraiserDigest = arrived(appraiser, "việc đang chờ anh/chị xử lý").getContent().toString();
        String surveyDigest = arrived(surveyOffice, "việc đang chờ anh/chị xử lý").getContent().toString();
        assertThat(appraiserDigest).contains("Kính gửi td-digest,", "#/?task=" + appraisal).doesNotContain(survey);
        assertThat(surveyDigest).contains("#/?task=" + survey).doesNotContain(appraisal);
        outbox.sendDue();
        assertThat(TestMail.received(appraiser, "việc đang chờ")).hasSize(1);
        assertThat(TestMail.received(surveyOffice, "việc đang chờ")).hasSize(1);
    }

    /** A user of the group with an e-mail address of his own, which is returned. */
    private String mailbox(String login, String group) {
        scenario.ensureUser(login, group);
        User user = identity.createUserQuery().userId(login).singleResult();
        user.setEmail(login + "@hp.gov.vn");
        identity.saveUser(user);
        return user.getEmail();
    }

    /** The one e-mail to this address whose subject starts so, once sent. */
    private MimeMessage arrived(String recipient, String subjectText) throws InterruptedException {
        Await.until("the e-mail to " + recipient + " arrives", java.time.Duration.ofSeconds(30), () -> {
            outbox.sendDue();
            return !TestMail.received(recipient, subjectText).isEmpty();
        });
        List<MimeMessage> received = TestMail.received(recipient, subjectText);
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    @Test
    void aReturnedFileIsMailedOnceToTheUnitsAccountsEvenWithTwoSendersAtOnce() throws Exception {
        scenario.ensureUser("th1-mail", Roles.unitGroup("TH1"));
        User user = identity.createUserQuery().userId("th1-mail").singleResult();
        user.setEmail("vanthu@th1.gov.vn");
        identity.saveUser(user);
        int year = scenario.openYear(List.of("TH1"));

        scenario.submitThroughEngine(year, "TH1");   // nothing filled in: returned for completion

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(outbox::sendDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(outbox::sendDue);
        one.get();
        two.get();
        Await.until("the e-mail arrives", java.time.Duration.ofSeconds(30), () -> !TestMail.received("vanthu@th1.gov.vn", "năm " + year).isEmpty());
        outbox.sendDue();
        List<MimeMessage> received = TestMail.received("vanthu@th1.gov.vn", "năm " + year);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).startsWith("Chỉ số CCHC năm " + year + " – " + unitNames.name("TH1")
                + ": Hồ sơ chưa đầy đủ, đã trả lại để bổ sung");
        assertThat(received.get(0).getContent().toString()).contains("Hồ sơ chưa đầy đủ", "Xin đừng trả lời thư này.");
        assertThat(jdbc.queryForObject("select count(*) from email_outbox o join notification n on n.id = o.notification_id "
                + "where n.year = ? and o.sent_at is not null and o.recipient = 'vanthu@th1.gov.vn'", Integer.class, year))
                .as("the sending is recorded").isEqualTo(1);
        scenario.ensureUser("nv-mail", Roles.STANDING_BODY);
        String listed = Http.as(port, "nv-mail", "pw").get("/api/cycles/" + year + "/emails").body();
        assertThat(listed).contains("\"recipient\":\"vanthu@th1.gov.vn\"", "\"sentAt\":\"", "Hồ sơ chưa đầy đủ");
        assertThat(Http.as(port, "th1-mail", "pw").get("/api/cycles/" + year + "/emails").statusCode()).isEqualTo(403);
    }

    @Test
    void aJobThatFailsAfterNotifyingLeavesNoEmailBehindForItsRetry() {
        scenario.ensureUser("th2-mail", Roles.unitGroup("TH2"));
        User user = identity.createUserQuery().userId("th2-mail").singleResult();
        user.setEmail("vanthu@th2.gov.vn");
        identity.saveUser(user);
        int year = scenario.openYear(List.of("TH2"));
        Integer before = jdbc.queryForObject("select count(*) from email_outbox", Integer.class);

        try {
            transactions.executeWithoutResult(status -> {
                notifications.send(year, "TH2", "Đã quá hạn nộp hồ sơ tự đánh giá.");
                throw new IllegalStateException("the job fails after notifying");
            });
        } catch (IllegalStateException expected) {
            // the engine retries the job: its first attempt must leave nothing
        }

        assertThat(jdbc.queryForObject("select count(*) from email_outbox", Integer.class)).isEqualTo(before);
        notifications.send(year, "TH2", "Đã quá hạn nộp hồ sơ tự đánh giá.");
        assertThat(jdbc.queryForObject("select count(*) from email_outbox", Integer.class)).isEqualTo(before + 1);
    }
}
