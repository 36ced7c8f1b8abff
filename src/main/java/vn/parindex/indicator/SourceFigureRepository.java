package vn.parindex.indicator;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
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
     * The file's rows are copied in bulk beside the table, then merged in one statement.
     */
    int upsert(int year, List<SourceFigure> figures, String fileSha256, String actor, LocalDateTime at) {
        jdbc.sql("create temporary table source_figure_import (like source_figure) on commit drop").update();
        Timestamp importedAt = Timestamp.valueOf(at);
        bulk.into("source_figure_import", COLUMNS, figures, f -> new Object[] {year, f.unitCode(), f.indicator(),
                f.period().atDay(1), f.numerator(), f.denominator(), f.source(), f.extractedOn(), fileSha256, actor,
                importedAt});
        String columns = String.join(", ", COLUMNS);
        return jdbc.sql("insert into source_figure (" + columns + ") select " + columns + " from source_figure_import "
                + """
                on conflict (year, unit_code, indicator, period) do update set numerator = excluded.numerator,
                    denominator = excluded.denominator, source = excluded.source, extracted_on = excluded.extracted_on,
                    file_sha256 = excluded.file_sha256, imported_by = excluded.imported_by, imported_at = excluded.imported_at
                where (source_figure.numerator, source_figure.denominator, source_figure.source, source_figure.extracted_on)
                      is distinct from (excluded.numerator, excluded.denominator, excluded.source, excluded.extracted_on)""")
                .update();
    }

    /** A unit's sums of an indicator over a window: its distinct sources in one line, its latest extraction. */
    record Total(String unitCode, BigDecimal numerator, BigDecimal denominator, String sources, LocalDate extractedOn) {
    }

    List<Total> totals(int year, String indicator, YearMonth first, YearMonth last, Collection<String> unitCodes) {
        return jdbc.sql("""
                select unit_code, sum(numerator), sum(denominator),
                       left(string_agg(distinct source, ', ' order by source), 200), max(extracted_on)
                from source_figure
                join unnest(:units) as touched (code) on touched.code = unit_code
                where year = :year and indicator = :indicator and period between :first and :last
                group by unit_code order by unit_code""")
                .param("year", year).param("indicator", indicator).param("first", Date.valueOf(first.atDay(1)))
                .param("last", Date.valueOf(last.atDay(1))).param("units", unitCodes.toArray(String[]::new))
                .query((rs, n) -> new Total(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getDate(5).toLocalDate())).list();
    }
}
