package vn.parindex.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PrefillRepository {

    /** A figure to store for an assessment's leaf. */
    record Offer(long assessmentId, PrefilledFigure figure) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PrefillRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The year's pre-fills by assessment id and leaf. */
    Map<Long, Map<String, StoredPrefill>> ofYear(int year) {
        Map<Long, Map<String, StoredPrefill>> byAssessment = new HashMap<>();
        jdbc.sql("select p.* from answer_prefill p join assessment a on a.id = p.assessment_id where a.year = ?")
                .param(year).query(rs -> {
                    StoredPrefill p = map(rs);
                    byAssessment.computeIfAbsent(p.assessmentId(), k -> new HashMap<>()).put(p.leafCode(), p);
                });
        return byAssessment;
    }

    Map<String, StoredPrefill> of(long assessmentId) {
        Map<String, StoredPrefill> byLeaf = new HashMap<>();
        jdbc.sql("select * from answer_prefill where assessment_id = ?").param(assessmentId)
                .query(rs -> {
                    byLeaf.put(rs.getString("leaf_code"), map(rs));
                });
        return byLeaf;
    }

    /** The leaf's pre-fill, locked until the transaction ends: a decision and an import do not cross. */
    Optional<StoredPrefill> lock(long assessmentId, String leafCode) {
        return jdbc.sql("select * from answer_prefill where assessment_id = ? and leaf_code = ? for update")
                .params(assessmentId, leafCode).query((rs, n) -> map(rs)).optional();
    }

    /** Offers the figures, pending the unit's confirmation, replacing what was offered before. */
    void offer(List<Offer> offers, LocalDateTime at) {
        template.batchUpdate("""
                insert into answer_prefill (assessment_id, leaf_code, numerator, denominator, source, extracted_on,
                                            file_sha256, state, prefilled_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)
                on conflict (assessment_id, leaf_code) do update set numerator = excluded.numerator,
                    denominator = excluded.denominator, source = excluded.source, extracted_on = excluded.extracted_on,
                    file_sha256 = excluded.file_sha256, state = 'PENDING', prefilled_at = excluded.prefilled_at,
                    decided_by = null, decided_at = null, flagged_numerator = null, flagged_denominator = null,
                    flagged_source = null, flagged_extracted_on = null, flagged_file_sha256 = null""",
                offers, 500, (ps, o) -> {
                    PrefilledFigure f = o.figure();
                    ps.setLong(1, o.assessmentId());
                    ps.setString(2, f.leafCode());
                    ps.setBigDecimal(3, f.numerator());
                    ps.setBigDecimal(4, f.denominator());
                    ps.setString(5, f.source());
                    ps.setDate(6, Date.valueOf(f.extractedOn()));
                    ps.setString(7, f.fileSha256());
                    ps.setTimestamp(8, Timestamp.valueOf(at));
                });
    }

    /** Holds a later import's figures beside what the unit decided, for it and the appraiser to see. */
    void flag(List<Offer> offers) {
        template.batchUpdate("""
                update answer_prefill set flagged_numerator = ?, flagged_denominator = ?, flagged_source = ?,
                                          flagged_extracted_on = ?, flagged_file_sha256 = ?
                where assessment_id = ? and leaf_code = ?""", offers, 500, (ps, o) -> {
            PrefilledFigure f = o.figure();
            ps.setBigDecimal(1, f.numerator());
            ps.setBigDecimal(2, f.denominator());
            ps.setString(3, f.source());
            ps.setDate(4, Date.valueOf(f.extractedOn()));
            ps.setString(5, f.fileSha256());
            ps.setLong(6, o.assessmentId());
            ps.setString(7, f.leafCode());
        });
    }

    void unflag(List<Offer> offers) {
        template.batchUpdate("""
                update answer_prefill set flagged_numerator = null, flagged_denominator = null, flagged_source = null,
                                          flagged_extracted_on = null, flagged_file_sha256 = null
                where assessment_id = ? and leaf_code = ?""", offers, 500, (ps, o) -> {
            ps.setLong(1, o.assessmentId());
            ps.setString(2, o.figure().leafCode());
        });
    }

    /** The unit's decision on the figures offered now: flagged figures, once confirmed, become the offered ones. */
    void decide(StoredPrefill p, PrefillState state, String actor, LocalDateTime at) {
        jdbc.sql("""
                update answer_prefill set state = ?, decided_by = ?, decided_at = ?,
                       numerator = coalesce(flagged_numerator, numerator),
                       denominator = coalesce(flagged_denominator, denominator),
                       source = coalesce(flagged_source, source), extracted_on = coalesce(flagged_extracted_on, extracted_on),
                       file_sha256 = coalesce(flagged_file_sha256, file_sha256),
                       flagged_numerator = null, flagged_denominator = null, flagged_source = null,
                       flagged_extracted_on = null, flagged_file_sha256 = null
                where assessment_id = ? and leaf_code = ?""")
                .params(state.name(), actor, Timestamp.valueOf(at), p.assessmentId(), p.leafCode()).update();
    }

    private static StoredPrefill map(ResultSet rs) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        Date flaggedOn = rs.getDate("flagged_extracted_on");
        return new StoredPrefill(rs.getLong("assessment_id"), rs.getString("leaf_code"), rs.getBigDecimal("numerator"),
                rs.getBigDecimal("denominator"), rs.getString("source"), rs.getDate("extracted_on").toLocalDate(),
                PrefillState.valueOf(rs.getString("state")), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toLocalDateTime(), rs.getBigDecimal("flagged_numerator"),
                rs.getBigDecimal("flagged_denominator"), rs.getString("flagged_source"),
                flaggedOn == null ? null : flaggedOn.toLocalDate());
    }
}
