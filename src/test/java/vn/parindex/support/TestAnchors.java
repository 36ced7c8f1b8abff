package vn.parindex.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.parindex.signature.TestPki;

/** The signatures' trust anchors of every *IT's application: the root of a CA of the tests' own, in a temporary folder. */
public final class TestAnchors {

    public static final TestPki CA = TestPki.rootCa("Kiểm thử tích hợp");
    private static Path dir;

    private TestAnchors() {
    }

    public static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("par-trust-anchors-");
                CA.writeRoot(dir, "root-ca.pem");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }
}
