package vn.parindex.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import software.amazon.awssdk.services.s3.S3Client;
import vn.parindex.AppProperties;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.TestObjectStore;

/**
 * Moving content from the database to a real S3 server and back: every byte survives both ways, the source is deleted
 * only once the copy reads back with its hash, and a run that stopped half-way (or met damaged content) is finished by
 * running it again.
 */
class ContentMigrationIT extends IntegrationTest {

    private static S3Client s3;
    private static ContentBucket bucket;

    @Autowired JdbcClient jdbc;
    @Autowired DatabaseContentStore database;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AppProperties properties;
    private final Map<String, byte[]> contents = new LinkedHashMap<>();

    @BeforeAll
    static void connect() {
        s3 = ContentStoreConfiguration.client(S3ContentStoreIT.settings(TestObjectStore.bucket("migration")));
        bucket = new ContentBucket(s3, "migration");
    }

    @AfterAll
    static void disconnect() {
        s3.close();
    }

    @Test
    void contentMovesToTheObjectStoreAndBackWithEveryByteIntact() throws IOException {
        storeInDatabase(3 * DatabaseContentStore.CHUNK_BYTES + 5, 1000, 250_000);

        ContentMigration.Report there = migration().toObjectStore();

        assertThat(there.complete()).isTrue();
        assertThat(there.moved()).isGreaterThanOrEqualTo(contents.size());
        S3ContentStore objectStore = new S3ContentStore(bucket, jdbc, transactions, properties);
        for (Map.Entry<String, byte[]> content : contents.entrySet()) {
            assertThat(database.holds(content.getKey())).as("chunks deleted once the object checked").isFalse();
            assertThat(read(objectStore, content.getKey())).isEqualTo(content.getValue());
        }

        ContentMigration.Report back = migration().toDatabase();

        assertThat(back.complete()).isTrue();
        assertThat(back.inTarget()).isEqualTo(back.contents());
        for (Map.Entry<String, byte[]> content : contents.entrySet()) {
            assertThat(read(database, content.getKey())).isEqualTo(content.getValue());
        }
        assertThat(bucket.hashPages().flatMap(page -> page.stream())).as("objects deleted once the chunks checked")
                .doesNotContainAnyElementsOf(contents.keySet());
    }

    @Test
    void runsInterruptedAfterCopyingAreFinishedByTheNextRun() throws IOException {
        storeInDatabase(2 * DatabaseContentStore.CHUNK_BYTES, 4000);
        String copiedNotDeleted = contents.keySet().iterator().next();
        bucket.upload(copiedNotDeleted, database.size(copiedNotDeleted), database.open(copiedNotDeleted));

        assertThat(migration().toObjectStore().complete()).isTrue();
        assertThat(database.holds(copiedNotDeleted)).isFalse();

        try (InputStream object = bucket.open(copiedNotDeleted)) {
            database.writeChunks(copiedNotDeleted, object);
        }
        assertThat(migration().toDatabase().complete()).isTrue();
        assertThat(read(database, copiedNotDeleted)).isEqualTo(contents.get(copiedNotDeleted));
        assertThat(bucket.hashPages().flatMap(page -> page.stream())).as("the copied-back object deleted too")
                .doesNotContainAnyElementsOf(contents.keySet());
    }

    @Test
    void damagedContentStaysWhereItIsAndTheRunSaysSo() throws IOException {
        storeInDatabase(3000, 5000);
        String damaged = contents.keySet().iterator().next();
        jdbc.sql("update evidence_chunk set data = overlay(data placing '\\x00'::bytea from 10) where sha256 = ?")
                .param(damaged).update();

        ContentMigration.Report report = migration().toObjectStore();

        assertThat(report.complete()).isFalse();
        assertThat(report.failed()).containsExactly(damaged);
        assertThat(database.holds(damaged)).as("the only copy is not deleted").isTrue();
        assertThat(bucket.hashPages().flatMap(page -> page.stream())).doesNotContain(damaged);
        assertThat(migration().toDatabase().complete()).as("the others come back").isTrue();
        assertThat(database.holds(contents.keySet().stream().skip(1).findFirst().orElseThrow())).isTrue();
    }

    @AfterEach
    void removeStoredContent() {
        String[] hashes = contents.keySet().toArray(String[]::new);
        jdbc.sql("delete from evidence_chunk where sha256 = any(?)").param(hashes).update();
        jdbc.sql("delete from evidence_content where sha256 = any(?)").param(hashes).update();
    }

    private ContentMigration migration() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("contentBucket", bucket);
        return new ContentMigration(jdbc, database, beans.getBeanProvider(ContentBucket.class), transactions);
    }

    private void storeInDatabase(int... sizes) throws IOException {
        for (int size : sizes) {
            byte[] content = ContentStoreContract.randomBytes(size);
            String sha256 = ContentStoreContract.sha256(content);
            contents.put(sha256, content);
            database.put(sha256, size, new ByteArrayInputStream(content));
        }
    }

    private static byte[] read(EvidenceContentStore store, String sha256) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.copyTo(sha256, out);
        return out.toByteArray();
    }
}
