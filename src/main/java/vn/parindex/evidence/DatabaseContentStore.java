package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.parindex.AppProperties;
import vn.parindex.workflow.EngineClock;

/**
 * Content in the database as 1 MiB chunks, so a file is streamed in and out a chunk at a time, written as
 * {@link ContentWrites} says. A content row without chunks is not this store's: it lives in
 * the object store (see {@link ContentMigration}).
 */
class DatabaseContentStore implements EvidenceContentStore {

    static final int CHUNK_BYTES = 1 << 20;
    private static final Logger log = LoggerFactory.getLogger(DatabaseContentStore.class);
    private final JdbcClient jdbc;
    private final ContentWrites writes;

    DatabaseContentStore(JdbcClient jdbc, PlatformTransactionManager transactions, AppProperties properties) {
        this.jdbc = jdbc;
        this.writes = new ContentWrites(transactions, properties.evidence().concurrentWrites());
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
    public void put(String sha256, long sizeBytes, InputStream content) throws IOException {
        writes.write(sha256, () -> {
            int inserted = jdbc.sql("insert into evidence_content (sha256, stored_at) values (?, ?) on conflict do nothing")
                    .params(sha256, EngineClock.now()).update();
            if (inserted == 1) {
                writeChunks(sha256, content);
            }
        });
    }

    /**
     * Writes the chunks of content whose row exists, in the current transaction, and fails it if the bytes do not match
     * the hash: nothing under a hash is ever other than what the hash names.
     */
    void writeChunks(String sha256, InputStream content) {
        MessageDigest digest = ContentIntegrity.sha256();
        byte[] buffer = new byte[CHUNK_BYTES];
        try {
            int read;
            for (int seq = 0; (read = content.readNBytes(buffer, 0, CHUNK_BYTES)) > 0; seq++) {
                digest.update(buffer, 0, read);
                jdbc.sql("insert into evidence_chunk (sha256, seq, data) values (?, ?, ?)")
                        .params(sha256, seq, read == CHUNK_BYTES ? buffer : Arrays.copyOf(buffer, read)).update();
            }
            ContentIntegrity.verify(sha256, digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String sha256) {
        if (!holds(sha256)) {
            log.error("Evidence content {} has no chunks in the database", sha256);
            throw ContentIntegrity.missing();
        }
        return ContentIntegrity.verifying(sha256, chunks(sha256));
    }

    boolean holds(String sha256) {
        return chunk(sha256, 0).isPresent();
    }

    /** The chunks as they are, one at a time. */
    InputStream chunks(String sha256) {
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int position;
            private int nextSeq;

            @Override
            public int read() {
                return fill() ? chunk[position++] & 0xff : -1;
            }

            @Override
            public int read(byte[] target, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(length, chunk.length - position);
                System.arraycopy(chunk, position, target, offset, n);
                position += n;
                return n;
            }

            private boolean fill() {
                while (position == chunk.length) {
                    Optional<byte[]> next = chunk(sha256, nextSeq);
                    if (next.isEmpty()) {
                        return false;
                    }
                    chunk = next.get();
                    position = 0;
                    nextSeq++;
                }
                return true;
            }
        };
    }

    long size(String sha256) {
        return jdbc.sql("select coalesce(sum(octet_length(data)), 0) from evidence_chunk where sha256 = ?")
                .param(sha256).query(Long.class).single();
    }

    void deleteChunks(String sha256) {
        jdbc.sql("delete from evidence_chunk where sha256 = ?").param(sha256).update();
    }

    private Optional<byte[]> chunk(String sha256, int seq) {
        return jdbc.sql("select data from evidence_chunk where sha256 = ? and seq = ?")
                .params(sha256, seq).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Content held as chunks only: a row whose content is in the object store is that store's to remove. */
    @Override
    public int removeUnreferenced(LocalDateTime storedBefore) {
        return jdbc.sql("""
                with unreferenced as (
                    select c.sha256 from evidence_content c where c.stored_at < ?
                    and not exists (select 1 from evidence e where e.sha256 = c.sha256)
                    and exists (select 1 from evidence_chunk k where k.sha256 = c.sha256)),
                chunks as (delete from evidence_chunk where sha256 in (select sha256 from unreferenced))
                delete from evidence_content where sha256 in (select sha256 from unreferenced)""")
                .param(storedBefore).update();
    }
}
