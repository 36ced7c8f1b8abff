package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.security.Roles;
import vn.parindex.support.Await;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.TestMail;

/** A unit's notifications reach its accounts' mailboxes once, however many senders and however many retries. */
class MailIT extends IntegrationTest {

    @Autowired IdentityService identity;
    @Autowired MailOutbox outbox;
    @Autowired Notifications notifications;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void aReturnedFileIsMailedOnceToTheUnitsAccountsEvenWithTwoSendersAtOnce() throws Exception {
        scenario.ensureUser("th1-mail", Roles.unitGroup("TH1"));
        User user = identity.createUserQuery().userId("th1-mail").singleResult();
        user.setEmail("vanthu@th1.gov.vn");
        identity.saveUser(user);
        int year = scenario.openYear(List.of("TH1"));

        scenario.submit(year, "TH1");   // nothing filled in: returned for completion

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(outbox::sendDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(outbox::sendDue);
        one.get();
        two.get();
        Await.until("the e-mail arrives", java.time.Duration.ofSeconds(30), () -> !TestMail.received("vanthu@th1.gov.vn", "năm " + year).isEmpty());
        outbox.sendDue();
        List<MimeMessage> received = TestMail.received("vanthu@th1.gov.vn", "năm " + year);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).startsWith("Chỉ số CCHC năm " + year + ": Hồ sơ chưa đầy đủ, đã trả lại để bổ sung");
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
