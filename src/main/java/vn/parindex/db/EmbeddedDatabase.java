package vn.parindex.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded default's database: a PostgreSQL server of the application's own (binaries shipped in the jar, data
 * under {@code par.data-dir}, kept between starts), started when no database is given. The demo thus runs on the
 * same database, and the same SQL, as production and the tests: one dialect, so what the suite proves holds for the
 * first command too.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabase.NoDatabaseGiven.class)
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${par.data-dir:data}") Path dataDir) throws IOException {
        Path directory = Files.createDirectories(dataDir.resolve("postgres")).toAbsolutePath();
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)   // the demo's years, accounts and files survive a restart
                // stopped by the context after everything that uses it, not by a JVM hook racing the context's close
                .setRegisterShutdownHook(false)
                .start();
        log.info("Embedded PostgreSQL on port {}, data in {}", server.getPort(), directory);
        return server;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties, EmbeddedPostgres server) {
        properties.setUrl(server.getJdbcUrl("postgres", "postgres"));
        properties.setUsername("postgres");
        properties.setPassword("");
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    /** No {@code spring.datasource.url} (PAR_DB_URL) given: the embedded default. */
    static class NoDatabaseGiven implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
