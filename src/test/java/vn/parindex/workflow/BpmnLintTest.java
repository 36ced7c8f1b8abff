package vn.parindex.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every model in bpmn/ passes bpmnlint's recommended rules (.bpmnlintrc; bpmnlint pinned in package.json and
 * package-lock.json). Needs Node.js and npm: skipped, with the install line, on a machine without them; .ci/run
 * installs them, so CI always lints.
 */
class BpmnLintTest {

    @Test
    void modelsPassBpmnlint() throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("npm"), "bpmnlint of bpmn/ skipped: no npm on the PATH (apt-get install -y nodejs npm, as .ci/run does)");
        if (!Files.isDirectory(Path.of("node_modules", "bpmnlint"))) {
            run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }
        run("npm", "run", "-s", "lint:bpmn");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("%s:%n%s", String.join(" ", command), output).isZero();
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
