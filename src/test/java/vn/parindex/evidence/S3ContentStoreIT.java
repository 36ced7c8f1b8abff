package vn.parindex.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.parindex.AppProperties;
import vn.parindex.support.TestObjectStore;
import vn.parindex.workflow.EngineClock;

/**
 * The store contract on a real S3 server (S3Proxy) through the client the application builds (path-style, checksums
 * when required, signed with keys); a corruption is an object overwritten through S3 itself.
 */
class S3ContentStoreIT extends ContentStoreContract {

    static S3Client s3;
    static String bucketName;

    @Autowired PlatformTransactionManager transactions;
    @Autowired AppProperties properties;
    private S3ContentStore store;

    @BeforeAll
    static void connect() {
        bucketName = TestObjectStore.bucket("contract");
        s3 = ContentStoreConfiguration.client(settings(bucketName));
    }

    @AfterAll
    static void disconnect() {
        s3.close();
    }

    static AppProperties.S3 settings(String bucket) {
        return new AppProperties.S3(TestObjectStore.endpoint().toString(), "us-east-1", bucket,
                TestObjectStore.ACCESS_KEY, TestObjectStore.SECRET_KEY);
    }

    @Test
    void anUploadRolledBackWithItsRequestLeavesAnObjectTheCleanupRemoves() {
        byte[] content = randomBytes(20_000);
        String sha256 = sha256(content);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                store().put(sha256, content.length, new ByteArrayInputStream(content));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            status.setRollbackOnly();
        });
        assertThat(store().contains(sha256)).isFalse();
        assertThat(holdsBytes(sha256)).as("the bucket took no part in the transaction").isTrue();

        store().removeUnreferenced(EngineClock.now().minus(Duration.ofDays(1)));

        assertThat(holdsBytes(sha256)).isFalse();
    }

    @Override
    EvidenceContentStore store() {
        if (store == null) {
            store = new S3ContentStore(new ContentBucket(s3, bucketName), jdbc, transactions, properties);
        }
        return store;
    }

    @Override
    void corrupt(String sha256) throws IOException {
        byte[] bytes;
        try (InputStream in = s3.getObject(b -> b.bucket(bucketName).key(ContentBucket.key(sha256)))) {
            bytes = in.readAllBytes();
        }
        bytes[100] ^= 1;
        s3.putObject(b -> b.bucket(bucketName).key(ContentBucket.key(sha256)), RequestBody.fromBytes(bytes));
    }

    @Override
    void lose(String sha256) {
        s3.deleteObject(b -> b.bucket(bucketName).key(ContentBucket.key(sha256)));
    }

    @Override
    boolean holdsBytes(String sha256) {
        try {
            s3.headObject(b -> b.bucket(bucketName).key(ContentBucket.key(sha256)));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            return false;
        }
    }
}
