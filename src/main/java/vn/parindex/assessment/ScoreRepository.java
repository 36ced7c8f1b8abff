package vn.parindex.assessment;

import java.math.BigDecimal;
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
import vn.parindex.audit.AuditLog;
import vn.parindex.scoring.facts.LeafScore;

/** Points per leaf and stage; each changed leaf is written to the audit log with its old and new points. */
@Repository
public class ScoreRepository {

    public record StoredScore(String leafCode, Stage stage, BigDecimal points, boolean applicable, String ruleHash,
                              String actor, String reason, LocalDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AuditLog audit;

    ScoreRepository(JdbcClient jdbc, JdbcTemplate template, AuditLog audit) {
        this.jdbc = jdbc;
        this.template = template;
        this.audit = audit;
    }

    public List<StoredScore> list(long assessmentId) {
        return jdbc.sql("select * from score where assessment_id = ? order by leaf_code, stage").param(assessmentId)
                .query(ScoreRepository::map).list();
    }

    /** The result-stage scores of every unit of a year, by assessment id, in one query. */
    public Map<Long, List<StoredScore>> resultsOfYear(int year) {
        Map<Long, List<StoredScore>> byAssessment = new HashMap<>();
        jdbc.sql("select s.* from score s join assessment a on a.id = s.assessment_id where a.year = ? and s.stage = ?")
                .params(year, Stage.RESULT.name())
                .query(rs -> {
                    byAssessment.computeIfAbsent(rs.getLong("assessment_id"), k -> new ArrayList<>()).add(map(rs, 0));
                });
        return byAssessment;
    }

    /** The scores of the given stages of several files in one query, by assessment id. */
    Map<Long, List<StoredScore>> ofStages(Collection<Long> assessmentIds, List<Stage> stages) {
        Map<Long, List<StoredScore>> byAssessment = new HashMap<>();
        if (stages.isEmpty()) {
            return byAssessment;
        }
        jdbc.sql("select * from score where assessment_id in (:ids) and stage in (:stages)")
                .param("ids", assessmentIds).param("stages", stages.stream().map(Stage::name).toList())
                .query(rs -> {
                    byAssessment.computeIfAbsent(rs.getLong("assessment_id"), k -> new ArrayList<>()).add(map(rs, 0));
                });
        return byAssessment;
    }

    private static StoredScore map(ResultSet rs, int n) throws SQLException {
        return new StoredScore(rs.getString("leaf_code"), Stage.valueOf(rs.getString("stage")),
                rs.getBigDecimal("points"), rs.getBoolean("applicable"), rs.getString("rule_hash"),
                rs.getString("actor"), rs.getString("reason"), rs.getTimestamp("created_at").toLocalDateTime());
    }

    Map<String, BigDecimal> points(long assessmentId, Stage stage) {
        Map<String, BigDecimal> points = new HashMap<>();
        jdbc.sql("select leaf_code, points from score where assessment_id = ? and stage = ?")
                .params(assessmentId, stage.name()).query(rs -> {
                    points.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return points;
    }

    /**
     * Replaces the rules' points of a stage for several files at once (one read, one delete, one batch of inserts);
     * each changed leaf is audited.
     */
    void replaceAll(Stage stage, List<AssessmentScorer.Scored> files, String actor, String reason, LocalDateTime at) {
        List<Long> ids = files.stream().map(f -> f.file().id()).toList();
        Map<Long, Map<String, BigDecimal>> before = new HashMap<>();
        jdbc.sql("select assessment_id, leaf_code, points from score where assessment_id in (:ids) and stage = :stage")
                .param("ids", ids).param("stage", stage.name()).query(rs -> {
                    before.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                });
        jdbc.sql("delete from score where assessment_id in (:ids) and stage = :stage")
                .param("ids", ids).param("stage", stage.name()).update();
        record Row(Assessment file, String ruleHash, LeafScore score) {
        }
        List<Row> rows = files.stream().flatMap(f -> f.evaluation().leafScores().stream()
                .map(score -> new Row(f.file(), f.evaluation().ruleHash(), score))).toList();
        Timestamp when = Timestamp.valueOf(at);
        template.batchUpdate("""
                insert into score (assessment_id, leaf_code, stage, points, applicable, rule_hash, actor, reason, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 1000, (ps, row) -> {
            ps.setLong(1, row.file().id());
            ps.setString(2, row.score().getLeafCode());
            ps.setString(3, stage.name());
            ps.setBigDecimal(4, row.score().getPoints());
            ps.setBoolean(5, row.score().isApplicable());
            ps.setString(6, row.ruleHash());
            ps.setString(7, actor);
            ps.setString(8, reason);
            ps.setTimestamp(9, when);
        });
        List<AuditLog.Entry> changes = new ArrayList<>();
        for (Row row : rows) {
            BigDecimal old = before.getOrDefault(row.file().id(), Map.of()).get(row.score().getLeafCode());
            if (old != null && old.compareTo(row.score().getPoints()) != 0) {
                changes.add(new AuditLog.Entry(actor, "SCORE_" + stage, row.file().year(), row.file().unitCode(),
                        row.score().getLeafCode(), old, row.score().getPoints(), reason));
            }
        }
        audit.recordAll(changes);
    }

    /** Points set directly for one leaf (council, complaint), with who and why. */
    void override(Assessment a, String leafCode, Stage stage, BigDecimal points, String actor, String reason,
                  String ruleHash, LocalDateTime at) {
        BigDecimal old = points(a.id(), stage).get(leafCode);
        jdbc.sql("delete from score where assessment_id = ? and leaf_code = ? and stage = ?")
                .params(a.id(), leafCode, stage.name()).update();
        jdbc.sql("""
                insert into score (assessment_id, leaf_code, stage, points, applicable, rule_hash, actor, reason, created_at)
                values (?, ?, ?, ?, true, ?, ?, ?, ?)""")
                .params(a.id(), leafCode, stage.name(), points, ruleHash, actor, reason, at).update();
        audit.record(actor, "SCORE_" + stage, a.year(), a.unitCode(), leafCode, old, points, reason);
    }
}
