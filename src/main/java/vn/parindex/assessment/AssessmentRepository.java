package vn.parindex.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.org.Unit;
import vn.parindex.org.UnitType;
import vn.parindex.org.UnitTypes;
import vn.parindex.web.UserFacingException;

@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    private final UnitTypes types;

    AssessmentRepository(JdbcClient jdbc, JdbcTemplate template, UnitTypes types) {
        this.types = types;
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One draft file per unit in scope of the year. */
    void createDrafts(int year, List<Unit> units, Set<String> unranked) {
        template.batchUpdate("insert into assessment (year, unit_code, unit_type, status, late, ranked) values (?, ?, ?, ?, false, ?)",
                units, 500, (ps, u) -> {
                    ps.setInt(1, year);
                    ps.setString(2, u.code());
                    ps.setString(3, u.type().code());
                    ps.setString(4, AssessmentStatus.DRAFT.name());
                    ps.setBoolean(5, !unranked.contains(u.code()));
                });
    }

    /** Whether the unit is ranked this year; false: assessed and classified, but outside the ranking. */
    void setRanked(int year, String unitCode, boolean ranked) {
        jdbc.sql("update assessment set ranked = ? where year = ? and unit_code = ?").params(ranked, year, unitCode).update();
    }

    Optional<Assessment> find(int year, String unitCode) {
        return jdbc.sql("select * from assessment where year = ? and unit_code = ?").params(year, unitCode)
                .query(rows()).optional();
    }

    Assessment get(int year, String unitCode) {
        return find(year, unitCode).orElseThrow(() -> UserFacingException.notFound(
                "Đơn vị " + unitCode + " không thuộc phạm vi đánh giá năm " + year + "."));
    }

    List<Assessment> findAll(int year) {
        return jdbc.sql("select * from assessment where year = ? order by unit_code").param(year)
                .query(rows()).list();
    }

    /** The year's units in code order, {@code limit} of them from the {@code offset}-th. */
    List<String> unitCodes(int year, int offset, int limit) {
        return jdbc.sql("select unit_code from assessment where year = ? order by unit_code offset ? limit ?")
                .params(year, offset, limit).query(String.class).list();
    }

    int count(int year) {
        return jdbc.sql("select count(*) from assessment where year = ?").param(year).query(Integer.class).single();
    }

    /**
     * The only way a file's status changes: from a status that may move to the given one, else a Vietnamese 409
     * (an illegal move, or a concurrent one that got there first). The process calls it as the file moves on.
     */
    void moveTo(Assessment a, AssessmentStatus to) {
        // nothing moves into the first state: it is only ever inserted
        int moved = to.previous().isEmpty() ? 0 : jdbc.sql("update assessment set status = :to where id = :id and status in (:from)")
                .param("to", to.name()).param("id", a.id())
                .param("from", to.previous().stream().map(Enum::name).toList()).update();
        if (moved == 0) {
            AssessmentStatus now = get(a.year(), a.unitCode()).status();
            throw UserFacingException.conflict("Hồ sơ của đơn vị " + a.unitCode() + " đang ở bước \"" + now.label()
                    + "\"; không thể chuyển sang bước \"" + to.label() + "\".");
        }
    }

    /** Locks the file's row until the transaction ends, so that two steps on one file run one after the other. */
    Assessment lock(int year, String unitCode) {
        get(year, unitCode);
        return jdbc.sql("select * from assessment where year = ? and unit_code = ? for update").params(year, unitCode)
                .query(rows()).single();
    }

    void markLate(long id) {
        jdbc.sql("update assessment set late = true where id = ?").param(id).update();
    }

    void recordSubmission(long id, String by, LocalDateTime at) {
        jdbc.sql("update assessment set submitted_at = ?, submitted_by = ? where id = ?").params(at, by, id).update();
    }

    /** Whether any unit of the year is not yet in the status; stops at the first one found. */
    boolean anyNotIn(int year, AssessmentStatus status) {
        return jdbc.sql("select 1 from assessment where year = ? and status <> ? fetch first 1 rows only")
                .params(year, status.name()).query(Integer.class).optional().isPresent();
    }

    /** Maps the rows of one query, reading the unit types' definitions once. */
    private RowMapper<Assessment> rows() {
        Function<String, UnitType> type = types.resolver();
        return (rs, n) -> map(rs, type);
    }

    private static Assessment map(ResultSet rs, Function<String, UnitType> type) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Assessment(rs.getLong("id"), rs.getInt("year"), rs.getString("unit_code"),
                type.apply(rs.getString("unit_type")), AssessmentStatus.valueOf(rs.getString("status")),
                rs.getBoolean("late"), submitted == null ? null : submitted.toLocalDateTime(), rs.getString("submitted_by"));
    }
}
