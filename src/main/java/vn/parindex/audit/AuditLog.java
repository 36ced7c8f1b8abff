package vn.parindex.audit;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Append-only record of who changed what, when, from which value to which, and why. */
@Component
public class AuditLog {

    private final JdbcTemplate template;
    private final Clock clock;

    /** {@code clock}: the engine's, which tests move, so that entries keep the time of the year's events. */
    AuditLog(JdbcTemplate template, Clock clock) {
        this.template = template;
        this.clock = clock;
    }

    /** One audited change. */
    public record Entry(String actor, String action, Integer year, String unitCode, String leafCode,
                        Object oldValue, Object newValue, String reason) {
    }

    public void record(String actor, String action, Integer year, String unitCode, String leafCode,
                       Object oldValue, Object newValue, String reason) {
        recordAll(List.of(new Entry(actor, action, year, unitCode, leafCode, oldValue, newValue, reason)));
    }

    /** Writes the entries in one batch. */
    public void recordAll(List<Entry> entries) {
        Timestamp at = Timestamp.valueOf(LocalDateTime.now(clock));
        template.batchUpdate("""
                insert into audit_log (at, actor, action, year, unit_code, leaf_code, old_value, new_value, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, 200, (ps, e) -> {
            ps.setTimestamp(1, at);
            ps.setString(2, e.actor());
            ps.setString(3, e.action());
            ps.setObject(4, e.year(), Types.INTEGER);
            ps.setString(5, e.unitCode());
            ps.setString(6, e.leafCode());
            ps.setString(7, e.oldValue() == null ? null : e.oldValue().toString());
            ps.setString(8, e.newValue() == null ? null : e.newValue().toString());
            ps.setString(9, e.reason());
        });
    }
}
