package vn.parindex.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.signature.PdfSignatureCheck;
import vn.parindex.signature.PdfSignatures;
import vn.parindex.signature.PdfSignatures.Outcome;
import vn.parindex.signature.PdfSignatures.Signature;
import vn.parindex.workflow.EngineClock;

/**
 * The signature check of evidence PDFs, run on the stored content and kept by its hash with the fingerprint of the
 * trust anchors it used. The content is copied from the store to a temporary file, which DSS reads as PDFBox needs.
 */
@Component
class EvidenceSignatures {

    static final String PDF = "application/pdf";
    private static final Logger log = LoggerFactory.getLogger(EvidenceSignatures.class);
    private final JdbcClient jdbc;
    private final EvidenceContentStore contents;
    private final PdfSignatureCheck check;
    private final TransactionTemplate transaction;

    EvidenceSignatures(JdbcClient jdbc, EvidenceContentStore contents, PdfSignatureCheck check,
                       PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.contents = contents;
        this.check = check;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Checks stored content unless it was checked with today's anchors. What the file holds never fails here (see
     * {@link PdfSignatureCheck#check}); a failure to read the store leaves it unchecked, for the next start to retry,
     * and the upload goes on.
     */
    void checkIfNeeded(String sha256) {
        if (isCurrent(sha256)) {
            return;
        }
        PdfSignatures result;
        try {
            result = checkStored(sha256);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not check the signatures of evidence content {}: {}", sha256, e.toString());
            return;
        }
        save(sha256, result);
    }

    /** The files with their signature facts: a PDF not checked yet is {@link Outcome#PENDING}, other types none. */
    List<EvidenceFile> withSignatures(List<EvidenceFile> files) {
        Set<String> pdfs = files.stream().filter(f -> PDF.equals(f.mediaType())).map(EvidenceFile::sha256)
                .collect(Collectors.toSet());
        Map<String, PdfSignatures> found = find(pdfs);
        return files.stream().map(f -> PDF.equals(f.mediaType())
                ? f.withSignatureCheck(found.getOrDefault(f.sha256(), PdfSignatures.of(Outcome.PENDING))) : f).toList();
    }

    /** PDF contents with no result computed with today's anchors, in hash order after {@code after}. */
    List<String> unchecked(String after, int limit) {
        return jdbc.sql("""
                select distinct e.sha256 from evidence e
                left join evidence_signature_check c on c.sha256 = e.sha256
                where e.media_type = ? and (c.sha256 is null or c.anchors <> ?) and e.sha256 > ?
                order by e.sha256 limit ?""")
                .params(PDF, check.anchorsFingerprint(), after, limit).query(String.class).list();
    }

    private boolean isCurrent(String sha256) {
        return jdbc.sql("select count(*) from evidence_signature_check where sha256 = ? and anchors = ?")
                .params(sha256, check.anchorsFingerprint()).query(Integer.class).single() > 0;
    }

    private PdfSignatures checkStored(String sha256) throws IOException {
        Path file = Files.createTempFile("par-signature-", ".pdf");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                contents.copyTo(sha256, out);
            }
            return check.check(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The row on evidence_signature_check serialises two checks of the same content; the last one stays. */
    private void save(String sha256, PdfSignatures result) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into evidence_signature_check (sha256, outcome, anchors, checked_at) values (?, ?, ?, ?)
                    on conflict (sha256) do update set outcome = excluded.outcome, anchors = excluded.anchors,
                                                       checked_at = excluded.checked_at""")
                    .params(sha256, result.outcome().name(), check.anchorsFingerprint(), EngineClock.now()).update();
            jdbc.sql("delete from evidence_signature where sha256 = ?").param(sha256).update();
            int seq = 0;
            for (Signature s : result.signatures()) {
                jdbc.sql("""
                        insert into evidence_signature (sha256, seq, signer_name, organisation, signed_at, integrity, chain,
                                                        revocation, revoked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(sha256, seq++, s.signerName(), s.organisation(), s.signedAt(), s.integrity().name(),
                                s.chain().name(), s.revocation().name(), s.revokedAt()).update();
            }
        });
    }

    private Map<String, PdfSignatures> find(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Signature>> signatures = jdbc.sql(
                        "select * from evidence_signature where sha256 in (:hashes) order by sha256, seq")
                .param("hashes", hashes).query((rs, n) -> Map.entry(rs.getString("sha256"), signature(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select sha256, outcome from evidence_signature_check where sha256 in (:hashes)")
                .param("hashes", hashes)
                .query((rs, n) -> Map.entry(rs.getString(1), new PdfSignatures(Outcome.valueOf(rs.getString(2)),
                        signatures.getOrDefault(rs.getString(1), List.of()))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Signature signature(ResultSet rs) throws SQLException {
        return new Signature(rs.getString("signer_name"), rs.getString("organisation"), time(rs.getTimestamp("signed_at")),
                PdfSignatures.Integrity.valueOf(rs.getString("integrity")), PdfSignatures.Chain.valueOf(rs.getString("chain")),
                PdfSignatures.Revocation.valueOf(rs.getString("revocation")), time(rs.getTimestamp("revoked_at")));
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
