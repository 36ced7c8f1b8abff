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
import vn.parindex.db.BulkInsert;

@Repository
class AnswerRepository {

    private static final List<String> COLUMNS = List.of("assessment_id", "leaf_code", "stage", "input_value",
            "not_applicable", "note", "needs_explanation", "explanation_accepted", "updated_by", "updated_at", "numerator",
            "denominator");
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkInsert bulk;

    AnswerRepository(JdbcClient jdbc, JdbcTemplate template, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
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

    /** An entry of one assessment's leaf. */
    record Entry(long assessmentId, AnswerInput input) {
    }

    /** Replaces the stage's entries of the given leaves. */
    void upsertAll(long assessmentId, Stage stage, List<AnswerInput> inputs, String actor, LocalDateTime at) {
        upsertAll(stage, inputs.stream().map(in -> new Entry(assessmentId, in)).toList(), actor, at);
    }

    /** Replaces the stage's entries of the given leaves of any number of assessments: one delete, one bulk copy. */
    void upsertAll(Stage stage, List<Entry> entries, String actor, LocalDateTime at) {
        if (entries.isEmpty()) {
            return;
        }
        template.update("""
                delete from answer a using unnest(?, ?) as replaced (assessment_id, leaf_code)
                where a.assessment_id = replaced.assessment_id and a.leaf_code = replaced.leaf_code and a.stage = ?""",
                entries.stream().map(Entry::assessmentId).toArray(Long[]::new),
                entries.stream().map(e -> e.input().leafCode()).toArray(String[]::new), stage.name());
        Timestamp updatedAt = Timestamp.valueOf(at);
        bulk.into("answer", COLUMNS, entries, e -> {
            AnswerInput in = e.input();
            boolean na = in.isNotApplicable();
            return new Object[] {e.assessmentId(), in.leafCode(), stage.name(), na ? null : in.value(), na, in.note(),
                    in.isExplanationRequested(), in.isExplanationAccepted(), actor, updatedAt, na ? null : in.numerator(),
                    na ? null : in.denominator()};
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
