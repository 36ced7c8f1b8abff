package vn.parindex.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import vn.parindex.AppProperties;

/**
 * {@code java -jar par-index.jar --par.evidence.migrate=to-s3} (or {@code to-database}): the administrator's command
 * that moves the evidence content, prints the counts and exits, 0 when every content is in the target store and 1
 * otherwise, also when it cannot start moving (no bucket, a bucket it cannot reach), with one line saying why. It
 * runs without a web server, job executor or scheduled tasks ({@link MigrationCommandSettings}).
 */
@Component
@ConditionalOnProperty(MigrationCommandSettings.MIGRATE)
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
        int exitCode = migrate(properties.evidence().migrate());
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    private int migrate(AppProperties.Evidence.ContentMigration direction) {
        try {
            ContentMigration.Report report = switch (direction) {
                case TO_S3 -> migration.toObjectStore();
                case TO_DATABASE -> migration.toDatabase();
            };
            if (report.complete()) {
                log.info("Evidence migration complete: every content is in the target store");
                return 0;
            }
            log.error("Evidence migration incomplete: run the same command again; the log names the contents that failed");
        } catch (RuntimeException e) {
            log.error("Evidence migration {} stopped, nothing more moved: {}", direction, reason(e), e);
        }
        return 1;
    }

    /** What went wrong, without the container's wrapping: "Object store bucket … is not reachable: …". */
    private static String reason(Throwable e) {
        Throwable reason = e;
        while (reason instanceof BeansException && reason.getCause() != null) {
            reason = reason.getCause();
        }
        return reason.getMessage();
    }
}
