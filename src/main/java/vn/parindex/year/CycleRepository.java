package vn.parindex.year;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.web.UserFacingException;

@Repository
class CycleRepository {

    private final JdbcClient jdbc;

    CycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Cycle c) {
        jdbc.sql("""
                insert into cycle (year, catalogue_version, rule_hash, rule_set_id, self_assessment_due, reminder_before,
                                   explanation_period, complaint_window, late_penalty, phase, opened_by, opened_at,
                                   classification_scheme, tie_break, index_rounding, reference_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.year(), c.catalogueVersion(), c.ruleHash(), c.ruleSetVersion(), c.selfAssessmentDue(), c.reminderBefore().toString(),
                        c.explanationPeriod().toString(), c.complaintWindow().toString(), c.latePenalty(),
                        c.phase().name(), c.openedBy(), c.openedAt(), c.classificationScheme(), c.tieBreak(),
                        c.indexRounding().name(), c.referenceDate())
                .update();
    }

    Optional<Cycle> find(int year) {
        return jdbc.sql("select * from cycle where year = ?").param(year).query(CycleRepository::map).optional();
    }

    /** The year, or a Vietnamese 404. */
    Cycle get(int year) {
        return find(year).orElseThrow(() -> notOpened(year));
    }

    /** Reads the year and locks its row until the transaction ends, to serialise year-wide decisions; else a 404. */
    Cycle getForUpdate(int year) {
        return jdbc.sql("select * from cycle where year = ? for update").param(year).query(CycleRepository::map).optional()
                .orElseThrow(() -> notOpened(year));
    }

    private static UserFacingException notOpened(int year) {
        return UserFacingException.notFound("Chưa mở năm đánh giá " + year + ".");
    }

    List<Cycle> findAll() {
        return jdbc.sql("select * from cycle order by year desc").query(CycleRepository::map).list();
    }

    /** The only way a year's phase changes: from a phase that may move to the given one, else a Vietnamese 409. */
    void moveTo(int year, CyclePhase to) {
        // nothing moves into the first state: it is only ever inserted
        int moved = to.previous().isEmpty() ? 0 : jdbc.sql("update cycle set phase = :to where year = :year and phase in (:from)")
                .param("to", to.name()).param("year", year)
                .param("from", to.previous().stream().map(Enum::name).toList()).update();
        if (moved == 0) {
            throw UserFacingException.conflict("Năm đánh giá " + year + " đang ở giai đoạn \"" + get(year).phase().label()
                    + "\"; không thể chuyển sang \"" + to.label() + "\".");
        }
    }

    void setRules(int year, String ruleHash, long ruleSetVersion) {
        jdbc.sql("update cycle set rule_hash = ?, rule_set_id = ? where year = ?").params(ruleHash, ruleSetVersion, year).update();
    }

    /** Publishes the preliminary results: the complaint window is open until {@code ends}. */
    void openComplaintWindow(int year, LocalDateTime ends) {
        moveTo(year, CyclePhase.PRELIMINARY_PUBLISHED);
        jdbc.sql("update cycle set complaint_window_ends = ? where year = ?").params(ends, year).update();
    }

    /** The year's windows as the standing body changed them ({@link YearWindows}), under the year's row lock. */
    void setWindows(int year, LocalDateTime selfAssessmentDue, Duration reminderBefore, Duration explanationPeriod,
                    Duration complaintWindow, LocalDateTime complaintWindowEnds) {
        jdbc.sql("""
                update cycle set self_assessment_due = ?, reminder_before = ?, explanation_period = ?, complaint_window = ?,
                                 complaint_window_ends = ?
                where year = ?""")
                .params(selfAssessmentDue, reminderBefore.toString(), explanationPeriod.toString(), complaintWindow.toString(),
                        complaintWindowEnds, year)
                .update();
    }

    private static Cycle map(ResultSet rs, int row) throws SQLException {
        Timestamp windowEnds = rs.getTimestamp("complaint_window_ends");
        return new Cycle(rs.getInt("year"), rs.getString("catalogue_version"), rs.getString("rule_hash"),
                rs.getObject("rule_set_id", Long.class),
                rs.getTimestamp("self_assessment_due").toLocalDateTime(),
                Duration.parse(rs.getString("reminder_before")), Duration.parse(rs.getString("explanation_period")),
                Duration.parse(rs.getString("complaint_window")), rs.getBigDecimal("late_penalty"),
                CyclePhase.valueOf(rs.getString("phase")), windowEnds == null ? null : windowEnds.toLocalDateTime(),
                rs.getString("opened_by"), rs.getTimestamp("opened_at").toLocalDateTime(),
                rs.getString("classification_scheme"), rs.getString("tie_break"),
                RoundingMode.valueOf(rs.getString("index_rounding")), rs.getDate("reference_date").toLocalDate());
    }
}
