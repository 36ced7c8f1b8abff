package vn.parindex.complaint;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.parindex.web.UserFacingException;

@Repository
class ComplaintRepository {

    private final JdbcClient jdbc;

    ComplaintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(int year, String unitCode, String leafCode, String reason, String by, LocalDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into complaint (year, unit_code, leaf_code, reason, status, filed_by, filed_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(year, unitCode, leafCode, reason, ComplaintStatus.PENDING.name(), by, at).update(keys, "id");
        return keys.getKey().longValue();
    }

    Complaint get(long id) {
        return jdbc.sql("select * from complaint where id = ?").param(id).query(ComplaintRepository::map).optional()
                .orElseThrow(() -> UserFacingException.notFound("Không có kiến nghị số " + id + "."));
    }

    /** Reads the complaint and locks its row until the transaction ends, so that two decisions run one after the other. */
    Complaint lock(long id) {
        get(id);
        return jdbc.sql("select * from complaint where id = ? for update").param(id).query(ComplaintRepository::map).single();
    }

    List<Complaint> list(int year) {
        return jdbc.sql("select * from complaint where year = ? order by id").param(year).query(ComplaintRepository::map).list();
    }

    /** Complaints of the unit on the leaf that are pending or decided, other than this one. */
    int othersOnLeaf(Complaint c) {
        return jdbc.sql("""
                select count(*) from complaint where year = ? and unit_code = ? and leaf_code = ? and id <> ?
                and status in ('PENDING', 'ACCEPTED', 'REJECTED')""")
                .params(c.year(), c.unitCode(), c.leafCode(), c.id()).query(Integer.class).single();
    }

    int pending(int year) {
        return jdbc.sql("select count(*) from complaint where year = ? and status = 'PENDING'").param(year)
                .query(Integer.class).single();
    }

    /** The rules refused to take it up: only a pending complaint. */
    void markIneligible(long id, String reason, LocalDateTime at) {
        leavePending(id, jdbc.sql("update complaint set status = ?, decision_reason = ?, decided_by = 'system', decided_at = ?"
                        + " where id = ? and status = 'PENDING'")
                .params(ComplaintStatus.INELIGIBLE.name(), reason, at, id).update());
    }

    /** A reviewer's decision: only on a pending complaint, once. */
    void decide(long id, boolean accepted, BigDecimal newPoints, String reason, String by, LocalDateTime at) {
        leavePending(id, jdbc.sql("update complaint set status = ?, new_points = ?, decision_reason = ?, decided_by = ?,"
                        + " decided_at = ? where id = ? and status = 'PENDING'")
                .params((accepted ? ComplaintStatus.ACCEPTED : ComplaintStatus.REJECTED).name(), newPoints, reason, by, at, id)
                .update());
    }

    private static void leavePending(long id, int updated) {
        if (updated != 1) {
            throw UserFacingException.conflict("Kiến nghị số " + id + " đã được quyết định; không thể quyết định lại.");
        }
    }

    private static Complaint map(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Complaint(rs.getLong("id"), rs.getInt("year"), rs.getString("unit_code"), rs.getString("leaf_code"),
                rs.getString("reason"), ComplaintStatus.valueOf(rs.getString("status")), rs.getString("filed_by"),
                rs.getTimestamp("filed_at").toLocalDateTime(), rs.getString("decision_reason"),
                rs.getBigDecimal("new_points"), rs.getString("decided_by"),
                decided == null ? null : decided.toLocalDateTime());
    }
}
