package vn.parindex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.criteria.Leaf;
import vn.parindex.security.Roles;
import vn.parindex.signature.PdfSignatureCheck;
import vn.parindex.signature.TestPki;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.TestAnchors;

/**
 * Prints the throughput of 50 concurrent 10 MB evidence uploads (distinct signed PDFs, so every one is stored and has
 * its signature checked, as a unit's decisions would) and of downloading them back, with the heap's peak use sampled
 * meanwhile. Run with a small heap to show it stays flat:
 * {@code ./mvnw -Pbench verify -Dtest=EvidenceUploadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtest.jvm.args=-Xmx512m}.
 */
class EvidenceUploadBenchmark extends IntegrationTest {

    private static final int FILES = Integer.getInteger("bench.files", 50);
    private static final int MEGABYTES = Integer.getInteger("bench.file-mb", 10);

    @Autowired PdfSignatureCheck signatures;

    @Test
    void concurrentUploads(@TempDir Path dir) throws Exception {
        scenario.ensureFixture();
        scenario.ensureUser("td1-bench", Roles.unitGroup("TD1"));
        Http unit = Http.as(port, "td1-bench", "pw");
        int year = scenario.openYear(List.of("TD1"));
        String evidence = "/api/cycles/" + year + "/assessments/TD1/evidence";
        String leaf = scenario.leaves(year, "TD1").stream().filter(Leaf::evidenceRequired).findFirst().orElseThrow().code();
        byte[] unsigned = TestPki.largePdf(MEGABYTES);
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < FILES; i++) {
            files.add(signed(dir.resolve("kiem-chung-" + i + ".pdf"), unsigned, i));
            bytes += Files.size(files.get(i));
        }
        unit.upload(evidence, "khoi-dong.pdf", signed(dir.resolve("warm-up.pdf"), unsigned, -1), "leafCode", leaf);

        List<String> ids = new ArrayList<>();
        measure("upload", bytes, i -> {
            HttpResponse<String> response = unit.upload(evidence, files.get(i).getFileName().toString(), files.get(i),
                    "leafCode", leaf);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).as("signature checked and trusted").contains("\"verified\":true");
            synchronized (ids) {
                ids.add(response.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
            }
            return response;
        });
        long t0 = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            signatures.check(files.get(i));
        }
        System.out.printf("BENCH evidence signature check of one %d MB signed PDF alone: %.0f ms (mean of 5)%n",
                MEGABYTES, (System.nanoTime() - t0) / 5e6);
        measure("download", bytes, i -> {
            HttpResponse<InputStream> response = unit.stream(evidence + "/" + ids.get(i));
            assertThat(response.statusCode()).isEqualTo(200);
            try (InputStream in = response.body()) {
                assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(Files.size(files.get(i)));
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

    /** The PDF signed by a signer of its own, so every file differs. */
    private static Path signed(Path file, byte[] unsigned, int signer) throws IOException {
        return Files.write(file, TestPki.sign(unsigned, TestAnchors.CA.signer("Cán bộ " + signer, "Sở Nội vụ")));
    }
}
