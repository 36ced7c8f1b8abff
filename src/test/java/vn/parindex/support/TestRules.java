package vn.parindex.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of rules/ for the test JVM, so tests may edit rules like an administrator without touching the repository. */
public final class TestRules {

    private static Path dir;

    private TestRules() {
    }

    public static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("par-rules");
                Path source = Path.of("rules");
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path p : files.toList()) {
                        Path target = dir.resolve(source.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(target);
                        } else {
                            Files.copy(p, target);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }
}
