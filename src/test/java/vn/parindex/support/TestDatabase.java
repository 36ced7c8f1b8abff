package vn.parindex.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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

    /** A new, empty database on the same server, for a node that must start from nothing; its JDBC URL. */
    public static String emptyDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    public static String user() {
        return System.getenv().getOrDefault("PAR_TEST_DB_USER", "postgres");
    }

    public static String password() {
        return System.getenv().getOrDefault("PAR_TEST_DB_PASSWORD", "postgres");
    }
}
