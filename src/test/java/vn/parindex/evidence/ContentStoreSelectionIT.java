package vn.parindex.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.parindex.AppProperties;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.TestObjectStore;

/**
 * Which store the application gets, from the settings alone: a context of the store configuration only, on the shared
 * test database (migrated by the shared context) and the real S3 server.
 */
class ContentStoreSelectionIT extends IntegrationTest {

    @Autowired DataSource dataSource;
    private ApplicationContextRunner context;

    @BeforeEach
    void storeConfigurationOnly() {
        context = new ApplicationContextRunner()
                .withUserConfiguration(Settings.class, ContentStoreConfiguration.class)
                .withBean(JdbcClient.class, () -> JdbcClient.create(dataSource))
                .withBean(DataSourceTransactionManager.class, () -> new DataSourceTransactionManager(dataSource));
    }

    @EnableConfigurationProperties(AppProperties.class)
    static class Settings {
    }

    @Test
    void theDatabaseIsTheDefaultAndNoObjectStoreIsContacted() {
        context.withPropertyValues("par.evidence.s3.endpoint=http://127.0.0.1:9", "par.evidence.s3.bucket=nowhere")
                .run(app -> assertThat(app.getBean(EvidenceContentStore.class)).isInstanceOf(DatabaseContentStore.class));
    }

    @Test
    void theObjectStoreNamedBySettingsStoresTheContent() {
        context.withPropertyValues("par.evidence.store=s3",
                        "par.evidence.s3.endpoint=" + TestObjectStore.endpoint(),
                        "par.evidence.s3.bucket=" + TestObjectStore.bucket("selection"),
                        "par.evidence.s3.access-key=" + TestObjectStore.ACCESS_KEY,
                        "par.evidence.s3.secret-key=" + TestObjectStore.SECRET_KEY)
                .run(app -> {
                    EvidenceContentStore store = app.getBean(EvidenceContentStore.class);
                    assertThat(store).isInstanceOf(S3ContentStore.class);
                    byte[] content = ContentStoreContract.randomBytes(1234);
                    String sha256 = ContentStoreContract.sha256(content);
                    store.put(sha256, content.length, new ByteArrayInputStream(content));
                    assertThat(read(store, sha256)).isEqualTo(content);
                    JdbcClient.create(dataSource).sql("delete from evidence_content where sha256 = ?").param(sha256).update();
                });
    }

    @Test
    void theObjectStoreWithoutABucketRefusesToStart() {
        context.withPropertyValues("par.evidence.store=s3").run(app -> assertThat(app.getStartupFailure())
                .hasStackTraceContaining("par.evidence.s3.bucket (PAR_S3_BUCKET)"));
    }

    @Test
    void anUnreachableBucketRefusesToStart() {
        context.withPropertyValues("par.evidence.store=s3", "par.evidence.s3.endpoint=" + TestObjectStore.endpoint(),
                        "par.evidence.s3.bucket=no-such-bucket", "par.evidence.s3.access-key=" + TestObjectStore.ACCESS_KEY,
                        "par.evidence.s3.secret-key=" + TestObjectStore.SECRET_KEY)
                .run(app -> assertThat(app.getStartupFailure()).hasStackTraceContaining("no-such-bucket is not reachable"));
    }

    private static byte[] read(EvidenceContentStore store, String sha256) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.copyTo(sha256, out);
        return out.toByteArray();
    }
}
