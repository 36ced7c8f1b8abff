package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;

/**
 * Where evidence content lives, addressed by its SHA-256 so the same file is kept once. PostgreSQL by
 * default; a file or object store can take its place. Content passes through as a stream, never whole in memory.
 */
public interface EvidenceContentStore {

    boolean contains(String sha256);

    /**
     * Stores the content under its hash; content already stored (also by a concurrent upload) is left as it is. Within
     * the caller's transaction, if any: a store that cannot take part in it leaves the content of a request rolled
     * back to {@link EvidenceCleanup}.
     */
    void put(String sha256, InputStream content) throws IOException;

    void copyTo(String sha256, OutputStream out) throws IOException;

    /** Removes content that no evidence references and that was stored before the time; returns how many. */
    int removeUnreferenced(LocalDateTime storedBefore);
}
