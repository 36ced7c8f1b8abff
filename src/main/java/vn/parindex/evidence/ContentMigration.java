package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every evidence content from the database's chunks to the object store, or back, one content at a time: copy,
 * read the copy back and check its hash, and only then delete the source. Interrupted, it starts again where it stopped
 * (what still has chunks, or still has none); at the end, every row is compared with the target. Run with the
 * application's nodes stopped: a node reading the other store meanwhile would not find moved content.
 */
@Component
class ContentMigration {

    /** moved: copied, checked and deleted from the source now; failed: the hashes left where they were. */
    record Report(int moved, int contents, int inTarget, List<String> failed) {
        boolean complete() {
            return failed.isEmpty() && inTarget == contents;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ContentMigration.class);
    private static final int BATCH = 100;
    private final JdbcClient jdbc;
    private final DatabaseContentStore database;
    private final ObjectProvider<ContentBucket> bucket;
    private final TransactionTemplate transaction;

    ContentMigration(JdbcClient jdbc, DatabaseContentStore database, ObjectProvider<ContentBucket> bucket,
                     PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.database = database;
        this.bucket = bucket;
        this.transaction = new TransactionTemplate(transactions);
    }

    Report toObjectStore() {
        ContentBucket target = bucket.getObject();
        List<String> failed = new ArrayList<>();
        int moved = 0;
        for (List<String> batch = held(true, ""); !batch.isEmpty(); batch = held(true, batch.get(batch.size() - 1))) {
            for (String sha256 : batch) {
                try {
                    target.upload(sha256, database.size(sha256), database.chunks(sha256));
                    ContentIntegrity.readVerified(sha256, target.open(sha256));
                    database.deleteChunks(sha256);
                    moved++;
                } catch (IOException | RuntimeException e) {
                    log.error("Evidence content {} stays in the database: {}", sha256, e.toString());
                    failed.add(sha256);
                }
            }
            log.info("Evidence contents moved to the object store: {}", moved);
        }
        Set<String> objects = new HashSet<>();
        target.hashPages().forEach(objects::addAll);
        int contents = jdbc.sql("select count(*) from evidence_content").query(Integer.class).single();
        int inTarget = (int) jdbc.sql("select c.sha256 from evidence_content c "
                        + "where not exists (select 1 from evidence_chunk k where k.sha256 = c.sha256)")
                .query(String.class).list().stream().filter(objects::contains).count();
        return report(moved, contents, inTarget, failed);
    }

    Report toDatabase() {
        ContentBucket source = bucket.getObject();
        List<String> failed = new ArrayList<>();
        int moved = 0;
        for (List<String> batch = held(false, ""); !batch.isEmpty(); batch = held(false, batch.get(batch.size() - 1))) {
            for (String sha256 : batch) {
                try {
                    copyToChunks(source, sha256);
                    ContentIntegrity.readVerified(sha256, database.open(sha256));
                    source.delete(sha256);
                    moved++;
                } catch (IOException | RuntimeException e) {
                    log.error("Evidence content {} stays in the object store: {}", sha256, e.toString());
                    failed.add(sha256);
                }
            }
            log.info("Evidence contents moved to the database: {}", moved);
        }
        removeObjectsBackInTheDatabase(source, failed);
        int contents = jdbc.sql("select count(*) from evidence_content").query(Integer.class).single();
        int inTarget = jdbc.sql("select count(*) from evidence_content c "
                + "where exists (select 1 from evidence_chunk k where k.sha256 = c.sha256)").query(Integer.class).single();
        return report(moved, contents, inTarget, failed);
    }

    /** Objects a stopped run had copied back but not deleted yet: deleted now, once their chunks read back whole. */
    private void removeObjectsBackInTheDatabase(ContentBucket source, List<String> failed) {
        source.hashPages().flatMap(List::stream).filter(database::holds).forEach(sha256 -> {
            try {
                ContentIntegrity.readVerified(sha256, database.open(sha256));
                source.delete(sha256);
            } catch (IOException | RuntimeException e) {
                log.error("Evidence content {} is kept in the object store too: {}", sha256, e.toString());
                failed.add(sha256);
            }
        });
    }

    /** In one transaction: chunks that do not add up to the hash are rolled back, never left half written. */
    private void copyToChunks(ContentBucket source, String sha256) throws IOException {
        try (InputStream in = source.open(sha256)) {
            transaction.executeWithoutResult(status -> database.writeChunks(sha256, in));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The next contents in hash order after {@code after} that have chunks (or none). */
    private List<String> held(boolean inDatabase, String after) {
        return jdbc.sql("select c.sha256 from evidence_content c where c.sha256 > ? and "
                        + (inDatabase ? "" : "not ") + "exists (select 1 from evidence_chunk k where k.sha256 = c.sha256) "
                        + "order by c.sha256 limit " + BATCH)
                .param(after).query(String.class).list();
    }

    private static Report report(int moved, int contents, int inTarget, List<String> failed) {
        Report report = new Report(moved, contents, inTarget, List.copyOf(failed));
        log.info("Evidence migration: {} moved now, {} of {} contents in the target store, {} failed {}",
                moved, inTarget, contents, failed.size(), failed);
        return report;
    }
}
