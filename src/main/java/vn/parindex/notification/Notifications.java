package vn.parindex.notification;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.UnitNotices;
import vn.parindex.workflow.EngineClock;

/**
 * Messages to a unit (reminders, findings, decisions) or, without a unit, to the whole year; also by e-mail when a
 * mail server is configured ({@link MailOutbox}).
 */
@Component
public class Notifications implements UnitNotices {

    private final JdbcClient jdbc;
    private final ObjectProvider<MailOutbox> mail;

    Notifications(JdbcClient jdbc, ObjectProvider<MailOutbox> mail) {
        this.jdbc = jdbc;
        this.mail = mail;
    }

    /**
     * A message to a unit, or to every assessed unit without one, whose e-mails lead to the unit's task waiting in the
     * Tasklist. The modules do not call this: they publish what happened and {@link EventNotifications} writes the
     * message (ModulesTest); it is public for tests that write one directly.
     */
    public void send(int year, String unitCode, String message) {
        send(year, unitCode, message, List.of());
    }

    /** As {@link #send(int, String, String)}, with e-mails leading to the given pages instead, if any. */
    void send(int year, String unitCode, String message, List<Page> pages) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into notification (year, unit_code, message, created_at) values (?, ?, ?, ?)")
                .params(year, unitCode, message, EngineClock.now()).update(keys, "id");
        long id = keys.getKey().longValue();
        mail.ifAvailable(outbox -> outbox.enqueue(id, year, unitCode, message, pages));
    }

    @Override
    public List<Notice> forUnit(int year, String unitCode) {
        return jdbc.sql("""
                select message, created_at from notification where year = ? and (unit_code = ? or unit_code is null)
                order by id desc""")
                .params(year, unitCode)
                .query((rs, n) -> new Notice(rs.getString(1), rs.getTimestamp(2).toLocalDateTime())).list();
    }
}
