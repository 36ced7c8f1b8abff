package vn.parindex.evidence;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How both stores write content: only a few uploads write at once, the others waiting here and holding no connection
 * of their own (a complaint's files hold its transaction's one) instead of draining the pool for everyone else; each
 * write runs in the caller's transaction, or one of its own when there is none, so that content stored for a request
 * then refused is rolled back with it.
 */
final class ContentWrites {

    /** A write that may fail reading the upload. */
    @FunctionalInterface
    interface Write {
        void run() throws IOException;
    }

    private final Semaphore writers;
    private final TransactionTemplate transaction;

    ContentWrites(PlatformTransactionManager transactions, int concurrentWrites) {
        this.writers = new Semaphore(concurrentWrites, true);
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs the write of the content with that hash at a writer's turn; a failure to read the upload is thrown as is. */
    void write(String sha256, Write write) throws IOException {
        ContentIntegrity.checkedHash(sha256);
        try {
            writers.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to store evidence");
        }
        try {
            transaction.executeWithoutResult(status -> {
                try {
                    write.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            writers.release();
        }
    }
}
