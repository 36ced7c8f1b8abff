package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.support.TestDatabase;

/** Rows of a real PostgreSQL cursor, read in a thread of their own: all of them in order, and either side's failure. */
class ReadAheadTest {

    private final DriverManagerDataSource source = new DriverManagerDataSource(TestDatabase.url(), TestDatabase.user(),
            TestDatabase.password());
    private final JdbcTemplate jdbc = new JdbcTemplate(source);
    private final TransactionTemplate readOnly = new TransactionTemplate(new DataSourceTransactionManager(source));
    private final AtomicBoolean queryEnded = new AtomicBoolean();
    private final AtomicInteger rowsRead = new AtomicInteger();

    ReadAheadTest() {
        jdbc.setFetchSize(500);
        readOnly.setReadOnly(true);
    }

    @Test
    void everyRowArrivesInOrder() throws IOException {
        List<Integer> written = new ArrayList<>();
        ReadAhead.copy(query("select g from generate_series(1, 10001) g order by g"), (rs, n) -> rs.getInt(1), written::add);
        assertThat(written).isEqualTo(IntStream.rangeClosed(1, 10001).boxed().toList());
        assertThat(queryEnded).isTrue();
    }

    @Test
    void aWriterThatFailsEndsTheQueryAndItsErrorReachesTheCaller() {
        IOException clientGone = new IOException("Broken pipe");
        assertThatThrownBy(() -> ReadAhead.copy(query("select g from generate_series(1, 1000000) g"), (rs, n) -> {
            rowsRead.incrementAndGet();
            return rs.getInt(1);
        }, row -> {
            if (row == 3000) {
                throw clientGone;
            }
        })).isSameAs(clientGone);
        assertThat(queryEnded).as("the caller returns once the query has ended").isTrue();
        // at most: the batch written, four queued, one read as the writer failed and one more (8 x 2,000)
        assertThat(rowsRead.get()).as("the query stops a few batches ahead").isLessThanOrEqualTo(16_000);
    }

    @Test
    void aQueryThatFailsStopsTheWriterAndItsErrorReachesTheCaller() {
        List<Integer> written = new ArrayList<>();
        assertThatThrownBy(() -> ReadAhead.copy(query("select 1 / (5000 - g) from generate_series(1, 10000) g"),
                (rs, n) -> rs.getInt(1), written::add)).isInstanceOf(DataAccessException.class);
        assertThat(written).hasSizeLessThan(5000);
        assertThat(queryEnded).isTrue();
    }

    private Consumer<RowCallbackHandler> query(String sql) {
        return rows -> {
            try {
                readOnly.executeWithoutResult(status -> jdbc.query(sql, rows));
            } finally {
                queryEnded.set(true);
            }
        };
    }
}
