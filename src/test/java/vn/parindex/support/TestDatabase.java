package vn.parindex.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL for the whole test JVM: embedded (io.zonky, PostgreSQL 15) by default, or the server
 * named by PAR_TEST_DB_URL (with PAR_TEST_DB_USER / PAR_TEST_DB_PASSWORD).
 */
public final class TestDatabase {

    private static EmbeddedPostgres embedded;

    private TestDatabase() {
    }

    public static synchronized String url() {
        String external = System.getenv("PAR_TEST_DB_URL");
        if (external != null) {
            return external;
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }

    public static String user() {
        return System.getenv().getOrDefault("PAR_TEST_DB_USER", "postgres");
    }

    public static String password() {
        return System.getenv().getOrDefault("PAR_TEST_DB_PASSWORD", "postgres");
    }
}
