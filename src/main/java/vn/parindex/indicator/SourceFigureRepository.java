package vn.parindex.indicator;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SourceFigureRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SourceFigureRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Stores each month, replacing the same month imported before. */
    void upsert(int year, List<SourceFigure> figures, String fileSha256, String actor, LocalDateTime at) {
        template.batchUpdate("""
                insert into source_figure (year, unit_code, indicator, period, numerator, denominator, source,
                                           extracted_on, file_sha256, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (year, unit_code, indicator, period) do update set numerator = excluded.numerator,
                    denominator = excluded.denominator, source = excluded.source, extracted_on = excluded.extracted_on,
                    file_sha256 = excluded.file_sha256, imported_by = excluded.imported_by, imported_at = excluded.imported_at""",
                figures, 1000, (ps, f) -> {
                    ps.setInt(1, year);
                    ps.setString(2, f.unitCode());
                    ps.setString(3, f.indicator());
                    ps.setDate(4, Date.valueOf(f.period().atDay(1)));
                    ps.setBigDecimal(5, f.numerator());
                    ps.setBigDecimal(6, f.denominator());
                    ps.setString(7, f.source());
                    ps.setDate(8, Date.valueOf(f.extractedOn()));
                    ps.setString(9, fileSha256);
                    ps.setString(10, actor);
                    ps.setTimestamp(11, Timestamp.valueOf(at));
                });
    }

    /** The months stored for these units and periods (those a file brings), to tell what it changes. */
    List<SourceFigure> ofPeriods(int year, Collection<String> unitCodes, Collection<YearMonth> periods) {
        List<SourceFigure> figures = new ArrayList<>();
        jdbc.sql("select * from source_figure where year = :year and unit_code in (:units) and period in (:periods)")
                .param("year", year).param("units", unitCodes)
                .param("periods", periods.stream().map(p -> Date.valueOf(p.atDay(1))).toList()).query(rs -> {
                    figures.add(new SourceFigure(rs.getString("unit_code"), rs.getString("indicator"),
                            YearMonth.from(rs.getDate("period").toLocalDate()), rs.getBigDecimal("numerator"),
                            rs.getBigDecimal("denominator"), rs.getString("source"),
                            rs.getDate("extracted_on").toLocalDate()));
                });
        return figures;
    }

    /** A unit's sums of an indicator over a window: its distinct sources in one line, its latest extraction. */
    record Total(String unitCode, BigDecimal numerator, BigDecimal denominator, String sources, LocalDate extractedOn) {
    }

    List<Total> totals(int year, String indicator, YearMonth first, YearMonth last, Collection<String> unitCodes) {
        return jdbc.sql("""
                select unit_code, sum(numerator), sum(denominator),
                       left(string_agg(distinct source, ', ' order by source), 200), max(extracted_on)
                from source_figure
                where year = :year and indicator = :indicator and period between :first and :last and unit_code in (:units)
                group by unit_code order by unit_code""")
                .param("year", year).param("indicator", indicator).param("first", Date.valueOf(first.atDay(1)))
                .param("last", Date.valueOf(last.atDay(1))).param("units", unitCodes)
                .query((rs, n) -> new Total(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getDate(5).toLocalDate())).list();
    }
}
