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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.db.BulkInsert;
import vn.parindex.scoring.facts.LeafScore;

/** Points per leaf and stage; each changed leaf is published with its old and new points ({@link ScoresChanged}), for the audit log. */
@Repository
class ScoreRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkInsert bulk;
    private final ApplicationEventPublisher events;

    ScoreRepository(JdbcClient jdbc, JdbcTemplate template, BulkInsert bulk, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
        this.events = events;
    }

    public List<StoredScore> list(long assessmentId) {
        return jdbc.sql("select * from score where assessment_id = ? order by leaf_code, stage").param(assessmentId)
                .query(ScoreRepository::map).list();
    }

    /** The result-stage scores of every unit of a year, by assessment id, in one query. */
    Map<Long, List<StoredScore>> resultsOfYear(int year) {
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
     * Stores the rules' points of a stage for several files at once: one read, then only what differs is written (a
     * leaf whose points, applicability and rule set are unchanged keeps the row, actor and time of the computation
     * that produced it, so the final computation, which mostly repeats the preliminary one, writes almost nothing);
     * each changed leaf is audited.
     */
    void replaceAll(Stage stage, List<AssessmentScorer.Scored> files, String actor, String reason, LocalDateTime at) {
        Map<Long, Map<String, Kept>> before = new HashMap<>();
        jdbc.sql("""
                select assessment_id, leaf_code, points, applicable, rule_hash from score
                where assessment_id in (:ids) and stage = :stage""")
                .param("ids", files.stream().map(f -> f.file().id()).toList()).param("stage", stage.name())
                .query(rs -> {
                    before.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getString(2), new Kept(rs.getBigDecimal(3), rs.getBoolean(4), rs.getString(5)));
                });
        List<Row> added = new ArrayList<>();
        List<Row> changed = new ArrayList<>();
        List<Object[]> gone = new ArrayList<>();
        List<ScoresChanged.Change> changes = new ArrayList<>();
        for (AssessmentScorer.Scored f : files) {
            Map<String, Kept> kept = before.getOrDefault(f.file().id(), new HashMap<>());
            for (LeafScore score : f.evaluation().leafScores()) {
                Row row = new Row(f.file().id(), f.evaluation().ruleHash(), score);
                Kept old = kept.remove(score.getLeafCode());
                if (old == null) {
                    added.add(row);
                } else if (!old.sameAs(row)) {
                    changed.add(row);
                    if (old.points().compareTo(score.getPoints()) != 0) {
                        changes.add(new ScoresChanged.Change(f.file().year(), f.file().unitCode(), score.getLeafCode(),
                                old.points(), score.getPoints()));
                    }
                }
            }
            kept.keySet().forEach(leaf -> gone.add(new Object[] {f.file().id(), leaf, stage.name()}));
        }
        template.batchUpdate("delete from score where assessment_id = ? and leaf_code = ? and stage = ?", gone);
        Timestamp when = Timestamp.valueOf(at);
        template.batchUpdate("""
                update score set points = ?, applicable = ?, rule_hash = ?, actor = ?, reason = ?, created_at = ?
                where assessment_id = ? and leaf_code = ? and stage = ?""", changed, 1000, (ps, row) -> {
            ps.setBigDecimal(1, row.score().getPoints());
            ps.setBoolean(2, row.score().isApplicable());
            ps.setString(3, row.ruleHash());
            ps.setString(4, actor);
            ps.setString(5, reason);
            ps.setTimestamp(6, when);
            ps.setLong(7, row.fileId());
            ps.setString(8, row.score().getLeafCode());
            ps.setString(9, stage.name());
        });
        bulk.into("score", List.of("assessment_id", "leaf_code", "stage", "points", "applicable", "rule_hash", "actor",
                "reason", "created_at"), added, row -> new Object[] {row.fileId(), row.score().getLeafCode(), stage.name(),
                row.score().getPoints(), row.score().isApplicable(), row.ruleHash(), actor, reason, when});
        events.publishEvent(new ScoresChanged(actor, stage, reason, changes));
    }

    /** A leaf's points as the rules last computed them. */
    private record Row(long fileId, String ruleHash, LeafScore score) {
    }

    /** What a stored row holds that a new computation may change. */
    private record Kept(BigDecimal points, boolean applicable, String ruleHash) {
        boolean sameAs(Row row) {
            return points.compareTo(row.score().getPoints()) == 0 && applicable == row.score().isApplicable()
                    && ruleHash.equals(row.ruleHash());
        }
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
        events.publishEvent(new ScoresChanged(actor, stage, reason,
                List.of(new ScoresChanged.Change(a.year(), a.unitCode(), leafCode, old, points))));
    }
}
