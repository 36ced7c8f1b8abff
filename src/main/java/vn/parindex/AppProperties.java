package vn.parindex;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The application's settings (prefix {@code par}). Cycle defaults apply when the standing body opens a
 * year without naming them; the year then keeps its own copy.
 */
@ConfigurationProperties("par")
public record AppProperties(
        @DefaultValue("rules") String rulesDir,
        @DefaultValue CycleDefaults cycle,
        @DefaultValue Evidence evidence,
        @DefaultValue Signatures signatures,
        @DefaultValue Demo demo,
        /* where users reach the application, for the links in e-mails */
        @DefaultValue("http://localhost:8080") String publicUrl) {

    public record CycleDefaults(
            @DefaultValue("P3D") Duration reminderBefore,
            @DefaultValue("P7D") Duration explanationPeriod,
            @DefaultValue("P5D") Duration complaintWindow,
            @DefaultValue("1.00") BigDecimal latePenalty,
            @DefaultValue("HD2024") String classificationScheme,
            @DefaultValue("SHARE") String tieBreak,
            @DefaultValue("HALF_UP") String indexRounding) {
    }

    public record Evidence(
            @DefaultValue("20MB") DataSize maxFileSize,
            @DefaultValue({"application/pdf", "image/png", "image/jpeg",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "application/msword", "application/vnd.ms-excel"}) List<String> allowedTypes,
            /* uploads writing content at once; keep well under the connection pool's size */
            @DefaultValue("4") int concurrentWrites,
            /* where content lives: the database (the embedded default) or an S3-compatible object store */
            @DefaultValue("database") ContentStore store,
            @DefaultValue S3 s3,
            /* set on the command line only: moves every content to the named store and exits */
            ContentMigration migrate) {

        public enum ContentStore { DATABASE, S3 }

        public enum ContentMigration { TO_S3, TO_DATABASE }
    }

    /**
     * An S3-compatible object store (Ceph RGW, SeaweedFS, Garage, AWS). endpoint: its address, empty for AWS itself;
     * the bucket must exist. Addressed path-style (bucket in the path, not the host name), which every one of them takes.
     */
    public record S3(String endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
                     String secretKey) {
    }

    /**
     * trustDir: a folder of the roots and intermediates signatures may chain to, and CRLs; none by default.
     * concurrentChecks: checks run at once; DSS holds each signed revision of the file in the heap while it checks.
     */
    public record Signatures(String trustDir, @DefaultValue("2") int concurrentChecks) {
    }

    public record Demo(@DefaultValue("false") boolean enabled) {
    }
}
