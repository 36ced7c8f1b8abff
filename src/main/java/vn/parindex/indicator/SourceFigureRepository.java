package vn.parindex.indicator;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.db.BulkInsert;

@Repository
class SourceFigureRepository {

    private static final List<String> COLUMNS = List.of("year", "unit_code", "indicator", "period", "numerator",
            "denominator", "source", "extracted_on", "file_sha256", "imported_by", "imported_at");
    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    SourceFigureRepository(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /**
     * Stores each month, replacing the same month imported before if it differs; returns the months new or changed.
     * The year's first months are copied in bulk straight into the table; later ones beside it, then merged in two
     * statements (the caller holds the year's lock, so no other import adds the same months meanwhile).
     */
    int upsert(int year, List<SourceFigure> figures, String fileSha256, String actor, LocalDateTime at) {
        Timestamp importedAt = Timestamp.valueOf(at);
        Function<SourceFigure, Object[]> values = f -> new Object[] {year, f.unitCode(), f.indicator(), f.period().atDay(1),
                f.numerator(), f.denominator(), f.source(), f.extractedOn(), fileSha256, actor, importedAt};
        if (!jdbc.sql("select exists (select 1 from source_figure where year = ?)").param(year).query(Boolean.class).single()) {
            bulk.into("source_figure", COLUMNS, figures, values);
            return figures.size();
        }
        jdbc.sql("create temporary table source_figure_import (like source_figure) on commit drop").update();
        bulk.into("source_figure_import", COLUMNS, figures, values);
        int changed = jdbc.sql("""
                update source_figure f set numerator = i.numerator, denominator = i.denominator, source = i.source,
                    extracted_on = i.extracted_on, file_sha256 = i.file_sha256, imported_by = i.imported_by,
                    imported_at = i.imported_at
                from source_figure_import i
                where f.year = i.year and f.unit_code = i.unit_code and f.indicator = i.indicator and f.period = i.period
                  and (f.numerator, f.denominator, f.source, f.extracted_on)
                      is distinct from (i.numerator, i.denominator, i.source, i.extracted_on)""").update();
        String columns = String.join(", ", COLUMNS);
        return changed + jdbc.sql("insert into source_figure (" + columns + ") select " + columns
                + " from source_figure_import i where not exists (select 1 from source_figure f where f.year = i.year"
                + " and f.unit_code = i.unit_code and f.indicator = i.indicator and f.period = i.period)").update();
    }

    /** A unit's sums of an indicator over a window: its distinct sources in one line, its latest extraction. */
    record Total(String unitCode, BigDecimal numerator, BigDecimal denominator, String sources, LocalDate extractedOn) {
    }

    /**
     * Every unit's sums of the indicator over the window: one pass over the year's months, whatever the units an import
     * touched (a list of thousands of them in the query made the planner loop over it for each month).
     */
    List<Total> totals(int year, String indicator, YearMonth first, YearMonth last) {
        return jdbc.sql("""
                select unit_code, sum(numerator), sum(denominator),
                       left(string_agg(distinct source, ', ' order by source), 200), max(extracted_on)
                from source_figure
                where year = :year and indicator = :indicator and period between :first and :last
                group by unit_code order by unit_code""")
                .param("year", year).param("indicator", indicator).param("first", Date.valueOf(first.atDay(1)))
                .param("last", Date.valueOf(last.atDay(1)))
                .query((rs, n) -> new Total(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getDate(5).toLocalDate())).list();
    }
}
