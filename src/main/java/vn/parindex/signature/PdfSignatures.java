package vn.parindex.signature;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the check of a PDF's digital signatures (chữ ký số) found: each signature's facts, or that there is none, or
 * that the file could not be read. {@link #summary()} is the one Vietnamese line the forms and reports show.
 */
public record PdfSignatures(Outcome outcome, List<Signature> signatures) {

    public enum Outcome {
        SIGNED, UNSIGNED, UNREADABLE,
        /** Not checked yet: uploaded before the check existed, or its check failed and is retried at the next start. */
        PENDING
    }

    /** Whether the signed bytes are still what was signed, and the document was not changed after. */
    public enum Integrity {
        INTACT("nguyên vẹn"),
        CHANGED("đã bị sửa sau khi ký"),
        /** The signature does not match the bytes it covers: edited inside the signed range, or forged. */
        BROKEN("chữ ký không khớp nội dung");

        final String label;

        Integrity(String label) {
            this.label = label;
        }
    }

    /** Whether the signer's certificate leads to a configured trust anchor and was valid when it signed. */
    public enum Chain {
        TRUSTED("chứng thư hợp lệ"),
        UNTRUSTED("chứng thư không thuộc chuỗi tin cậy"),
        EXPIRED("chứng thư hết hiệu lực khi ký");

        final String label;

        Chain(String label) {
            this.label = label;
        }
    }

    public enum Revocation {
        CHECKED("không bị thu hồi"),
        NOT_CHECKED("chưa kiểm tra thu hồi"),
        REVOKED("chứng thư đã bị thu hồi");

        final String label;

        Revocation(String label) {
            this.label = label;
        }
    }

    /** signedAt: the time the signer's software claims (no time-stamp authority vouches for it). */
    public record Signature(String signerName, String organisation, LocalDateTime signedAt, Integrity integrity,
                            Chain chain, Revocation revocation, LocalDateTime revokedAt) {

        /** "Ký số: Nguyễn Văn A (Sở Nội vụ), 12/03/2025 09:14 — nguyên vẹn, chứng thư hợp lệ, chưa kiểm tra thu hồi". */
        @JsonProperty("summary")
        public String summary() {
            String who = signerName == null ? "không rõ người ký" : signerName;
            String revoked = revocation == Revocation.REVOKED && revokedAt != null
                    ? revocation.label + " từ " + TIME.format(revokedAt) : revocation.label;
            return "Ký số: " + who + (organisation == null ? "" : " (" + organisation + ")")
                    + (signedAt == null ? "" : ", " + TIME.format(signedAt))
                    + " — " + integrity.label + ", " + chain.label + ", " + revoked;
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public PdfSignatures {
        signatures = List.copyOf(signatures);
    }

    public static PdfSignatures of(Outcome outcome) {
        return new PdfSignatures(outcome, List.of());
    }

    /** Signed, and every signature unchanged, under a trusted certificate valid when it signed, and not revoked. */
    @JsonProperty("verified")
    public boolean verified() {
        return outcome == Outcome.SIGNED && signatures.stream().allMatch(s -> s.integrity() == Integrity.INTACT
                && s.chain() == Chain.TRUSTED && s.revocation() != Revocation.REVOKED);
    }

    @JsonProperty("summary")
    public String summary() {
        return switch (outcome) {
            case SIGNED -> signatures.stream().map(Signature::summary).collect(Collectors.joining("; "));
            case UNSIGNED -> "Không có chữ ký số";
            case UNREADABLE -> "Không đọc được tệp PDF để kiểm tra chữ ký số (tệp hỏng, có mật khẩu hoặc sai cấu trúc)";
            case PENDING -> "Chưa kiểm tra chữ ký số";
        };
    }
}
