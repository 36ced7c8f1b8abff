package vn.parindex.signature;

import eu.europa.esig.dss.diagnostic.CertificateRevocationWrapper;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.SignatureScopeType;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.parindex.signature.PdfSignatures.Chain;
import vn.parindex.signature.PdfSignatures.Integrity;
import vn.parindex.signature.PdfSignatures.Revocation;
import vn.parindex.signature.PdfSignatures.Signature;

/**
 * One signature's facts from DSS's diagnostic data: what DSS found (hashes, chain, CRLs), not its validation
 * policy's verdict, which offline and without a time-stamp is "indeterminate" for every signature.
 */
final class SignatureFacts {

    private SignatureFacts() {
    }

    static Signature of(SignatureWrapper signature) {
        CertificateWrapper signer = signature.getSigningCertificate();
        Date signedAt = signature.getClaimedSigningTime();
        List<CertificateWrapper> unanchored = signature.getCertificateChain().stream()
                .takeWhile(c -> !c.isTrusted()).toList();
        Optional<CertificateRevocationWrapper> revoked = validRevocations(unanchored)
                .filter(CertificateRevocationWrapper::isRevoked).findFirst();
        return new Signature(signer == null ? signerNameInPdf(signature) : signer.getCommonName(),
                signer == null ? null : signer.getOrganizationName(), local(signedAt), integrity(signature),
                chain(signature, signedAt == null ? new Date() : signedAt),
                revoked.isPresent() ? Revocation.REVOKED : revocation(unanchored),
                revoked.map(r -> local(r.getRevocationDate())).orElse(null));
    }

    /**
     * Intact when the signature matches the bytes it covers and those are the whole file, or what was appended after
     * is only further signatures, form filling, time-stamps or validation data. Pages added or removed, annotations
     * (they can cover the signed text) and changes DSS cannot classify make it changed; so does an appended part DSS
     * could not analyse.
     */
    private static Integrity integrity(SignatureWrapper signature) {
        if (!signature.isSignatureIntact() || !signature.isSignatureValid()) {
            return Integrity.BROKEN;
        }
        if (signature.getSignatureScopes().stream().anyMatch(s -> s.getScope() == SignatureScopeType.FULL)) {
            return Integrity.INTACT;
        }
        PDFRevisionWrapper revision = signature.getPDFRevision();
        boolean onlyAccepted = revision != null && revision.arePdfObjectModificationsDetected()
                && !revision.arePdfModificationsDetected() && revision.getPdfAnnotationChanges().isEmpty()
                && revision.getPdfUndefinedChanges().isEmpty();
        return onlyAccepted ? Integrity.INTACT : Integrity.CHANGED;
    }

    /** Trusted when the chain ends in an anchor and each certificate on it was valid at the signing time. */
    private static Chain chain(SignatureWrapper signature, Date signedAt) {
        if (signature.getSigningCertificate() == null || !signature.isTrustedChain()) {
            return Chain.UNTRUSTED;
        }
        boolean valid = signature.getCertificateChain().stream()
                .allMatch(c -> !signedAt.before(c.getNotBefore()) && !signedAt.after(c.getNotAfter()));
        return valid ? Chain.TRUSTED : Chain.EXPIRED;
    }

    /** Checked when every certificate below the anchor has a validly signed CRL or OCSP answer saying "good". */
    private static Revocation revocation(List<CertificateWrapper> unanchored) {
        boolean allGood = !unanchored.isEmpty() && unanchored.stream().allMatch(c -> validRevocations(List.of(c))
                .anyMatch(r -> r.getStatus().isGood()));
        return allGood ? Revocation.CHECKED : Revocation.NOT_CHECKED;
    }

    private static Stream<CertificateRevocationWrapper> validRevocations(List<CertificateWrapper> certificates) {
        return certificates.stream().flatMap(c -> c.getCertificateRevocationData().stream())
                .filter(CertificateRevocationWrapper::isSignatureValid);
    }

    private static String signerNameInPdf(SignatureWrapper signature) {
        return signature.getPDFRevision() == null ? null : signature.getPDFRevision().getSignerName();
    }

    private static LocalDateTime local(Date time) {
        return time == null ? null : LocalDateTime.ofInstant(time.toInstant(), ZoneId.systemDefault());
    }
}
