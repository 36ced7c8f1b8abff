package vn.parindex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.criteria.Leaf;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;

/**
 * Prints the throughput of 50 concurrent 10 MB evidence uploads (distinct files, so every one is stored) and of
 * downloading them back, with the heap's peak use sampled meanwhile. Run with a small heap to show it stays flat:
 * {@code ./mvnw -Pbench verify -Dtest=EvidenceUploadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtest.jvm.args=-Xmx512m}.
 */
class EvidenceUploadBenchmark extends IntegrationTest {

    private static final int FILES = Integer.getInteger("bench.files", 50);
    private static final int MEGABYTES = Integer.getInteger("bench.file-mb", 10);

    @Test
    void concurrentUploads(@TempDir Path dir) throws Exception {
        scenario.ensureFixture();
        scenario.ensureUser("td1-bench", Roles.unitGroup("TD1"));
        Http unit = Http.as(port, "td1-bench", "pw");
        int year = scenario.openYear(List.of("TD1"));
        String evidence = "/api/cycles/" + year + "/assessments/TD1/evidence";
        String leaf = scenario.leaves(year, "TD1").stream().filter(Leaf::evidenceRequired).findFirst().orElseThrow().code();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            files.add(pdf(dir.resolve("kiem-chung-" + i + ".pdf"), i));
        }
        long bytes = (long) FILES * MEGABYTES * 1024 * 1024;
        unit.upload(evidence, "khoi-dong.pdf", pdf(dir.resolve("warm-up.pdf"), -1), "leafCode", leaf);

        List<String> ids = new ArrayList<>();
        measure("upload", bytes, i -> {
            HttpResponse<String> response = unit.upload(evidence, files.get(i).getFileName().toString(), files.get(i),
                    "leafCode", leaf);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            synchronized (ids) {
                ids.add(response.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
            }
            return response;
        });
        measure("download", bytes, i -> {
            HttpResponse<Void> response = unit.getDiscarding(evidence + "/" + ids.get(i));
            assertThat(response.statusCode()).isEqualTo(200);
            return response;
        });
    }

    private void measure(String what, long bytes, IntFunction<HttpResponse<?>> request) throws Exception {
        HeapSampler heap = new HeapSampler();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(FILES);
        try {
            List<Future<HttpResponse<?>>> done = new ArrayList<>();
            for (int i = 0; i < FILES; i++) {
                int file = i;
                done.add(pool.submit(() -> request.apply(file)));
            }
            for (Future<HttpResponse<?>> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("BENCH evidence %-8s %d concurrent x %d MB: %6.1f s  %6.1f MB/s  %5.1f files/s  "
                        + "heap peak %d MB (max %d MB)%n", what, FILES, MEGABYTES, s, bytes / 1048576.0 / s, FILES / s,
                heap.stop() / 1048576, Runtime.getRuntime().maxMemory() / 1048576);
    }

    private static Path pdf(Path file, int seed) throws IOException {
        Random random = new Random(seed);
        byte[] block = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int mb = 0; mb < MEGABYTES; mb++) {
                random.nextBytes(block);
                if (mb == 0) {
                    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
                    System.arraycopy(header, 0, block, 0, header.length);
                }
                out.write(block);
            }
        }
        return file;
    }

    /** Samples the used heap every 10 ms (garbage included, so an upper bound of what is live). */
    private static final class HeapSampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        HeapSampler() {
            System.gc();
            thread = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.start();
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return peak.get();
        }
    }
}
