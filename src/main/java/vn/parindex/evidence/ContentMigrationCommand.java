package vn.parindex.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import vn.parindex.AppProperties;

/**
 * {@code java -jar par-index.jar --par.evidence.migrate=to-s3} (or {@code to-database}): the administrator's command
 * that moves the evidence content, prints the counts and exits, 0 when every content is in the target store.
 */
@Component
@ConditionalOnProperty("par.evidence.migrate")
class ContentMigrationCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContentMigrationCommand.class);
    private final ContentMigration migration;
    private final AppProperties properties;
    private final ConfigurableApplicationContext context;

    ContentMigrationCommand(ContentMigration migration, AppProperties properties, ConfigurableApplicationContext context) {
        this.migration = migration;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        ContentMigration.Report report = switch (properties.evidence().migrate()) {
            case TO_S3 -> migration.toObjectStore();
            case TO_DATABASE -> migration.toDatabase();
        };
        log.info(report.complete() ? "Evidence migration complete: every content is in the target store"
                : "Evidence migration incomplete: run the same command again; the log names the contents that failed");
        System.exit(SpringApplication.exit(context, () -> report.complete() ? 0 : 1));
    }
}
