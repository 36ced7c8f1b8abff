package vn.parindex.evidence;

import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import vn.parindex.AppProperties;

/**
 * Both stores exist when the object store is configured (the migration moves content between them); the one named by
 * {@code par.evidence.store} is the {@link EvidenceContentStore} everyone else gets.
 */
@Configuration
class ContentStoreConfiguration {

    @Bean
    DatabaseContentStore databaseContentStore(JdbcClient jdbc, PlatformTransactionManager transactions,
                                              AppProperties properties) {
        return new DatabaseContentStore(jdbc, transactions, properties);
    }

    @Bean
    @Primary
    EvidenceContentStore evidenceContentStore(AppProperties properties, DatabaseContentStore database,
                                              ObjectProvider<ContentBucket> bucket, JdbcClient jdbc,
                                              PlatformTransactionManager transactions) {
        return switch (properties.evidence().store()) {
            case DATABASE -> database;
            case S3 -> new S3ContentStore(bucket.getObject(), jdbc, transactions, properties);
        };
    }

    /** Made when first asked for: by the S3 store or the migration; the embedded default never connects. */
    @Bean
    @Lazy
    ContentBucket contentBucket(AppProperties properties) {
        AppProperties.S3 s3 = properties.evidence().s3();
        if (s3.bucket() == null || s3.bucket().isBlank()) {
            throw new IllegalStateException("The object store needs par.evidence.s3.bucket (PAR_S3_BUCKET)");
        }
        ContentBucket bucket = new ContentBucket(client(s3), s3.bucket());
        bucket.checkReachable();
        return bucket;
    }

    /**
     * Path-style, because the stores a province runs (Ceph RGW, SeaweedFS, Garage) do not serve a host name per
     * bucket; checksums only where S3 requires them, because the SDK's default trailing CRC32 checksums are refused
     * by several of them.
     */
    static S3Client client(AppProperties.S3 s3) {
        var builder = S3Client.builder()
                .region(Region.of(s3.region()))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())))
                .httpClientBuilder(Apache5HttpClient.builder());
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(s3.endpoint()));
        }
        return builder.build();
    }
}
