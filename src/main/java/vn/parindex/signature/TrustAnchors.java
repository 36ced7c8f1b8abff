package vn.parindex.signature;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificates a signature's chain may end in, and the CRLs that say which certificates were revoked, read once
 * from a folder: {@code *.pem, *.crt, *.cer, *.der} (one certificate or a PEM bundle each) and {@code *.crl} (PEM or
 * DER); hidden files are passed over. The Vietnam National Root CA is in no JDK or browser store, so the province
 * supplies its roots here. A file that cannot be read stops the start, naming it: a silently missing root would mark
 * every signature untrusted.
 */
final class TrustAnchors {

    /** Raised when what the fingerprint stands for changes meaning: stored results are then checked again. */
    private static final String CHECK_VERSION = "par-signatures-1";
    private static final List<String> CERTIFICATE_EXTENSIONS = List.of("pem", "crt", "cer", "der");
    private static final Logger log = LoggerFactory.getLogger(TrustAnchors.class);

    private final List<X509Certificate> certificates;
    private final List<byte[]> crls;
    private final String fingerprint;

    private TrustAnchors(List<X509Certificate> certificates, List<byte[]> crls, String fingerprint) {
        this.certificates = certificates;
        this.crls = crls;
        this.fingerprint = fingerprint;
    }

    static TrustAnchors load(String folder) {
        List<X509Certificate> certificates = new ArrayList<>();
        List<byte[]> crls = new ArrayList<>();
        MessageDigest digest = sha256();
        digest.update(CHECK_VERSION.getBytes(StandardCharsets.UTF_8));
        for (Path file : files(folder)) {
            String extension = extension(file);
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (extension.equals("crl")) {
                    crls.add(((X509CRL) x509().generateCRL(new ByteArrayInputStream(bytes))).getEncoded());
                } else if (CERTIFICATE_EXTENSIONS.contains(extension)) {
                    x509().generateCertificates(new ByteArrayInputStream(bytes))
                            .forEach(c -> certificates.add((X509Certificate) c));
                } else {
                    log.warn("Ignored {} in the signatures' trust folder: not a certificate or CRL by its name", file);
                    continue;
                }
                digest.update(sha256().digest(bytes));
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                throw new IllegalStateException("Cannot read trust anchor " + file + ": " + e.getMessage(), e);
            }
        }
        log.info("Signature trust anchors: {} certificates, {} CRLs from {}", certificates.size(), crls.size(),
                folder == null || folder.isBlank() ? "(none configured)" : folder);
        return new TrustAnchors(certificates, crls, HexFormat.of().formatHex(digest.digest()));
    }

    /** Changes whenever a certificate or CRL is added, removed or replaced. */
    String fingerprint() {
        return fingerprint;
    }

    /**
     * Offline: no OCSP, no CRL download, no fetching of missing certificates by AIA. Revocation is known only from
     * the folder's CRLs and what the PDF carries itself. A new one per check: DSS's CRL source collects what each check
     * found in unsynchronised lists, which concurrent checks would corrupt and a long-lived one would grow forever.
     */
    CertificateVerifier offlineVerifier() {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        certificates.forEach(c -> trusted.addCertificate(new CertificateToken(c)));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(crls.isEmpty() ? null : new ExternalResourcesCRLSource(
                crls.stream().map(ByteArrayInputStream::new).toArray(InputStream[]::new)));
        return verifier;
    }

    private static List<Path> files(String folder) {
        if (folder == null || folder.isBlank()) {
            return List.of();
        }
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The signatures' trust folder " + dir.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static CertificateFactory x509() throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
