package vn.parindex.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AnswerRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AnswerRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    List<Answer> list(long assessmentId) {
        return jdbc.sql("select * from answer where assessment_id = ? order by leaf_code, stage").param(assessmentId)
                .query((rs, n) -> map(rs)).list();
    }

    /** The answers of several files in one query, by assessment id. */
    Map<Long, List<Answer>> listOf(Collection<Long> assessmentIds) {
        Map<Long, List<Answer>> byAssessment = new HashMap<>();
        jdbc.sql("select * from answer where assessment_id in (:ids) order by leaf_code, stage").param("ids", assessmentIds)
                .query(rs -> {
                    byAssessment.computeIfAbsent(rs.getLong("assessment_id"), k -> new ArrayList<>()).add(map(rs));
                });
        return byAssessment;
    }

    private static Answer map(ResultSet rs) throws SQLException {
        return new Answer(rs.getString("leaf_code"), Stage.valueOf(rs.getString("stage")),
                rs.getBigDecimal("input_value"), rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"),
                rs.getBoolean("not_applicable"), rs.getString("note"),
                rs.getBoolean("needs_explanation"), rs.getBoolean("explanation_accepted"), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toLocalDateTime());
    }

    /** Replaces the stage's entries of the given leaves: one delete, one batch of inserts. */
    void upsertAll(long assessmentId, Stage stage, List<AnswerInput> inputs, String actor, LocalDateTime at) {
        if (inputs.isEmpty()) {
            return;
        }
        jdbc.sql("delete from answer where assessment_id = :id and stage = :stage and leaf_code in (:leaves)")
                .param("id", assessmentId).param("stage", stage.name())
                .param("leaves", inputs.stream().map(AnswerInput::leafCode).toList()).update();
        template.batchUpdate("""
                insert into answer (assessment_id, leaf_code, stage, input_value, not_applicable, note,
                                    needs_explanation, explanation_accepted, updated_by, updated_at, numerator, denominator)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inputs, 200, (ps, in) -> {
            ps.setLong(1, assessmentId);
            ps.setString(2, in.leafCode());
            ps.setString(3, stage.name());
            ps.setBigDecimal(4, in.isNotApplicable() ? null : in.value());
            ps.setBoolean(5, in.isNotApplicable());
            ps.setString(6, in.note());
            ps.setBoolean(7, in.isExplanationRequested());
            ps.setBoolean(8, in.isExplanationAccepted());
            ps.setString(9, actor);
            ps.setTimestamp(10, Timestamp.valueOf(at));
            ps.setBigDecimal(11, in.isNotApplicable() ? null : in.numerator());
            ps.setBigDecimal(12, in.isNotApplicable() ? null : in.denominator());
        });
    }

    /** Evidence files per leaf (over all stages) of several files in one query, by assessment id. */
    Map<Long, Map<String, Integer>> evidenceCountsOf(Collection<Long> assessmentIds) {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        jdbc.sql("select assessment_id, leaf_code, count(*) from evidence where assessment_id in (:ids) "
                        + "group by assessment_id, leaf_code")
                .param("ids", assessmentIds).query(rs -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        return counts;
    }
}
