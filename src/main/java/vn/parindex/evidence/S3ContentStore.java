package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.AppProperties;
import vn.parindex.workflow.EngineClock;

/**
 * Content as objects in an S3-compatible store, with its row on evidence_content as in the database store (no
 * chunks): a row means the object is complete. The bucket cannot join a transaction, so every change to a hash's
 * object happens under a PostgreSQL advisory lock on that hash, held by the transaction that writes the row: a second
 * upload of the same file waits and then finds the row; an upload rolled back with its caller's transaction leaves an
 * object without a row, which the next upload of that file overwrites or {@link #removeUnreferenced} deletes.
 */
class S3ContentStore implements EvidenceContentStore {

    private static final Logger log = LoggerFactory.getLogger(S3ContentStore.class);
    private final ContentBucket bucket;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ContentWrites writes;

    S3ContentStore(ContentBucket bucket, JdbcClient jdbc, PlatformTransactionManager transactions, AppProperties properties) {
        this.bucket = bucket;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.writes = new ContentWrites(transactions, properties.evidence().concurrentWrites());
    }

    @Override
    public boolean contains(String sha256) {
        return jdbc.sql("select count(*) from evidence_content where sha256 = ?").param(sha256).query(Integer.class).single() > 0;
    }

    /**
     * In the caller's transaction, or one of its own: the row is written after the object, both under the hash's lock,
     * so that nobody sees the row before the object is whole. Waits for a writer's turn as the database store does: the
     * transaction holds a connection while the object uploads.
     */
    @Override
    public void put(String sha256, long sizeBytes, InputStream content) throws IOException {
        writes.write(sha256, () -> {
            lock(sha256);
            if (!contains(sha256)) {
                bucket.upload(sha256, sizeBytes, content);
                jdbc.sql("insert into evidence_content (sha256, stored_at) values (?, ?)")
                        .params(sha256, EngineClock.now()).update();
            }
        });
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return ContentIntegrity.verifying(sha256, bucket.open(sha256));
    }

    /**
     * One hash at a time, each in its own transaction under the hash's lock: the row goes, then the object, and a
     * failure to delete the object keeps the row for the next night. Content referenced in the meantime (an evidence
     * row inserted since the list was read) stays. Then objects that have no row (uploads rolled back) go too.
     */
    @Override
    public int removeUnreferenced(LocalDateTime storedBefore) {
        return removeUnreferencedRows(storedBefore) + removeObjectsWithoutRow();
    }

    private int removeUnreferencedRows(LocalDateTime storedBefore) {
        List<String> candidates = jdbc.sql("""
                select c.sha256 from evidence_content c where c.stored_at < ?
                and not exists (select 1 from evidence e where e.sha256 = c.sha256)
                and not exists (select 1 from evidence_chunk k where k.sha256 = c.sha256)""")
                .param(storedBefore).query(String.class).list();
        int removed = 0;
        for (String sha256 : candidates) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> remove(sha256, storedBefore)))) {
                    removed++;
                }
            } catch (DataIntegrityViolationException | UncheckedIOException e) {
                log.warn("Kept evidence content {}: {}", sha256, e.getMessage());
            }
        }
        return removed;
    }

    /** The lock makes an upload still in progress (its row not committed yet) finish before its object is judged. */
    private int removeObjectsWithoutRow() {
        return bucket.hashPages().mapToInt(hashes -> {
            List<String> known = jdbc.sql("select sha256 from evidence_content where sha256 = any(?)")
                    .param(hashes.toArray(String[]::new)).query(String.class).list();
            int removed = 0;
            for (String sha256 : hashes.stream().filter(h -> !known.contains(h)).toList()) {
                if (Boolean.TRUE.equals(transaction.execute(status -> removeWithoutRow(sha256)))) {
                    removed++;
                }
            }
            return removed;
        }).sum();
    }

    private boolean removeWithoutRow(String sha256) {
        lock(sha256);
        if (contains(sha256)) {
            return false;
        }
        deleteObject(sha256);
        return true;
    }

    private boolean remove(String sha256, LocalDateTime storedBefore) {
        lock(sha256);
        int deleted = jdbc.sql("""
                delete from evidence_content c where c.sha256 = ? and c.stored_at < ?
                and not exists (select 1 from evidence e where e.sha256 = c.sha256)""")
                .params(sha256, storedBefore).update();
        if (deleted == 0) {
            return false;
        }
        deleteObject(sha256);
        return true;
    }

    private void deleteObject(String sha256) {
        try {
            bucket.delete(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Until the current transaction ends; the id is the hash's first 64 bits. */
    private void lock(String sha256) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(Long.parseUnsignedLong(sha256.substring(0, 16), 16))
                .query().listOfRows();
    }
}
