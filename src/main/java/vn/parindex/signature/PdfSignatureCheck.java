package vn.parindex.signature;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.PdfMemoryUsageSetting;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.parindex.AppProperties;
import vn.parindex.signature.PdfSignatures.Outcome;

/**
 * Checks the digital signatures of a PDF with EU DSS (PAdES, PDFBox), offline, against the trust anchors of
 * {@code par.signatures.trust-dir}. The file is read from disk as PDFBox needs it, not loaded whole into the heap.
 */
@Component
public class PdfSignatureCheck {

    /** Decoded PDF streams beyond this spill to temporary files. */
    private static final long PDF_MEMORY_BYTES = 8L << 20;
    private static final Logger log = LoggerFactory.getLogger(PdfSignatureCheck.class);
    private final TrustAnchors anchors;
    private final Semaphore running;
    private final PdfBoxDefaultObjectFactory pdfObjects = new PdfBoxDefaultObjectFactory();

    @Autowired
    PdfSignatureCheck(AppProperties properties) {
        this(TrustAnchors.load(properties.signatures().trustDir()), properties.signatures().concurrentChecks());
    }

    /**
     * {@code concurrentChecks}: a 10 MB signed PDF keeps about its size in the heap while DSS checks it (and allocates
     * some 400 MB on the way), so fifty uploads at once must not check fifty files at once.
     */
    PdfSignatureCheck(TrustAnchors anchors, int concurrentChecks) {
        this.anchors = anchors;
        this.running = new Semaphore(Math.max(1, concurrentChecks), true);
        pdfObjects.setPdfMemoryUsageSetting(PdfMemoryUsageSetting.mixed(PDF_MEMORY_BYTES));
        pdfObjects.setPdfDifferencesFinder(withoutRendering());
    }

    /**
     * DSS compares pages rendered at the page's own size: a crafted page of 14,400 points a side takes 800 MB. What was
     * appended after a signature is judged from the PDF's objects instead ({@link SignatureFacts}).
     */
    private static DefaultPdfDifferencesFinder withoutRendering() {
        DefaultPdfDifferencesFinder finder = new DefaultPdfDifferencesFinder();
        finder.setMaximalPagesAmountForVisualComparison(0);
        return finder;
    }

    /** Identifies the anchors (certificates and CRLs) results were computed with; stored beside them. */
    public String anchorsFingerprint() {
        return anchors.fingerprint();
    }

    /** Never throws for what the file holds: a broken, encrypted or hostile PDF is {@link Outcome#UNREADABLE}. */
    public PdfSignatures check(Path pdf) {
        running.acquireUninterruptibly();
        try {
            return checkNow(pdf);
        } finally {
            running.release();
        }
    }

    private PdfSignatures checkNow(Path pdf) {
        List<SignatureWrapper> found;
        try {
            PDFDocumentValidator validator = new PDFDocumentValidator(new FileDocument(pdf.toFile()));
            validator.setCertificateVerifier(anchors.offlineVerifier());
            validator.setPdfObjFactory(pdfObjects);
            found = new DiagnosticData(validator.getDiagnosticData()).getSignatures();
        } catch (RuntimeException e) {
            log.info("Cannot check the signatures of {}: {}", pdf.getFileName(), e.toString());
            return PdfSignatures.of(Outcome.UNREADABLE);
        }
        if (found.isEmpty()) {
            return PdfSignatures.of(Outcome.UNSIGNED);
        }
        return new PdfSignatures(Outcome.SIGNED, found.stream().map(SignatureFacts::of).toList());
    }
}
