package vn.parindex.audit;

import vn.parindex.workflow.EngineClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Append-only record of who changed what, when, from which value to which, and why. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, Integer year, String unitCode, String leafCode,
                       Object oldValue, Object newValue, String reason) {
        jdbc.sql("""
                insert into audit_log (at, actor, action, year, unit_code, leaf_code, old_value, new_value, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(EngineClock.now(), actor, action, year, unitCode, leafCode,
                        oldValue == null ? null : oldValue.toString(), newValue == null ? null : newValue.toString(), reason)
                .update();
    }
}
