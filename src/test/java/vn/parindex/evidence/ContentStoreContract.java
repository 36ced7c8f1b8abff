package vn.parindex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.support.IntegrationTest;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.EngineClock;

/**
 * What every {@link EvidenceContentStore} promises, run against each store on the real database (and, for the object
 * store, a real S3 server). Each test stores content of its own, random, so that the shared database's other content
 * does not matter; what it stored is removed after it.
 */
abstract class ContentStoreContract extends IntegrationTest {

    private static final Random RANDOM = new Random();

    @Autowired JdbcClient jdbc;
    @Autowired EvidenceStore evidence;
    private final List<String> stored = new ArrayList<>();

    abstract EvidenceContentStore store();

    /** Changes the stored bytes behind the store's back, as a failing disk or an intruder would. */
    abstract void corrupt(String sha256) throws IOException;

    /** Loses the stored bytes behind the store's back, keeping the row that says they are there. */
    abstract void lose(String sha256) throws IOException;

    /** Whether the store holds bytes for the hash (chunks, an object), whatever the rows say. */
    abstract boolean holdsBytes(String sha256) throws IOException;

    @Test
    void aMultiMebibyteFileRoundTrips() throws IOException {
        byte[] content = randomBytes(5 * DatabaseContentStore.CHUNK_BYTES + 12_345);
        String sha256 = put(content);

        assertThat(store().contains(sha256)).isTrue();
        assertThat(read(sha256)).isEqualTo(content);
    }

    @Test
    void storingTheSameContentAgainKeepsOneCopy() throws IOException {
        byte[] content = randomBytes(70_000);
        String sha256 = put(content);
        put(content);

        assertThat(contentRows(sha256)).isEqualTo(1);
        assertThat(read(sha256)).isEqualTo(content);
    }

    @Test
    void concurrentUploadsOfTheSameContentStoreItOnce() throws Exception {
        byte[] content = randomBytes(2 * DatabaseContentStore.CHUNK_BYTES + 7);
        String sha256 = sha256(content);
        stored.add(sha256);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Void>> uploads = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<Void> upload = () -> {
                    store().put(sha256, content.length, new ByteArrayInputStream(content));
                    return null;
                };
                uploads.add(pool.submit(upload));
            }
            for (Future<Void> upload : uploads) {
                upload.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(contentRows(sha256)).isEqualTo(1);
        assertThat(read(sha256)).isEqualTo(content);
    }

    @Test
    void contentThatDoesNotMatchItsHashIsRefusedAndNothingStored() throws IOException {
        byte[] content = randomBytes(300_000);
        String otherHash = sha256(randomBytes(10));
        stored.add(otherHash);

        assertThatThrownBy(() -> store().put(otherHash, content.length, new ByteArrayInputStream(content)))
                .isInstanceOf(IOException.class);
        assertThat(store().contains(otherHash)).isFalse();
        assertThat(holdsBytes(otherHash)).isFalse();
    }

    @Test
    void contentNeverStoredIsAClearErrorAndWritesNothing() {
        String sha256 = sha256(randomBytes(10));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(store().contains(sha256)).isFalse();
        assertThatThrownBy(() -> store().copyTo(sha256, out)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("Không tìm thấy nội dung của tệp kiểm chứng");
        assertThat(out.size()).isZero();
    }

    @Test
    void contentLostFromTheStoreIsAClearError() throws IOException {
        String sha256 = put(randomBytes(50_000));
        lose(sha256);

        assertThatThrownBy(() -> store().copyTo(sha256, new ByteArrayOutputStream()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Không tìm thấy nội dung của tệp kiểm chứng trong kho lưu trữ. Vui lòng báo quản trị hệ thống.");
    }

    @Test
    void contentChangedInTheStoreFailsItsRead() throws IOException {
        String sha256 = put(randomBytes(DatabaseContentStore.CHUNK_BYTES + 99));
        corrupt(sha256);

        assertThatThrownBy(() -> store().copyTo(sha256, new ByteArrayOutputStream()))
                .isInstanceOf(ContentIntegrity.ContentCorruptedException.class)
                .hasMessageContaining(sha256);
    }

    @Test
    void unreferencedContentIsRemovedOnceOldEnoughAndReferencedContentStays() throws IOException {
        String unreferenced = put(randomBytes(40_000));
        byte[] referencedBytes = randomBytes(40_000);
        String referenced = put(referencedBytes);
        reference(referenced);

        store().removeUnreferenced(EngineClock.now().minus(Duration.ofMinutes(1)));
        assertThat(store().contains(unreferenced)).as("too young: may be an upload being attached").isTrue();

        assertThat(store().removeUnreferenced(EngineClock.now().plus(Duration.ofMinutes(1)))).isPositive();
        assertThat(store().contains(unreferenced)).isFalse();
        assertThat(holdsBytes(unreferenced)).isFalse();
        assertThat(read(referenced)).isEqualTo(referencedBytes);
    }

    @AfterEach
    void removeStoredContent() {
        String[] hashes = stored.toArray(String[]::new);
        jdbc.sql("delete from evidence where sha256 = any(?)").param(hashes).update();
        jdbc.sql("delete from evidence_chunk where sha256 = any(?)").param(hashes).update();
        jdbc.sql("delete from evidence_content where sha256 = any(?)").param(hashes).update();
    }

    String put(byte[] content) throws IOException {
        String sha256 = sha256(content);
        stored.add(sha256);
        store().put(sha256, content.length, new ByteArrayInputStream(content));
        return sha256;
    }

    byte[] read(String sha256) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store().copyTo(sha256, out);
        return out.toByteArray();
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(ContentIntegrity.sha256().digest(content));
    }

    private void reference(String sha256) {
        scenario.ensureFixture();
        int year = scenario.openYear(List.of("TD1"));
        long assessment = jdbc.sql("select id from assessment where year = ? and unit_code = 'TD1'").param(year)
                .query(Long.class).single();
        evidence.record(assessment, "1.1", "SELF", new EvidenceStore.Content("tai-lieu.pdf", "application/pdf", 40_000,
                sha256), "contract-test");
    }

    private long contentRows(String sha256) {
        return jdbc.sql("select count(*) from evidence_content where sha256 = ?").param(sha256).query(Long.class).single();
    }
}
