package vn.parindex.notification;

import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.EngineClock;

/**
 * E-mail for every notification, when an SMTP server is configured ({@code spring.mail.host}). A notification's
 * e-mails are written in its own transaction, one per recipient (the e-mail addresses of the unit's accounts, or of
 * every assessed unit's accounts for a year-wide notice): a job that is retried after a failure has left none
 * behind. Every node sends what is due; a row goes to the node whose guarded claim succeeds, so it is sent once on
 * any number of nodes (a node dying between the SMTP server's acceptance and its commit may send one twice).
 */
@Component
@ConditionalOnProperty("spring.mail.host")
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 100;
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final String from;

    MailOutbox(JdbcClient jdbc, JavaMailSender mail, @Value("${par.mail.from:chiso-cchc@localhost}") String from) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.from = from;
    }

    void enqueue(long notificationId, int year, String unitCode, String message) {
        List<String> recipients = unitCode != null
                ? jdbc.sql("""
                        select distinct u.EMAIL_ from ACT_ID_USER u join ACT_ID_MEMBERSHIP m on m.USER_ID_ = u.ID_
                        where m.GROUP_ID_ = ? and u.EMAIL_ is not null and u.EMAIL_ <> ''""")
                        .param("unit-" + unitCode).query(String.class).list()
                : jdbc.sql("""
                        select distinct u.EMAIL_ from ACT_ID_USER u join ACT_ID_MEMBERSHIP m on m.USER_ID_ = u.ID_
                        join assessment a on m.GROUP_ID_ = 'unit-' || a.unit_code
                        where a.year = ? and u.EMAIL_ is not null and u.EMAIL_ <> ''""")
                        .param(year).query(String.class).list();
        String subject = "Chỉ số CCHC năm " + year + ": " + (message.length() > 120 ? message.substring(0, 117) + "…" : message);
        String body = message + "\n\nThư tự động từ hệ thống Chỉ số cải cách hành chính; đăng nhập để xem chi tiết. "
                + "Xin đừng trả lời thư này.";
        for (String recipient : recipients) {
            jdbc.sql("insert into email_outbox (notification_id, recipient, subject, body, created_at) values (?, ?, ?, ?, ?)")
                    .params(notificationId, recipient, subject, body, EngineClock.now()).update();
        }
    }

    /** Sends what is due; a claim left by a node that stopped is taken over after five minutes. */
    @Scheduled(fixedDelayString = "${par.mail.send-every:PT10S}")
    public int sendDue() {
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime stale = now.minusMinutes(5);
        List<Long> due = jdbc.sql("""
                select id from email_outbox where sent_at is null and attempts < ? and (claimed_at is null or claimed_at < ?)
                order by id""").params(MAX_ATTEMPTS, stale).query(Long.class).list().stream().limit(BATCH).toList();
        int sent = 0;
        for (long id : due) {
            int claimed = jdbc.sql("""
                    update email_outbox set claimed_by = ?, claimed_at = ?, attempts = attempts + 1
                    where id = ? and sent_at is null and (claimed_at is null or claimed_at < ?)""")
                    .params(NODE, now, id, stale).update();
            if (claimed == 1 && send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(long id) {
        SimpleMailMessage message = jdbc.sql("select recipient, subject, body from email_outbox where id = ?").param(id)
                .query((rs, n) -> {
                    SimpleMailMessage m = new SimpleMailMessage();
                    m.setFrom(from);
                    m.setTo(rs.getString(1));
                    m.setSubject(rs.getString(2));
                    m.setText(rs.getString(3));
                    return m;
                }).single();
        try {
            mail.send(message);
            jdbc.sql("update email_outbox set sent_at = ? where id = ?").params(LocalDateTime.now(), id).update();
            return true;
        } catch (MailException e) {
            log.warn("E-mail {} to {} not sent: {}", id, message.getTo()[0], e.toString());
            jdbc.sql("update email_outbox set claimed_at = null, last_error = ? where id = ?")
                    .params(truncate(e.toString()), id).update();
            return false;
        }
    }

    private static String truncate(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
