package vn.parindex.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.db.BulkInsert;

/**
 * Append-only record of who changed what, when, from which value to which, and why. Written only by this module's
 * listeners, from the events the other modules publish, within the transaction of the change they report.
 */
@Component
class AuditLog {

    private static final List<String> COLUMNS = List.of("at", "actor", "action", "year", "unit_code", "leaf_code",
            "old_value", "new_value", "reason");
    private final BulkInsert bulk;
    private final Clock clock;

    /** {@code clock}: the engine's, which tests move, so that entries keep the time of the year's events. */
    AuditLog(BulkInsert bulk, Clock clock) {
        this.bulk = bulk;
        this.clock = clock;
    }

    /** One audited change. */
    record Entry(String actor, String action, Integer year, String unitCode, String leafCode,
                        Object oldValue, Object newValue, String reason) {
    }

    void record(String actor, String action, Integer year, String unitCode, String leafCode,
                       Object oldValue, Object newValue, String reason) {
        recordAll(List.of(new Entry(actor, action, year, unitCode, leafCode, oldValue, newValue, reason)));
    }

    /** Writes the entries in one bulk copy (an import audits tens of thousands of leaves). */
    void recordAll(List<Entry> entries) {
        Timestamp at = Timestamp.valueOf(LocalDateTime.now(clock));
        bulk.into("audit_log", COLUMNS, entries, e -> new Object[] {at, e.actor(), e.action(), e.year(), e.unitCode(),
                e.leafCode(), text(e.oldValue()), text(e.newValue()), e.reason()});
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
