package vn.parindex.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.EngineClock;

/** Messages to a unit (reminders, findings, decisions) or, without a unit, to the whole year. */
@Component
public class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void send(int year, String unitCode, String message) {
        jdbc.sql("insert into notification (year, unit_code, message, created_at) values (?, ?, ?, ?)")
                .params(year, unitCode, message, EngineClock.now()).update();
    }

    public record Notification(String message, LocalDateTime createdAt) {
    }

    public List<Notification> forUnit(int year, String unitCode) {
        return jdbc.sql("""
                select message, created_at from notification where year = ? and (unit_code = ? or unit_code is null)
                order by id desc""")
                .params(year, unitCode)
                .query((rs, n) -> new Notification(rs.getString(1), rs.getTimestamp(2).toLocalDateTime())).list();
    }
}
