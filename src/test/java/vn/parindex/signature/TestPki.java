package vn.parindex.signature;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A public-key infrastructure of the tests' own, built with BouncyCastle: a root CA, signers it certifies (valid or
 * expired), a CRL revoking one of them; and PDFs signed with PDFBox's signing API over a BouncyCastle CMS signature.
 */
public final class TestPki {

    /** A certificate and its key. */
    public record Party(X509Certificate certificate, PrivateKey key, X509Certificate issuer) {
    }

    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());
    private static final Instant NOW = Instant.now();
    private final Party root;

    private TestPki(Party root) {
        this.root = root;
    }

    /** A new root CA named like a province's: "Root CA {name}". */
    public static TestPki rootCa(String name) {
        KeyPair keys = rsa();
        X500Name subject = name("Root CA " + name, "Ban Cơ yếu Chính phủ (thử nghiệm)");
        return new TestPki(new Party(certificate(subject, keys, subject, keys.getPrivate(), true,
                NOW.minus(Duration.ofDays(3650)), NOW.plus(Duration.ofDays(3650))), keys.getPrivate(), null));
    }

    public Party root() {
        return root;
    }

    /** A signer valid from a year ago to a year ahead. */
    public Party signer(String commonName, String organisation) {
        return signer(commonName, organisation, NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(365)));
    }

    /** A signer whose certificate ended yesterday. */
    public Party expiredSigner(String commonName, String organisation) {
        return signer(commonName, organisation, NOW.minus(Duration.ofDays(730)), NOW.minus(Duration.ofDays(1)));
    }

    private Party signer(String commonName, String organisation, Instant from, Instant to) {
        KeyPair keys = rsa();
        return new Party(certificate(name(commonName, organisation), keys, name(root.certificate()), root.key(), false, from, to),
                keys.getPrivate(), root.certificate());
    }

    /** A CRL of this CA, issued an hour ago and valid a week, revoking the given certificates (none: all good). */
    public byte[] crl(X509Certificate... revoked) {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(name(root.certificate()), Date.from(NOW.minus(Duration.ofHours(1))));
        builder.setNextUpdate(Date.from(NOW.plus(Duration.ofDays(7))));
        for (X509Certificate certificate : revoked) {
            builder.addCRLEntry(certificate.getSerialNumber(), Date.from(NOW.minus(Duration.ofDays(2))), CRLReason.keyCompromise);
        }
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(root.certificate()));
            X509CRLHolder crl = builder.build(contentSigner(root.key()));
            return crl.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the root as PEM into the folder, as a province would drop its roots there. */
    public void writeRoot(Path folder, String fileName) throws IOException {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(root.certificate());
        }
        Files.writeString(Files.createDirectories(folder).resolve(fileName), pem.toString());
    }

    /** A one-page PDF with a line of text, unsigned. */
    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF holding an image of random pixels, about {@code megabytes} MB (they do not compress). */
    public static byte[] largePdf(int megabytes) {
        int side = (int) Math.sqrt(megabytes * (1 << 20) / 3.0);
        BufferedImage noise = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(megabytes);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, noise), 0, 0, 612, 612);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs the PDF as an incremental update (adbe.pkcs7.detached, SHA-256 with RSA), keeping what it holds. */
    public static byte[] sign(byte[] pdf, Party signer) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setSignDate(Calendar.getInstance());
            document.addSignature(signature, content -> cms(content, signer));
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends a page as an incremental update, as an edit after signing would. */
    public static byte[] appendPage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a filled square annotation over the text as an incremental update: what hides signed content. */
    public static byte[] coverText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = document.getPage(0);
            PDAnnotationSquare cover = new PDAnnotationSquare();
            cover.setRectangle(new PDRectangle(60, 690, 300, 30));
            cover.setInteriorColor(new PDColor(new float[] {1, 1, 1}, PDDeviceRGB.INSTANCE));
            page.getAnnotations().add(cover);
            page.getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] cms(InputStream content, Party signer) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(contentSigner(signer.key()), signer.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(signer.certificate(), signer.issuer())));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | org.bouncycastle.cms.CMSException e) {
            throw new IOException(e);
        }
    }

    private static X509Certificate certificate(X500Name subject, KeyPair keys, X500Name issuer, PrivateKey issuerKey,
                                               boolean ca, Instant from, Instant to) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(from), Date.from(to), subject, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner(issuerKey)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ContentSigner contentSigner(PrivateKey key) {
        try {
            return new JcaContentSignerBuilder("SHA256withRSA").build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName).build();
    }

    private static X500Name name(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
