package vn.parindex.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.parindex.signature.PdfSignatures.Chain;
import vn.parindex.signature.PdfSignatures.Integrity;
import vn.parindex.signature.PdfSignatures.Outcome;
import vn.parindex.signature.PdfSignatures.Revocation;
import vn.parindex.signature.PdfSignatures.Signature;

/** The signature check on PDFs signed in the test by a CA of the test's own, offline. */
class PdfSignatureCheckTest {

    private static final Logger log = LoggerFactory.getLogger(PdfSignatureCheckTest.class);
    private static final com.sun.management.ThreadMXBean ALLOCATIONS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static TestPki province;
    private static TestPki.Party official;
    private static byte[] signed;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        province = TestPki.rootCa("Tỉnh thử nghiệm");
        official = province.signer("Nguyễn Văn A", "Sở Nội vụ");
        signed = TestPki.sign(TestPki.pdf("Quyet dinh so 1"), official);
    }

    @Test
    void intactAndTrustedWhenSignedUnderAConfiguredRoot() throws IOException {
        Signature signature = single(check(anchoredToProvince(), signed));

        assertThat(signature.signerName()).isEqualTo("Nguyễn Văn A");
        assertThat(signature.organisation()).isEqualTo("Sở Nội vụ");
        assertThat(Duration.between(signature.signedAt(), LocalDateTime.now()).abs()).isLessThan(Duration.ofMinutes(5));
        assertThat(signature.integrity()).isEqualTo(Integrity.INTACT);
        assertThat(signature.chain()).isEqualTo(Chain.TRUSTED);
        assertThat(signature.revocation()).isEqualTo(Revocation.NOT_CHECKED);
        assertThat(signature.summary()).startsWith("Ký số: Nguyễn Văn A (Sở Nội vụ), ")
                .endsWith(" — nguyên vẹn, chứng thư hợp lệ, chưa kiểm tra thu hồi");
    }

    @Test
    void changedWhenAPageIsAppendedAfterSigning() throws IOException {
        Signature signature = single(check(anchoredToProvince(), TestPki.appendPage(signed)));

        assertThat(signature.integrity()).isEqualTo(Integrity.CHANGED);
        assertThat(signature.chain()).isEqualTo(Chain.TRUSTED);
        assertThat(signature.summary()).contains("đã bị sửa sau khi ký");
    }

    @Test
    void changedWhenAnAnnotationCoversTheTextAfterSigning() throws IOException {
        assertThat(single(check(anchoredToProvince(), TestPki.coverText(signed))).integrity()).isEqualTo(Integrity.CHANGED);
    }

    @Test
    void brokenWhenAByteInsideTheSignedRangeIsEdited() throws IOException {
        byte[] edited = signed.clone();
        String text = new String(edited, StandardCharsets.ISO_8859_1);
        edited[text.indexOf("Quyet dinh so 1") + "Quyet dinh so ".length()] = '7';

        assertThat(single(check(anchoredToProvince(), edited)).integrity()).isEqualTo(Integrity.BROKEN);
    }

    @Test
    void aSecondSignatureAddedLaterLeavesTheFirstIntact() throws IOException {
        byte[] twice = TestPki.sign(signed, province.signer("Trần Thị B", "Văn phòng UBND tỉnh"));

        PdfSignatures checked = check(anchoredToProvince(), twice);

        assertThat(checked.signatures()).extracting(Signature::signerName).containsExactlyInAnyOrder("Nguyễn Văn A", "Trần Thị B");
        assertThat(checked.signatures()).extracting(Signature::integrity).containsOnly(Integrity.INTACT);
    }

    @Test
    void untrustedWhenSignedUnderAnUnknownCa() throws IOException {
        TestPki stranger = TestPki.rootCa("Lạ");
        byte[] foreign = TestPki.sign(TestPki.pdf("Quyet dinh so 2"), stranger.signer("Lê Văn C", "Công ty X"));

        Signature signature = single(check(anchoredToProvince(), foreign));

        assertThat(signature.integrity()).isEqualTo(Integrity.INTACT);
        assertThat(signature.chain()).isEqualTo(Chain.UNTRUSTED);
        assertThat(signature.summary()).contains("chứng thư không thuộc chuỗi tin cậy");
    }

    @Test
    void untrustedWhenNoAnchorIsConfigured() throws IOException {
        assertThat(single(check(Files.createDirectories(dir.resolve("empty")), signed)).chain()).isEqualTo(Chain.UNTRUSTED);
    }

    @Test
    void revokedWhenACrlInTheAnchorsFolderListsTheSigner() throws IOException {
        Path anchors = anchoredToProvince();
        Files.write(anchors.resolve("province.crl"), province.crl(official.certificate()));

        Signature signature = single(check(anchors, signed));

        assertThat(signature.revocation()).isEqualTo(Revocation.REVOKED);
        assertThat(signature.revokedAt()).isBefore(LocalDateTime.now().minusDays(1));
        assertThat(signature.summary()).contains("chứng thư đã bị thu hồi từ ");
    }

    @Test
    void revocationCheckedWhenACrlInTheAnchorsFolderDoesNotListTheSigner() throws IOException {
        Path anchors = anchoredToProvince();
        Files.write(anchors.resolve("province.crl"), province.crl());

        assertThat(single(check(anchors, signed)).revocation()).isEqualTo(Revocation.CHECKED);
    }

    @Test
    void concurrentChecksAgreeWithOneAnother() throws Exception {
        Path anchors = anchoredToProvince();
        Files.write(anchors.resolve("province.crl"), province.crl());
        PdfSignatureCheck check = new PdfSignatureCheck(TrustAnchors.load(anchors.toString()), 2);
        Path file = Files.write(dir.resolve("signed.pdf"), signed);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PdfSignatures>> checks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                checks.add(pool.submit(() -> check.check(file)));
            }
            for (Future<PdfSignatures> checked : checks) {
                assertThat(single(checked.get()).revocation()).isEqualTo(Revocation.CHECKED);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void expiredWhenTheSignersCertificateHadEndedWhenItSigned() throws IOException {
        byte[] late = TestPki.sign(TestPki.pdf("Quyet dinh so 3"), province.expiredSigner("Phạm Văn D", "Sở Tư pháp"));

        Signature signature = single(check(anchoredToProvince(), late));

        assertThat(signature.chain()).isEqualTo(Chain.EXPIRED);
        assertThat(signature.summary()).contains("chứng thư hết hiệu lực khi ký");
    }

    @Test
    void unsignedPdfHasNoSignature() throws IOException {
        PdfSignatures checked = check(anchoredToProvince(), TestPki.pdf("Bao cao"));

        assertThat(checked.outcome()).isEqualTo(Outcome.UNSIGNED);
        assertThat(checked.summary()).isEqualTo("Không có chữ ký số");
    }

    /** Bytes that only start like a PDF, as today's type check lets through, and arrays nested 200,000 deep. */
    @Test
    void brokenOrHostilePdfIsUnreadable() throws IOException {
        byte[] nested = ("%PDF-1.7\n1 0 obj\n" + "[".repeat(200_000) + "\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        for (byte[] broken : List.of("%PDF-1.4\n% kế hoạch\n".getBytes(StandardCharsets.UTF_8), nested)) {
            PdfSignatures checked = check(anchoredToProvince(), broken);
            assertThat(checked.outcome()).isEqualTo(Outcome.UNREADABLE);
            assertThat(checked.summary()).startsWith("Không đọc được tệp PDF");
        }
    }

    @Test
    void truncatedSignedPdfHasABrokenSignature() throws IOException {
        byte[] truncated = Arrays.copyOf(signed, signed.length - 200);

        assertThat(single(check(anchoredToProvince(), truncated)).integrity()).isEqualTo(Integrity.BROKEN);
    }

    /** Every check of signed PDFs of a page and of 10 MB verifies; its time and allocation are logged for the notes. */
    @Test
    void logsTheCostOfACheck() throws IOException {
        Path anchors = anchoredToProvince();
        Files.write(anchors.resolve("province.crl"), province.crl());
        PdfSignatureCheck check = new PdfSignatureCheck(TrustAnchors.load(anchors.toString()), 2);
        for (byte[] pdf : List.of(signed, TestPki.sign(TestPki.largePdf(10), official))) {
            Path file = Files.write(dir.resolve("signed.pdf"), pdf);
            check.check(file);
            List<Long> millis = new ArrayList<>();
            long allocated = ALLOCATIONS.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                assertThat(check.check(file).verified()).isTrue();
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            log.info("Signature check of a signed {}-byte PDF, 5 runs after one warm-up: {} ms, {} MB allocated per check",
                    pdf.length, millis, (ALLOCATIONS.getCurrentThreadAllocatedBytes() - allocated) / 5 / (1 << 20));
        }
    }

    private Path anchoredToProvince() throws IOException {
        Path anchors = Files.createDirectories(dir.resolve("anchors"));
        province.writeRoot(anchors, "root-ca.pem");
        return anchors;
    }

    private PdfSignatures check(Path anchors, byte[] pdf) throws IOException {
        Path file = Files.write(dir.resolve("evidence.pdf"), pdf);
        return new PdfSignatureCheck(TrustAnchors.load(anchors.toString()), 2).check(file);
    }

    private static Signature single(PdfSignatures checked) {
        assertThat(checked.outcome()).isEqualTo(Outcome.SIGNED);
        assertThat(checked.signatures()).hasSize(1);
        return checked.signatures().get(0);
    }
}
