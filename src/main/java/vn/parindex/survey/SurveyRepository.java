package vn.parindex.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.db.BulkInsert;

@Repository
class SurveyRepository {

    /** The columns {@link #outcome} reads, in its order. */
    private static final String OUTCOME = "unit_code, leaf_code, rate, not_surveyed";

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    SurveyRepository(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** The survey's outcome on each survey-scored leaf of several units of a year, by unit code, in one query. */
    Map<String, List<SurveyEntry>> outcomesOf(int year, Collection<String> unitCodes) {
        Map<String, List<SurveyEntry>> byUnit = new HashMap<>();
        jdbc.sql("select " + OUTCOME + " from survey_result where year = :year and unit_code in (:units)")
                .param("year", year).param("units", unitCodes)
                .query(rs -> {
                    byUnit.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(outcome(rs));
                });
        return byUnit;
    }

    /** The survey-scored leaves the survey office marked the unit as not surveyed on. */
    Set<String> notSurveyed(int year, String unitCode) {
        return new HashSet<>(jdbc.sql("select leaf_code from survey_result where year = ? and unit_code = ? and not_surveyed")
                .params(year, unitCode).query(String.class).list());
    }

    /** Every outcome of the year by "unit|leaf", as the audit shows it (a rate, or "không điều tra"). */
    Map<String, String> allOutcomes(int year) {
        Map<String, String> outcomes = new HashMap<>();
        jdbc.sql("select " + OUTCOME + " from survey_result where year = ?").param(year)
                .query(rs -> {
                    outcomes.put(rs.getString(1) + "|" + rs.getString(2), outcome(rs).outcome());
                });
        return outcomes;
    }

    /** A row of the {@link #OUTCOME} columns: the survey's outcome on one leaf of one unit, without answer counts. */
    private static SurveyEntry outcome(ResultSet rs) throws SQLException {
        return new SurveyEntry(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), null, rs.getBoolean(4));
    }

    /** The year's results replaced by these, in bulk (a province's survey has thousands of rows). */
    void replaceAll(int year, List<SurveyEntry> entries, String actor, LocalDateTime at) {
        jdbc.sql("delete from survey_result where year = ?").param(year).update();
        Timestamp when = Timestamp.valueOf(at);
        bulk.into("survey_result", List.of("year", "unit_code", "leaf_code", "rate", "not_surveyed", "imported_by",
                "imported_at"), entries, e -> new Object[] {year, e.unitCode(), e.leafCode(), e.rate(), e.notSurveyed(),
                actor, when});
        bulk.into("survey_answer", List.of("year", "unit_code", "leaf_code", "option_code", "answer_count"),
                entries.stream().filter(e -> e.answerCounts() != null)
                        .flatMap(e -> e.answerCounts().entrySet().stream().map(count -> new Object[] {year, e.unitCode(),
                                e.leafCode(), count.getKey(), count.getValue()}))
                        .toList(), row -> row);
    }

    /** The units in scope of the year (those with a file), by code. */
    List<String> unitsOfYear(int year) {
        return jdbc.sql("select unit_code from assessment where year = ? order by unit_code").param(year)
                .query(String.class).list();
    }

    int count(int year) {
        return jdbc.sql("select count(*) from survey_result where year = ?").param(year).query(Integer.class).single();
    }
}
