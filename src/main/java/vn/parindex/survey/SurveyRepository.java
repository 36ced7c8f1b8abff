package vn.parindex.survey;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SurveyRepository {

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Survey rate (percent) per survey-scored leaf of a unit. */
    public Map<String, BigDecimal> rates(int year, String unitCode) {
        Map<String, BigDecimal> rates = new HashMap<>();
        jdbc.sql("select leaf_code, rate from survey_result where year = ? and unit_code = ?").params(year, unitCode)
                .query(rs -> {
                    rates.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return rates;
    }

    /** Every rate of the year by "unit|leaf". */
    Map<String, BigDecimal> allRates(int year) {
        Map<String, BigDecimal> rates = new HashMap<>();
        jdbc.sql("select unit_code, leaf_code, rate from survey_result where year = ?").param(year)
                .query(rs -> {
                    rates.put(rs.getString(1) + "|" + rs.getString(2), rs.getBigDecimal(3));
                });
        return rates;
    }

    void replaceAll(int year, List<SurveyEntry> entries, String actor, LocalDateTime at) {
        jdbc.sql("delete from survey_result where year = ?").param(year).update();
        for (SurveyEntry e : entries) {
            jdbc.sql("insert into survey_result (year, unit_code, leaf_code, rate, imported_by, imported_at) values (?, ?, ?, ?, ?, ?)")
                    .params(year, e.unitCode(), e.leafCode(), e.rate(), actor, at).update();
            if (e.answerCounts() != null) {
                e.answerCounts().forEach((option, count) -> jdbc.sql(
                                "insert into survey_answer (year, unit_code, leaf_code, option_code, answer_count) values (?, ?, ?, ?, ?)")
                        .params(year, e.unitCode(), e.leafCode(), option, count).update());
            }
        }
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
