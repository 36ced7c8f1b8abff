package vn.parindex.evidence;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.EngineClock;

/**
 * Nightly, removes evidence content no file refers to any more (removed by its unit, or stored for an upload that
 * was then refused). Content younger than a day is kept: it may belong to an upload still being attached.
 */
@Component
class EvidenceCleanup {

    private static final Logger log = LoggerFactory.getLogger(EvidenceCleanup.class);
    private static final Duration GRACE = Duration.ofDays(1);
    private final EvidenceContentStore contents;

    EvidenceCleanup(EvidenceContentStore contents) {
        this.contents = contents;
    }

    @Scheduled(cron = "${par.evidence.cleanup-cron:0 30 2 * * *}")
    void removeUnreferencedContent() {
        int removed = contents.removeUnreferenced(EngineClock.now().minus(GRACE));
        if (removed > 0) {
            log.info("Removed {} evidence contents no file refers to", removed);
        }
    }
}
