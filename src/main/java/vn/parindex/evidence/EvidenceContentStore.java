package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;

/**
 * Where evidence content lives, addressed by its SHA-256 so the same file is kept once: PostgreSQL by default, or an
 * S3-compatible object store ({@code par.evidence.store}). Content passes through as a stream, never whole in memory,
 * and what does not match its hash is refused on the way in and on the way out. The rows of evidence_content say what
 * is stored, whichever store holds it, so that references and cleanup stay in SQL.
 */
public interface EvidenceContentStore {

    boolean contains(String sha256);

    /**
     * Stores the content under its hash; content already stored (also by a concurrent upload) is left as it is. Within
     * the caller's transaction, if any: a store that cannot take part in it leaves the content of a request rolled
     * back to {@link EvidenceCleanup}. The size is the one measured on the upload; content of another size or hash is
     * refused with an exception and nothing stored.
     */
    void put(String sha256, long sizeBytes, InputStream content) throws IOException;

    /**
     * The content, read as it streams. Content that is gone fails here, with a
     * {@link vn.parindex.web.UserFacingException}, before a byte is read (so a download can still answer with an
     * error); bytes that do not match the hash fail the read that reaches their end with
     * {@link ContentIntegrity.ContentCorruptedException}.
     */
    InputStream open(String sha256) throws IOException;

    default void copyTo(String sha256, OutputStream out) throws IOException {
        try (InputStream in = open(sha256)) {
            in.transferTo(out);
        }
    }

    /** Removes content that no evidence references and that was stored before the time; returns how many. */
    int removeUnreferenced(LocalDateTime storedBefore);
}
