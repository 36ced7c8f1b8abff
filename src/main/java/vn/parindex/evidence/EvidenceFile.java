package vn.parindex.evidence;

import java.time.LocalDateTime;

/** Metadata of an uploaded evidence file (tài liệu kiểm chứng); the content is stored once per SHA-256. */
public record EvidenceFile(long id, long assessmentId, String leafCode, String stage, String fileName, String mediaType,
                           long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt) {
}
