package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Workbooks printed to PDF by LibreOffice headless, as an official's desk prints them (.ci/run installs it). */
final class LibreOfficePdf {

    private static final Path SOFFICE = Path.of(System.getProperty("par.test.soffice", "/usr/bin/soffice"));

    private LibreOfficePdf() {
    }

    /** Skips the test on a machine without LibreOffice. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice not installed (apt-get install libreoffice-calc-nogui)");
    }

    /** Prints each workbook to a PDF of the same name in the folder; one LibreOffice for all: it takes seconds to start. */
    static void print(Path folder, List<Path> workbooks) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("soffice-profile");
        List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", folder.toString()));
        workbooks.forEach(w -> command.add(w.toString()));
        Process soffice = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(300, TimeUnit.SECONDS)).as("LibreOffice converts within 5 minutes").isTrue();
    }
}
