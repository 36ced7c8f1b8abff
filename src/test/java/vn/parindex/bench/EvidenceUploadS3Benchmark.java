package vn.parindex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.parindex.support.TestObjectStore;

/**
 * The same uploads and downloads with content in an S3 object store: S3Proxy in this JVM on jclouds' filesystem
 * backend (the tests' in-memory one would hold 500 MB on the heap), checking signatures as a province's store does.
 * The heap figures include the S3 server's own buffers:
 * {@code ./mvnw -Pbench verify -Dtest=EvidenceUploadS3Benchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtest.jvm.args=-Xmx512m}.
 */
class EvidenceUploadS3Benchmark extends EvidenceUploadBenchmark {

    private static S3Proxy server;

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("par-bench-s3");
        Properties filesystem = new Properties();
        filesystem.setProperty("jclouds.filesystem.basedir", dir.toString());
        BlobStore blobs = ContextBuilder.newBuilder("filesystem").overrides(filesystem)
                .build(BlobStoreContext.class).getBlobStore();
        blobs.createContainerInLocation(null, "bench");
        server = TestObjectStore.serve(blobs);
        registry.add("par.evidence.store", () -> "s3");
        registry.add("par.evidence.s3.endpoint", () -> "http://127.0.0.1:" + server.getPort());
        registry.add("par.evidence.s3.region", () -> "us-east-1");
        registry.add("par.evidence.s3.bucket", () -> "bench");
        registry.add("par.evidence.s3.access-key", () -> TestObjectStore.ACCESS_KEY);
        registry.add("par.evidence.s3.secret-key", () -> TestObjectStore.SECRET_KEY);
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }
}
