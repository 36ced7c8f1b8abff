package vn.parindex.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import software.amazon.awssdk.services.s3.S3Client;
import vn.parindex.support.AppNode;
import vn.parindex.support.Await;
import vn.parindex.support.Http;
import vn.parindex.support.TestDatabase;
import vn.parindex.support.TestObjectStore;

/**
 * The migration command as an administrator runs it, on the demo's data: a node loads the demo (2023 and 2024
 * published with their evidence, 2025 open with the imported source figures) into a database of its own; then
 * {@code --par.evidence.migrate=to-s3} and {@code to-database} run in JVMs of their own against it and the real S3
 * server of the test JVM. After each direction every evidence file downloads over HTTP with the same bytes from a node
 * configured for the store the content is in, and the assessments read exactly as before.
 * <p>
 * The demo node (database store, job executor on) stays up throughout to save a second demo load; the README stops
 * every node because a node reading during the move would miss content, and nobody reads from it while a command runs.
 */
class DemoYearMigrationIT {

    private static final String BUCKET = TestObjectStore.bucket("demo-evidence");
    private static final Duration COMMAND_TIME = Duration.ofSeconds(180);
    private static final String JOB_EXECUTOR_LOG = "org.camunda.bpm.engine.jobexecutor";
    private static final String JOB_EXECUTOR_STARTS = "Starting up the JobExecutor";
    /** The shipped rules and catalogue, which the demo is made for (the first command reads the packaged copy). */
    private static final String RULES = Path.of("rules").toAbsolutePath().toString();

    private static String databaseUrl;
    private static JdbcClient demo;
    private static AppNode databaseNode;
    private static CompletableFuture<AppNode.CommandRun> withoutBucket;
    private static S3Client s3;
    private static ContentBucket bucket;

    /**
     * The evidence rows, a file of each content and year as the standing body downloads it (the demo's 1,650 rows
     * share a handful of contents: downloading each row again only repeats one read), and every assessment holding
     * evidence as it reads, its files listed.
     */
    private record Snapshot(int rows, List<Download> downloads, Map<String, String> assessments) {
    }

    private record EvidenceRow(String path, long id, String sha256, long sizeBytes) {
    }

    private record Download(long evidenceId, String sha256, long sizeBytes, String downloadedSha256, long downloadedBytes) {
    }

    /** The command that cannot reach its bucket moves nothing, so it runs while the demo loads, sharing the wait. */
    @BeforeAll
    static void loadTheDemo() throws InterruptedException {
        databaseUrl = TestDatabase.emptyDatabase("demo_evidence");
        demo = JdbcClient.create(new DriverManagerDataSource(databaseUrl, TestDatabase.user(), TestDatabase.password()));
        databaseNode = AppNode.start("demo-evidence", "1g", Map.of("spring.datasource.url", databaseUrl,
                "par.demo.enabled", "true", "par.rules-dir", RULES, "logging.level." + JOB_EXECUTOR_LOG, "info"));
        withoutBucket = CompletableFuture.supplyAsync(() -> migrate("to-s3", "no-such-bucket"));
        // the node's job executor starts once the application is ready, after the demo: the line the commands must not log
        Await.until("the demo loaded", Duration.ofSeconds(240), () -> databaseNode.log().contains("Demo data loaded")
                && databaseNode.log().contains(JOB_EXECUTOR_STARTS));
        s3 = ContentStoreConfiguration.client(S3ContentStoreIT.settings(BUCKET));
        bucket = new ContentBucket(s3, BUCKET);
    }

    @AfterAll
    static void stop() {
        if (databaseNode != null) {
            databaseNode.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void theDemoYearsEvidenceGoesToTheObjectStoreAndBackWithEveryFileIntact() throws Exception {
        Snapshot before = snapshot(databaseNode);
        int contents = contents();
        assertThat(before.rows()).as("the demo's published years carry evidence").isGreaterThan(100);
        assertThat(before.downloads()).allSatisfy(file -> {
            assertThat(file.downloadedSha256()).isEqualTo(file.sha256());
            assertThat(file.downloadedBytes()).isEqualTo(file.sizeBytes());
        });

        AppNode.CommandRun there = migrate("to-s3", BUCKET);
        assertThat(there.exitCode()).as(there.log()).isZero();
        assertThat(there.log()).contains(contents + " of " + contents + " contents in the target store, 0 failed");
        assertThat(demo.sql("select count(*) from evidence_chunk").query(Long.class).single())
                .as("no chunk left in the database").isZero();
        assertThat(contents()).isEqualTo(contents);
        Map<String, String> objects = objectHashes();
        assertThat(objects.keySet()).containsExactlyInAnyOrderElementsOf(contentHashes());
        objects.forEach((name, sha256) -> assertThat(sha256).as("object %s", name).isEqualTo(name));
        try (AppNode objectStoreNode = AppNode.start("demo-evidence-s3", Map.of("spring.datasource.url", databaseUrl,
                "par.rules-dir", RULES, "par.evidence.store", "s3",
                "par.evidence.s3.endpoint", TestObjectStore.endpoint().toString(), "par.evidence.s3.bucket", BUCKET,
                "par.evidence.s3.access-key", TestObjectStore.ACCESS_KEY,
                "par.evidence.s3.secret-key", TestObjectStore.SECRET_KEY))) {
            assertThat(snapshot(objectStoreNode)).isEqualTo(before);
        }

        AppNode.CommandRun back = migrate("to-database", BUCKET);
        assertThat(back.exitCode()).as(back.log()).isZero();
        assertThat(back.log()).contains(contents + " of " + contents + " contents in the target store, 0 failed");
        assertThat(objectHashes()).as("no object left in the bucket").isEmpty();
        assertThat(contents()).isEqualTo(contents);
        for (String sha256 : contentHashes()) {
            assertThat(chunksHash(sha256)).as("chunks of %s", sha256).isEqualTo(sha256);
        }
        assertThat(snapshot(databaseNode)).isEqualTo(before);
    }

    @Test
    void aBucketThatDoesNotExistStopsTheCommandWithItsReasonAndMovesNothing() {
        AppNode.CommandRun run = withoutBucket.join();

        assertThat(run.exitCode()).as(run.log()).isEqualTo(1);
        assertThat(run.log()).containsPattern("ERROR .* Evidence migration TO_S3 stopped, nothing more moved: "
                + "Object store bucket no-such-bucket is not reachable: .*")
                .doesNotContain("Evidence contents moved", "Evidence migration complete");
    }

    /** The command, with the settings a node of that database has, and checks that it was a command, not a node. */
    private static AppNode.CommandRun migrate(String direction, String bucketName) {
        AppNode.CommandRun run = AppNode.command("migrate-" + direction + "-" + bucketName, Map.of(
                "spring.datasource.url", databaseUrl, "par.rules-dir", RULES, "par.evidence.migrate", direction,
                "par.evidence.s3.endpoint", TestObjectStore.endpoint().toString(), "par.evidence.s3.bucket", bucketName,
                "par.evidence.s3.access-key", TestObjectStore.ACCESS_KEY, "par.evidence.s3.secret-key", TestObjectStore.SECRET_KEY,
                "logging.level." + JOB_EXECUTOR_LOG, "info"), COMMAND_TIME);
        assertThat(run.answeredOnItsPort()).as("a web server on the command's port").isFalse();
        assertThat(run.log()).doesNotContain("Tomcat started", JOB_EXECUTOR_STARTS);
        return run;
    }

    /** Downloads four at a time. */
    private static Snapshot snapshot(AppNode node) throws InterruptedException, ExecutionException {
        Http standingBody = Http.as(node.port(), "noivu", "demo");
        List<Callable<Download>> files = demo.sql("""
                        select distinct on (a.year, e.sha256)
                               '/api/cycles/' || a.year || '/assessments/' || a.unit_code || '/evidence/' || e.id,
                               e.id, e.sha256, e.size_bytes
                        from evidence e join assessment a on a.id = e.assessment_id order by a.year, e.sha256, e.id""")
                .query((row, i) -> new EvidenceRow(row.getString(1), row.getLong(2), row.getString(3), row.getLong(4)))
                .list().stream().map(file -> (Callable<Download>) () -> download(standingBody, file)).toList();
        List<Download> downloads = new ArrayList<>();
        ExecutorService downloaders = Executors.newFixedThreadPool(4);
        try {
            for (Future<Download> download : downloaders.invokeAll(files)) {
                downloads.add(download.get());
            }
        } finally {
            downloaders.shutdownNow();
        }
        Map<String, String> assessments = new LinkedHashMap<>();
        demo.sql("""
                        select distinct a.year, a.unit_code from assessment a join evidence e on e.assessment_id = a.id
                        order by a.year, a.unit_code""")
                .query((row, i) -> "/api/cycles/" + row.getInt(1) + "/assessments/" + row.getString(2)).list()
                .forEach(path -> {
                    HttpResponse<String> view = standingBody.get(path);
                    assertThat(view.statusCode()).as(path).isEqualTo(200);
                    assessments.put(path, view.body());
                });
        return new Snapshot(demo.sql("select count(*) from evidence").query(Integer.class).single(), downloads, assessments);
    }

    private static Download download(Http standingBody, EvidenceRow row) {
        HttpResponse<byte[]> file = standingBody.getBytes(row.path());
        assertThat(file.statusCode()).as(row.path()).isEqualTo(200);
        return new Download(row.id(), row.sha256(), row.sizeBytes(), sha256(file.body()), file.body().length);
    }

    private static int contents() {
        return demo.sql("select count(*) from evidence_content").query(Integer.class).single();
    }

    private static List<String> contentHashes() {
        return demo.sql("select sha256 from evidence_content").query(String.class).list();
    }

    /** Each evidence object in the bucket, by name, and the SHA-256 of its bytes. */
    private static Map<String, String> objectHashes() {
        Map<String, String> objects = new LinkedHashMap<>();
        bucket.hashPages().flatMap(List::stream).forEach(name -> {
            try (InputStream in = bucket.open(name)) {
                objects.put(name, sha256(in.readAllBytes()));
            } catch (IOException e) {
                throw new AssertionError("Cannot read object " + name, e);
            }
        });
        return objects;
    }

    private static String chunksHash(String sha256) {
        MessageDigest digest = ContentIntegrity.sha256();
        demo.sql("select data from evidence_chunk where sha256 = ? order by seq").param(sha256)
                .query((row, i) -> row.getBytes(1)).list().forEach(digest::update);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(ContentIntegrity.sha256().digest(bytes));
    }
}
