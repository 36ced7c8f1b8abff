package vn.parindex.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.parindex.ParIndexApplication;

/**
 * The application in a JVM of its own, on the test database with the job executor on, as one node of a cluster.
 * {@link #kill()} sends SIGKILL, as a crash would; {@link #close()} stops it gracefully. {@link #command} runs it as an
 * administrator's command instead, until it exits.
 */
public final class AppNode implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts a node named {@code name} (its engine host name and its PostgreSQL application name) and waits until it
     * answers HTTP. {@code properties} add or override Spring properties.
     */
    public static AppNode start(String name, Map<String, String> properties) {
        return start(name, "512m", properties);
    }

    /** The same with the node's maximum heap, e.g. "256m". */
    public static AppNode start(String name, String maxHeap, Map<String, String> properties) {
        return launch(name, maxHeap, onTheTestDatabase(name, properties), Path.of("."));
    }

    /**
     * The application started as an administrator's command (e.g. {@code par.evidence.migrate}) with the settings of
     * {@link #start}: waits until it exits, at most {@code within}, trying its port meanwhile; fails if it is still
     * running then.
     */
    public static CommandRun command(String name, Map<String, String> properties, Duration within) {
        int port = freePort();
        try {
            Path log = logFile(name);
            Process process = jvm(port, "512m", onTheTestDatabase(name, properties), Path.of("."), log).start();
            boolean answered = false;
            long deadline = System.nanoTime() + within.toNanos();
            while (!process.waitFor(250, TimeUnit.MILLISECONDS)) {
                answered |= listens(port);
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError("Command " + name + " still running after " + within.toSeconds()
                            + " s; see " + log);
                }
            }
            return new CommandRun(process.exitValue(), answered, Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How a command ended: its exit code, whether anything answered on the port it was given, and its log. */
    public record CommandRun(int exitCode, boolean answeredOnItsPort, String log) {
    }

    /**
     * The application as the README's first command runs it: the embedded default (its own PostgreSQL under
     * {@code workingDirectory}/data, the demo data, the packaged rules), no setting but a free port and no
     * {@code PAR_*} or {@code SPRING_*} variable from the environment.
     */
    public static AppNode firstCommand(Path workingDirectory) {
        return launch("first-command", "1g", Map.of(), workingDirectory);
    }

    private static Map<String, String> onTheTestDatabase(String name, Map<String, String> properties) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", TestDatabase.url());
        settings.put("spring.datasource.username", TestDatabase.user());
        settings.put("spring.datasource.password", TestDatabase.password());
        settings.put("spring.datasource.hikari.data-source-properties.ApplicationName", name);
        settings.put("par.demo.enabled", "false");
        settings.put("par.rules-dir", TestRules.dir().toString());
        settings.put("camunda.bpm.generic-properties.properties.hostname", name);
        settings.putAll(properties);   // a setting given twice on the command line would be read as a list
        return settings;
    }

    private static AppNode launch(String name, String maxHeap, Map<String, String> settings, Path workingDirectory) {
        int port = freePort();
        try {
            Path log = logFile(name);
            AppNode node = new AppNode(name, port, jvm(port, maxHeap, settings, workingDirectory, log).start(), log);
            node.awaitUp();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ProcessBuilder jvm(int port, String maxHeap, Map<String, String> settings, Path workingDirectory,
                                      Path log) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")), ParIndexApplication.class.getName(), "--server.port=" + port));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("PAR_") || variable.startsWith("SPRING_"));
        return builder;
    }

    private static Path logFile(String name) throws IOException {
        return Files.createDirectories(Path.of("target", "nodes")).resolve(name + ".log").toAbsolutePath();
    }

    public int port() {
        return port;
    }

    /** What the node has logged so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the JVM at once (SIGKILL): no shutdown hook, no transaction completes. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    @Override
    public void close() {
        process.destroy();
        awaitExit();
    }

    private void awaitUp() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " exited while starting; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/ket-qua.html")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Node " + name + " did not start in 180 s; see " + log.toAbsolutePath());
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
