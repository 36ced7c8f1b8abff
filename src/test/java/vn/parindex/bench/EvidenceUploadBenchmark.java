package vn.parindex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
            HttpResponse<InputStream> response = unit.stream(evidence + "/" + ids.get(i));
            assertThat(response.statusCode()).isEqualTo(200);
            try (InputStream in = response.body()) {
                assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo((long) MEGABYTES * 1024 * 1024);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
                        + "%s%n", what, FILES, MEGABYTES, s, bytes / 1048576.0 / s, FILES / s, heap.stop());
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
}
