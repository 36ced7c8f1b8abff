package vn.parindex.ranking;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentScorer;
import vn.parindex.assessment.Stage;
import vn.parindex.db.BulkInsert;
import vn.parindex.org.Unit;
import vn.parindex.org.Units;
import vn.parindex.scoring.ScoringService;
import vn.parindex.scoring.facts.AreaIndex;
import vn.parindex.scoring.facts.Rank;
import vn.parindex.scoring.facts.RankCandidate;
import vn.parindex.scoring.facts.UnitTotal;
import vn.parindex.scoring.facts.YearSettings;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.EngineClock;
import vn.parindex.year.Cycle;
import vn.parindex.year.Years;

/** Computes, ranks (by the rules, within each block) and stores the results of a year. */
@Service
public class ResultService {

    public static final String PRELIMINARY = "PRELIMINARY";
    public static final String FINAL = "FINAL";

    private final Assessments assessments;
    private final AssessmentScorer scorer;
    private final ScoringService scoring;
    private final Units units;
    private final Years cycles;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkInsert bulk;
    private final ApplicationEventPublisher events;

    ResultService(Assessments assessments, AssessmentScorer scorer, ScoringService scoring,
                  Units units, Years cycles, JdbcClient jdbc, JdbcTemplate template, BulkInsert bulk,
                  ApplicationEventPublisher events) {
        this.bulk = bulk;
        this.events = events;
        this.assessments = assessments;
        this.scorer = scorer;
        this.scoring = scoring;
        this.units = units;
        this.cycles = cycles;
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Scores every unit of the year from its stored entries, survey and overrides, then ranks each block. */
    @Transactional
    public void compute(int year, String stage, String actor) {
        Map<String, Unit> unitsByCode = units.byCode();
        jdbc.sql("delete from unit_result where year = ? and stage = ?").params(year, stage).update();
        jdbc.sql("delete from unit_area_result where year = ? and stage = ?").params(year, stage).update();
        scorer.scoreAndStoreAll(year, assessments.findAll(year), Stage.RESULT, actor, reasonOf(stage),
                scored -> store(scored, unitsByCode, stage));
        rerank(year, stage);
    }

    /**
     * Re-scores one unit's leaves after a complaint decision, each changed leaf audited with the decision's reason. The
     * published preliminary results stay as they were published: the change shows in the final results, against them.
     * The year's row is locked first, so two decisions on one unit re-score one after the other.
     */
    @Transactional
    public void rescore(int year, String unitCode, String actor, String reason) {
        cycles.getForUpdate(year);
        scorer.scoreAndStore(assessments.get(year, unitCode), Stage.RESULT, actor, reason);
    }

    public List<UnitResult> results(int year, String stage) {
        return jdbc.sql("""
                select r.*, u.name from unit_result r join unit u on u.code = r.unit_code
                where r.year = ? and r.stage = ?
                order by r.ranking_block, case when r.rank_in_block = 0 then 1 else 0 end, r.rank_in_block, r.unit_code""")
                .params(year, stage)
                .query((rs, n) -> new UnitResult(rs.getInt("year"), rs.getString("unit_code"), rs.getString("name"),
                        rs.getString("stage"), rs.getString("ranking_block"), rs.getBigDecimal("achieved"),
                        rs.getBigDecimal("penalty"), rs.getBigDecimal("applicable"), rs.getBigDecimal("index_value"),
                        rs.getBigDecimal("appraised"), rs.getString("classification"), rs.getInt("rank_in_block"),
                        rs.getString("rank_rule"), rs.getString("rule_hash")))
                .list();
    }

    /** Area sub-indices by unit, then area code. */
    public Map<String, Map<String, BigDecimal>> areaIndices(int year, String stage) {
        return byUnitAndArea(year, stage, "index_value");
    }

    /** Points achieved per area, by unit, then area code. */
    public Map<String, Map<String, BigDecimal>> areaPoints(int year, String stage) {
        return byUnitAndArea(year, stage, "achieved");
    }

    /** One column of unit_area_result (named by this class, never by a caller) by unit, then area code. */
    private Map<String, Map<String, BigDecimal>> byUnitAndArea(int year, String stage, String column) {
        Map<String, Map<String, BigDecimal>> byUnit = new TreeMap<>();
        jdbc.sql("select unit_code, area_code, " + column + " from unit_area_result where year = ? and stage = ?")
                .params(year, stage)
                .query(rs -> {
                    byUnit.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                });
        return byUnit;
    }

    /** A result of a unit in one year: the final one if published, else the preliminary one; sub-indices by area. */
    public record YearResult(int year, String unitCode, String unitName, String stage, BigDecimal index,
                             String classification, int rank, String rankingBlock, Map<String, BigDecimal> areaIndices) {
    }

    /**
     * Year over year for a unit and, through predecessor links, the units it was formed from (the 2025 mergers):
     * each year's final result, or the preliminary one while the final is not out.
     */
    /**
     * Staff read every stage as soon as it is computed; everyone else reads preliminary results once the standing body
     * has published them and final results once the year is published.
     */
    public boolean visible(int year, String stage, CurrentUser reader) {
        if (reader.isProvinceStaff()) {
            return true;
        }
        return cycles.find(year).filter(c -> PRELIMINARY.equals(stage) ? c.preliminaryPublished() : c.locked()).isPresent();
    }

    public void requireVisible(int year, String stage, CurrentUser reader) {
        if (!visible(year, stage, reader)) {
            throw UserFacingException.forbidden("Kết quả " + (PRELIMINARY.equals(stage) ? "sơ bộ" : "chính thức")
                    + " năm " + year + " chưa được công bố.");
        }
    }

    public List<YearResult> history(String unitCode, CurrentUser reader) {
        Set<String> lineage = new LinkedHashSet<>();
        collectLineage(unitCode, lineage);
        Map<String, Map<String, BigDecimal>> areas = new HashMap<>();
        jdbc.sql("select year, unit_code, stage, area_code, index_value from unit_area_result where unit_code in (:units)")
                .param("units", lineage)
                .query(rs -> {
                    areas.computeIfAbsent(rs.getInt(1) + ":" + rs.getString(2) + ":" + rs.getString(3), k -> new TreeMap<>())
                            .put(rs.getString(4), rs.getBigDecimal(5));
                });
        Map<String, YearResult> byYearAndUnit = new TreeMap<>();
        jdbc.sql("""
                select r.year, r.unit_code, u.name, r.stage, r.index_value, r.classification, r.rank_in_block, r.ranking_block
                from unit_result r join unit u on u.code = r.unit_code
                where r.unit_code in (:units) order by r.year, r.unit_code, r.stage""")
                .param("units", lineage)
                .query(rs -> {
                    if (!visible(rs.getInt(1), rs.getString(4), reader)) {
                        return;
                    }
                    String key = rs.getInt(1) + ":" + rs.getString(2) + ":" + rs.getString(4);
                    YearResult result = new YearResult(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBigDecimal(5), rs.getString(6), rs.getInt(7), rs.getString(8), areas.getOrDefault(key, Map.of()));
                    byYearAndUnit.merge(result.year() + ":" + result.unitCode(), result,
                            (a, b) -> FINAL.equals(a.stage()) ? a : b);
                });
        return List.copyOf(byYearAndUnit.values());
    }

    private void collectLineage(String unitCode, Set<String> lineage) {
        if (lineage.add(unitCode)) {
            units.find(unitCode).ifPresent(u -> u.predecessors().forEach(p -> collectLineage(p, lineage)));
        }
    }

    /**
     * Takes a unit in or out of the year's ranking (the standing body, while the year is open; audited); stored
     * results are re-ranked at once, but the preliminary ones once published.
     */
    @Transactional
    public void setRanked(int year, String unitCode, boolean ranked, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        cycles.getForUpdate(year).requireUnlocked();
        Assessment a = assessments.get(year, unitCode);
        assessments.setRanked(year, unitCode, ranked);
        events.publishEvent(new UnitRankingChanged(user.id(), year, a.unitCode(), ranked));
        changeableStages(year).forEach(stage -> rerank(year, stage));
    }

    /**
     * The stages of the year whose stored results may still be recomputed: the preliminary results only until they are
     * published (then they are kept as published, the baseline of the final results' changes), the final ones.
     */
    public List<String> changeableStages(int year) {
        boolean published = cycles.get(year).preliminaryPublished();
        return storedStages(year).stream().filter(stage -> !(published && PRELIMINARY.equals(stage))).toList();
    }

    /** The stages of the year that have results, preliminary first. */
    public List<String> storedStages(int year) {
        return List.of(PRELIMINARY, FINAL).stream().filter(stage -> count(year, stage) > 0).toList();
    }

    /** Each year that has results, newest first, with its stages (preliminary first). */
    public Map<Integer, List<String>> yearsWithResults() {
        Map<Integer, List<String>> years = new TreeMap<>(Comparator.reverseOrder());
        jdbc.sql("select distinct year, stage from unit_result order by stage desc")
                .query(rs -> {
                    years.computeIfAbsent(rs.getInt(1), year -> new ArrayList<>()).add(rs.getString(2));
                });
        return years;
    }

    public int count(int year, String stage) {
        return jdbc.sql("select count(*) from unit_result where year = ? and stage = ?").params(year, stage)
                .query(Integer.class).single();
    }

    /** The results of a group of units (rank 0 until the block is ranked), and their areas', each in one bulk insert. */
    private void store(List<AssessmentScorer.Scored> scored, Map<String, Unit> unitsByCode, String stage) {
        Timestamp at = Timestamp.valueOf(EngineClock.now());
        bulk.into("unit_result", List.of("year", "unit_code", "stage", "ranking_block", "achieved", "penalty",
                "applicable", "index_value", "appraised", "classification", "rank_in_block", "rule_hash", "computed_at"),
                scored, s -> {
                    UnitTotal total = s.evaluation().total();
                    return new Object[] {s.file().year(), s.file().unitCode(), stage,
                            unitsByCode.get(s.file().unitCode()).rankingBlock(), total.getAchieved(), total.getPenalty(),
                            total.getApplicable(), total.getIndex(), total.getAppraised(), s.evaluation().classification(),
                            0, s.evaluation().ruleHash(), at};
                });
        record AreaRow(Assessment file, AreaIndex area) {
        }
        bulk.into("unit_area_result", List.of("year", "unit_code", "stage", "area_code", "achieved", "applicable",
                "index_value"), scored.stream().flatMap(s -> s.evaluation().areaIndices().stream()
                .map(area -> new AreaRow(s.file(), area))).toList(), row -> new Object[] {row.file().year(),
                row.file().unitCode(), stage, row.area().getAreaCode(), row.area().getAchieved(),
                row.area().getApplicable(), row.area().getIndex()});
    }

    /** Ranks the ranked units of each block; a unit assessed but not ranked this year keeps rank 0, and says so. */
    private void rerank(int year, String stage) {
        jdbc.sql("""
                update unit_result set rank_in_block = 0, rank_rule = ? where year = ? and stage = ?
                and unit_code in (select unit_code from assessment where year = ? and not ranked)""")
                .params(UnitResult.NOT_RANKED, year, stage, year).update();
        List<RankCandidate> candidates = new ArrayList<>();
        jdbc.sql("""
                select r.unit_code, r.ranking_block, r.index_value, r.appraised, r.classification from unit_result r
                join assessment a on a.year = r.year and a.unit_code = r.unit_code
                where r.year = ? and r.stage = ? and a.ranked""")
                .params(year, stage)
                .query(rs -> {
                    candidates.add(new RankCandidate(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getString(5)));
                });
        Cycle cycle = cycles.get(year);
        List<Map.Entry<String, Rank>> ranks = List.copyOf(scoring.rank(cycle.ruleHash(),
                new YearSettings(cycle.classificationScheme(), cycle.tieBreak()), candidates).entrySet());
        template.batchUpdate("update unit_result set rank_in_block = ?, rank_rule = ? where year = ? and stage = ? and unit_code = ?",
                ranks, 500, (ps, rank) -> {
                    ps.setInt(1, rank.getValue().getRank());
                    ps.setString(2, rank.getValue().getDecidedBy());
                    ps.setInt(3, year);
                    ps.setString(4, stage);
                    ps.setString(5, rank.getKey());
                });
    }

    private static String reasonOf(String stage) {
        return PRELIMINARY.equals(stage) ? "Tổng hợp kết quả sơ bộ" : "Tổng hợp kết quả chính thức";
    }
}
