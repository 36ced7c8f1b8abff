package vn.parindex.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A copy of rules/ for the test JVM, so tests may edit rules like an administrator without touching the repository.
 * Its catalogue is the test fixture of src/test/resources/test-rules (25 leaves per type, the worked examples'
 * numbers), so the shipped sample catalogue can change without changing them. Benchmarks set
 * {@code par.test.sample-catalogue} to measure the shipped sample instead.
 */
public final class TestRules {

    private static Path dir;

    private TestRules() {
    }

    public static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("par-rules");
                copy(Path.of("rules"), dir);
                if (!Boolean.getBoolean("par.test.sample-catalogue")) {
                    copy(Path.of("src/test/resources/test-rules"), dir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** Copies a folder tree over another, replacing files. */
    public static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
