package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.AppProperties;
import vn.parindex.workflow.EngineClock;

/**
 * Content in the database as 1 MiB chunks, so a file is streamed in and out a chunk at a time. Only a few uploads
 * write at once: the others wait here, holding no connection of their own (a complaint's files hold its transaction's
 * one), instead of draining the pool for everyone else.
 */
@Component
class DatabaseContentStore implements EvidenceContentStore {

    static final int CHUNK_BYTES = 1 << 20;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Semaphore writers;

    DatabaseContentStore(JdbcClient jdbc, PlatformTransactionManager transactions, AppProperties properties) {
        this.jdbc = jdbc;
        this.writers = new Semaphore(properties.evidence().concurrentWrites(), true);
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public boolean contains(String sha256) {
        return jdbc.sql("select count(*) from evidence_content where sha256 = ?").param(sha256).query(Integer.class).single() > 0;
    }

    /**
     * In the caller's transaction, or one of its own when there is none (a single upload), so that content stored for
     * a request that is then refused (a complaint) is rolled back with it. The row on evidence_content serialises two
     * uploads of the same file: the second waits for the first to end and stores nothing if it committed.
     */
    @Override
    public void put(String sha256, InputStream content) throws IOException {
        try {
            writers.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to store evidence");
        }
        try {
            transaction.executeWithoutResult(status -> {
                int inserted = jdbc.sql("insert into evidence_content (sha256, stored_at) values (?, ?) on conflict do nothing")
                        .params(sha256, EngineClock.now()).update();
                if (inserted == 1) {
                    writeChunks(sha256, content);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            writers.release();
        }
    }

    private void writeChunks(String sha256, InputStream content) {
        byte[] buffer = new byte[CHUNK_BYTES];
        try {
            int read;
            for (int seq = 0; (read = content.readNBytes(buffer, 0, CHUNK_BYTES)) > 0; seq++) {
                jdbc.sql("insert into evidence_chunk (sha256, seq, data) values (?, ?, ?)")
                        .params(sha256, seq, read == CHUNK_BYTES ? buffer : Arrays.copyOf(buffer, read)).update();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copyTo(String sha256, OutputStream out) throws IOException {
        for (int seq = 0; ; seq++) {
            Optional<byte[]> chunk = jdbc.sql("select data from evidence_chunk where sha256 = ? and seq = ?")
                    .params(sha256, seq).query((rs, n) -> rs.getBytes(1)).optional();
            if (chunk.isEmpty()) {
                return;
            }
            out.write(chunk.get());
        }
    }

    @Override
    @Transactional
    public int removeUnreferenced(LocalDateTime storedBefore) {
        String unreferenced = "select c.sha256 from evidence_content c where c.stored_at < ? "
                + "and not exists (select 1 from evidence e where e.sha256 = c.sha256)";
        jdbc.sql("delete from evidence_chunk where sha256 in (" + unreferenced + ")").param(storedBefore).update();
        return jdbc.sql("delete from evidence_content where sha256 in (" + unreferenced + ")").param(storedBefore).update();
    }
}
