package vn.parindex.evidence;

import java.time.LocalDateTime;
import vn.parindex.signature.PdfSignatures;

/**
 * Metadata of an uploaded evidence file (tài liệu kiểm chứng); the content is stored once per SHA-256.
 * {@code signatureCheck}: for a PDF, what the check of its digital signatures found; null for other types.
 */
public record EvidenceFile(long id, long assessmentId, String leafCode, String stage, String fileName, String mediaType,
                           long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt,
                           PdfSignatures signatureCheck) {

    EvidenceFile withSignatureCheck(PdfSignatures found) {
        return new EvidenceFile(id, assessmentId, leafCode, stage, fileName, mediaType, sizeBytes, sha256, uploadedBy,
                uploadedAt, found);
    }
}
