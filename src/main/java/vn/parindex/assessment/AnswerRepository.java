package vn.parindex.assessment;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AnswerRepository {

    private final JdbcClient jdbc;

    AnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Answer> list(long assessmentId) {
        return jdbc.sql("select * from answer where assessment_id = ? order by leaf_code, stage").param(assessmentId)
                .query((rs, n) -> new Answer(rs.getString("leaf_code"), Stage.valueOf(rs.getString("stage")),
                        rs.getBigDecimal("input_value"), rs.getBoolean("not_applicable"), rs.getString("note"),
                        rs.getBoolean("needs_explanation"), rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toLocalDateTime()))
                .list();
    }

    void upsert(long assessmentId, Stage stage, AnswerInput in, String actor, LocalDateTime at) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", assessmentId);
        p.put("leaf", in.leafCode());
        p.put("stage", stage.name());
        p.put("value", in.isNotApplicable() ? null : in.value());
        p.put("na", in.isNotApplicable());
        p.put("note", in.note());
        p.put("flag", in.isExplanationRequested());
        p.put("actor", actor);
        p.put("at", at);
        int updated = jdbc.sql("""
                update answer set input_value = :value, not_applicable = :na, note = :note, needs_explanation = :flag,
                updated_by = :actor, updated_at = :at where assessment_id = :id and leaf_code = :leaf and stage = :stage""")
                .params(p).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into answer (assessment_id, leaf_code, stage, input_value, not_applicable, note,
                                        needs_explanation, updated_by, updated_at)
                    values (:id, :leaf, :stage, :value, :na, :note, :flag, :actor, :at)""")
                    .params(p).update();
        }
    }

    /** Evidence files per leaf, over all stages. */
    Map<String, Integer> evidenceCounts(long assessmentId) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("select leaf_code, count(*) from evidence where assessment_id = ? group by leaf_code")
                .param(assessmentId).query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }
}
