package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Evidence content as objects of one bucket, keyed by hash ({@code evidence/ab/cd/<sha256>}: the prefixes spread keys
 * for stores that shard by name). Speaks S3 only; which objects count as stored is decided by the database rows.
 */
class ContentBucket implements AutoCloseable {

    static final String PREFIX = "evidence/";
    private static final Logger log = LoggerFactory.getLogger(ContentBucket.class);
    private final S3Client s3;
    private final String bucket;

    ContentBucket(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    static String key(String sha256) {
        ContentIntegrity.checkedHash(sha256);
        return PREFIX + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    /**
     * Streams the content up (the SDK reads exactly {@code sizeBytes}) and hashes what it sent; an object that does not
     * match its hash is deleted again and refused.
     */
    void upload(String sha256, long sizeBytes, InputStream content) throws IOException {
        MessageDigest digest = ContentIntegrity.sha256();
        try {
            s3.putObject(b -> b.bucket(bucket).key(key(sha256)).contentLength(sizeBytes)
                            .contentType("application/octet-stream"),
                    RequestBody.fromInputStream(new DigestInputStream(content, digest), sizeBytes));
        } catch (SdkException e) {
            throw new IOException("Could not store evidence content " + sha256 + " in bucket " + bucket, e);
        }
        try {
            ContentIntegrity.verify(sha256, digest);
        } catch (ContentIntegrity.ContentCorruptedException e) {
            delete(sha256);
            throw e;
        }
    }

    /** The object's bytes as they come; the caller checks the hash. */
    InputStream open(String sha256) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key(sha256)));
        } catch (NoSuchKeyException e) {
            log.error("Evidence content {} is missing from bucket {}", sha256, bucket);
            throw ContentIntegrity.missing();
        } catch (SdkException e) {
            throw new IOException("Could not read evidence content " + sha256 + " from bucket " + bucket, e);
        }
    }

    void delete(String sha256) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key(sha256)));
        } catch (SdkException e) {
            throw new IOException("Could not delete evidence content " + sha256 + " from bucket " + bucket, e);
        }
    }

    /** The hashes of every evidence object in the bucket, a listing page (up to 1,000) at a time. */
    Stream<List<String>> hashPages() {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(PREFIX)).stream()
                .map(page -> page.contents().stream().map(S3Object::key)
                        .map(key -> key.substring(key.lastIndexOf('/') + 1)).filter(ContentIntegrity::isHash).toList());
    }

    /** Fails start-up with the reason when the bucket cannot be reached, rather than the first upload. */
    void checkReachable() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (SdkException e) {
            throw new IllegalStateException("Object store bucket " + bucket + " is not reachable: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
