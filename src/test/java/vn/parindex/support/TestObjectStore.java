package vn.parindex.support;

import java.net.URI;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3 server (S3Proxy on jclouds' in-memory store) for the whole test run, checking AWS v4 signatures as a
 * province's store does. Each test class asks for a bucket of its own.
 */
public final class TestObjectStore {

    public static final String ACCESS_KEY = "par-test-access";
    public static final String SECRET_KEY = "par-test-secret-key";
    private static BlobStore blobs;
    private static S3Proxy server;

    private TestObjectStore() {
    }

    public static synchronized URI endpoint() {
        if (server == null) {
            blobs = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                    .overrides(new Properties()).build(BlobStoreContext.class).getBlobStore();
            server = serve(blobs);
        }
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    /** An S3 server on a free port over those blobs, started, checking signatures made with the test keys. */
    public static S3Proxy serve(BlobStore blobs) {
        S3Proxy proxy = S3Proxy.builder().blobStore(blobs).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        try {
            proxy.start();
            while (!proxy.getState().equals("STARTED")) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start S3Proxy", e);
        }
        return proxy;
    }

    /** An empty bucket of that name, created on first use. */
    public static synchronized String bucket(String name) {
        endpoint();
        blobs.createContainerInLocation(null, name);
        return name;
    }
}
