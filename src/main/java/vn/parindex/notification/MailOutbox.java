package vn.parindex.notification;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.parindex.security.Roles;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;

/**
 * E-mail for every notification, when an SMTP server is configured ({@code spring.mail.host}). A notification's
 * e-mails are written in its own transaction, one per recipient (the e-mail addresses of the unit's accounts, or of
 * every assessed unit's accounts for a year-wide notice), each subject naming the year and the recipient's unit, each
 * body linking the page or the unit's waiting task: a job that is retried after a failure has left none behind. Every node sends what is due; a row goes to the node whose guarded claim succeeds, so it is sent once on
 * any number of nodes (a node dying between the SMTP server's acceptance and its commit may send one twice).
 */
@Component
@ConditionalOnProperty("spring.mail.host")
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 100;
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    static final String FOOTER = "Thư tự động từ hệ thống Chỉ số cải cách hành chính. Xin đừng trả lời thư này.";

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final MailLinks links;
    private final String from;

    MailOutbox(JdbcClient jdbc, JavaMailSender mail, MailLinks links,
               @Value("${par.mail.from:chiso-cchc@localhost}") String from) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.links = links;
        this.from = from;
    }

    /**
     * Writes the notification's e-mails when its transaction commits, so that a task the same transaction creates (a
     * file returned for completion, an explanation requested) is there to be linked; a rollback writes none.
     */
    void enqueue(long notificationId, int year, String unitCode, String message, List<Page> pages) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(notificationId, year, unitCode, message, pages);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                write(notificationId, year, unitCode, message, pages);
            }
        });
    }

    private void write(long notificationId, int year, String unitCode, String message, List<Page> pages) {
        for (Recipient r : recipients(year, unitCode)) {
            String subject = "Chỉ số CCHC năm " + year + " – " + r.unitName() + ": " + message;
            String body = message + "\n\n" + links(year, r.unitCode(), pages) + "\n\n" + FOOTER;
            queue(notificationId, r.email(), subject, body, null);
        }
    }

    private record Recipient(String unitCode, String unitName, String email) {
    }

    private List<Recipient> recipients(int year, String unitCode) {
        return jdbc.sql("""
                select distinct un.code, un.name, u.EMAIL_ from unit un
                join ACT_ID_MEMBERSHIP m on m.GROUP_ID_ = 'unit-' || un.code join ACT_ID_USER u on u.ID_ = m.USER_ID_
                where u.EMAIL_ is not null and u.EMAIL_ <> ''""" + (unitCode != null ? " and un.code = ?"
                        : " and un.code in (select unit_code from assessment where year = ?)") + " order by un.code, u.EMAIL_")
                .param(unitCode != null ? unitCode : year)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    private String links(int year, String unitCode, List<Page> pages) {
        if (!pages.isEmpty()) {
            return String.join("\n", pages.stream().map(p -> p.label() + ": " + links.page(p)).toList());
        }
        return jdbc.sql("""
                select t.ID_ from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
                join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate'
                where e.BUSINESS_KEY_ = ? and l.GROUP_ID_ = ? order by t.CREATE_TIME_ desc limit 1""")
                .params(ProcessKeys.unitKey(year, unitCode), Roles.unitGroup(unitCode)).query(String.class).optional()
                .map(task -> "Mở công việc trong Tasklist: " + links.task(task))
                .orElse("Đăng nhập Tasklist để xem chi tiết: " + links.tasklist());
    }

    /** Queues one e-mail (a notification's, or a day's digest); false if that digest was already queued. */
    boolean queue(Long notificationId, String recipient, String subject, String body, LocalDate digestOn) {
        return jdbc.sql("""
                insert into email_outbox (notification_id, recipient, subject, body, created_at, digest_on)
                values (?, ?, ?, ?, ?, ?) on conflict (recipient, digest_on) where digest_on is not null do nothing""")
                .params(notificationId, recipient, subject, body, EngineClock.now(), digestOn).update() == 1;
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
