package vn.parindex.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.parindex.support.TestDatabase;

/** Rows arrive as given through PostgreSQL's copy, whatever their texts hold. */
class BulkInsertTest {

    record Probe(long id, String label, BigDecimal amount, Boolean flag, Timestamp at) {
    }

    private static final Timestamp AT = Timestamp.valueOf(LocalDateTime.of(2026, 12, 3, 14, 5, 6));
    private static final List<Probe> PROBES = List.of(
            new Probe(1, "UBND xã Đông Hưng, \"Hải Dương\"", new BigDecimal("12.50"), true, AT),
            new Probe(2, "hai dòng\nthứ hai; dấu phẩy, \\N", new BigDecimal("-0.25"), false, AT),
            new Probe(3, "\\.", new BigDecimal("0.00"), null, null),
            new Probe(4, "", null, true, AT),
            new Probe(5, null, new BigDecimal("999999.99"), false, AT));

    @Test
    void insertsEveryRowAsGiven() {
        SingleConnectionDataSource source = new SingleConnectionDataSource(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password(), true);
        JdbcTemplate jdbc = new JdbcTemplate(source);
        try {
            jdbc.execute("drop table if exists bulk_probe");
            jdbc.execute("""
                    create table bulk_probe (id bigint primary key, label varchar(100), amount numeric(8,2), flag boolean,
                    at timestamp)""");
            BulkInsert bulk = new BulkInsert(jdbc);
            bulk.into("bulk_probe", List.of("id", "label", "amount", "flag", "at"), List.of(), p -> new Object[0]);
            bulk.into("bulk_probe", List.of("id", "label", "amount", "flag", "at"), PROBES,
                    p -> new Object[] {p.id(), p.label(), p.amount(), p.flag(), p.at()});

            List<Probe> stored = jdbc.query("select * from bulk_probe order by id", (rs, n) -> new Probe(rs.getLong("id"),
                    rs.getString("label"), rs.getBigDecimal("amount"), (Boolean) rs.getObject("flag"), rs.getTimestamp("at")));
            assertThat(stored).isEqualTo(PROBES);

            List<Integer> many = IntStream.range(100, 60_100).boxed().toList();   // more than one copy's worth
            bulk.into("bulk_probe", List.of("id", "label"), many, i -> new Object[] {i, "đơn vị " + i});
            assertThat(jdbc.queryForObject("select count(*) from bulk_probe where id >= 100", Long.class)).isEqualTo(60_000L);
            assertThat(jdbc.queryForObject("select label from bulk_probe where id = 60099", String.class)).isEqualTo("đơn vị 60099");
        } finally {
            jdbc.execute("drop table if exists bulk_probe");
            source.destroy();
        }
    }
}
