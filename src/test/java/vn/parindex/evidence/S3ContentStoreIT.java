package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.parindex.AppProperties;
import vn.parindex.support.TestObjectStore;

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
