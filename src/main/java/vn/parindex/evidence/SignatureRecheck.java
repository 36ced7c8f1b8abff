package vn.parindex.evidence;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is ready, checks in the background, a batch at a time, every evidence PDF with no signature
 * result computed with today's trust anchors: all of them after the anchors changed (a root or CRL added, removed or
 * replaced), the ones uploaded before the check existed, and any whose check failed. Several nodes starting together
 * may check the same content twice; the results are the same and the last one stays.
 */
@Component
class SignatureRecheck {

    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(SignatureRecheck.class);
    private final EvidenceSignatures signatures;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "signature-recheck"));

    SignatureRecheck(EvidenceSignatures signatures) {
        this.signatures = signatures;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker.execute(this::recheck);
    }

    /** Each content is tried once per run: one whose check fails is left for the next start. */
    void recheck() {
        int checked = 0;
        try {
            String after = "";
            for (List<String> batch; !(batch = signatures.unchecked(after, BATCH)).isEmpty(); after = batch.get(batch.size() - 1)) {
                for (String sha256 : batch) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    signatures.checkIfNeeded(sha256);
                    checked++;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Signature re-check stopped after {} files: {}", checked, e.toString());
            return;
        }
        if (checked > 0) {
            log.info("Checked the signatures of {} evidence PDFs against the current trust anchors", checked);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
