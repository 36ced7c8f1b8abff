package vn.parindex.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.parindex.spreadsheet.SheetReader.Limits;

/**
 * An Office Open XML file (.xlsx, .docx) is a ZIP archive whose parts are XML. Opened here, within the caller's
 * {@link SheetReader.Bounds}, a hostile one costs no more than a large honest one: its declared sizes are checked
 * first, then every part is inflated through POI's guard (refused past {@link Limits#LARGEST_SHEET_BYTES} or a
 * hundredfold), counted against its own bound and the total, and each XML part's prolog is read with document types
 * refused (external entities, entity expansion).
 */
public final class OfficeArchive {

    /** A part inflating more than a hundredfold is a zip bomb, referenced or not (POI's own threshold). */
    private static final long MAX_INFLATE_RATIO = 100;
    private static final int HEAD_BYTES = 8;

    static {
        // POI checks every part it inflates against this, whatever size the archive declares
        ZipSecureFile.setMaxEntrySize(Limits.LARGEST_SHEET_BYTES);
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATE_RATIO);
    }

    /** Why an archive is refused: a Vietnamese phrase about the file, for the caller to name it in the message. */
    public static final class Refused extends Exception {
        Refused(String vietnamesePhrase) {
            super(vietnamesePhrase);
        }
    }

    /** A check of one part by its name and first bytes; throws to refuse the file. */
    public interface PartCheck {
        void check(String name, byte[] head);
    }

    private OfficeArchive() {
    }

    /** The sizes the archive declares for its parts; read before anything is inflated. */
    static void checkDeclared(List<? extends ZipEntry> entries, SheetReader.Bounds bounds) throws Refused {
        if (entries.size() > Limits.ENTRIES) {
            throw new Refused("có quá nhiều thành phần (tối đa " + Limits.ENTRIES + ")");
        }
        long total = 0;
        for (ZipEntry entry : entries) {
            if (entry.getSize() > bounds.partBytes(entry.getName())) {
                throw tooLarge(bounds);
            }
            if (entry.getCompressedSize() > 0 && entry.getSize() / entry.getCompressedSize() > MAX_INFLATE_RATIO) {
                throw new Refused("có phần \"" + entry.getName() + "\" nén bất thường (có thể là tệp độc hại)");
            }
            total += Math.max(entry.getSize(), 0);
        }
        if (total > bounds.totalBytes()) {
            throw tooLarge(bounds);
        }
    }

    /**
     * Opens the whole archive within the limits, passing each part's name and first bytes to the check. Refused if it
     * is no complete ZIP archive (empty, truncated), breaks a limit, or holds an XML part that declares a document type.
     */
    public static void inspect(Path file, SheetReader.Bounds bounds, PartCheck check) throws Refused, IOException {
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(file.toFile());
        } catch (IOException e) {
            throw new Refused("bị hỏng hoặc không phải tệp Office hợp lệ");
        }
        try (zip) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            checkDeclared(entries, bounds);
            XMLReader prolog = prologReader();
            long total = 0;
            for (ZipArchiveEntry entry : entries) {
                try (BoundedInputStream part = BoundedInputStream.builder()
                        .setInputStream(zip.getInputStream(entry)).get()) {
                    byte[] head = part.readNBytes(HEAD_BYTES);
                    check.check(entry.getName(), head);
                    if (isXml(entry.getName())) {
                        readProlog(prolog, new SequenceInputStream(new ByteArrayInputStream(head),
                                CloseShieldInputStream.wrap(part)), entry.getName());
                    }
                    part.transferTo(OutputStream.nullOutputStream());
                    total += part.getCount();
                    if (part.getCount() > bounds.partBytes(entry.getName())) {
                        throw tooLarge(bounds);
                    }
                } catch (IOException e) {
                    // POI's guard: the part inflates beyond its limits, whatever the archive declared
                    throw new Refused("có phần \"" + entry.getName() + "\" nén bất thường hoặc bị hỏng");
                }
                if (total > bounds.totalBytes()) {
                    throw tooLarge(bounds);
                }
            }
        }
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /** Reads up to the root element, which is where a document type would be declared. */
    private static void readProlog(XMLReader reader, InputStream part, String name) throws IOException, Refused {
        try {
            reader.parse(new InputSource(part));
        } catch (RootReached reached) {
            return;
        } catch (SAXException e) {
            throw new Refused("có phần \"" + name + "\" khai báo DOCTYPE (thực thể ngoài) hoặc không phải XML hợp lệ");
        }
        throw new Refused("có phần \"" + name + "\" không phải XML hợp lệ");
    }

    private static XMLReader prologReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes)
                        throws SAXException {
                    throw new RootReached();
                }
            });
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Refused tooLarge(SheetReader.Bounds bounds) {
        return new Refused("quá lớn khi giải nén (tối đa " + (bounds.totalBytes() >> 20) + " MB, mỗi phần "
                + (Limits.PART_BYTES >> 20) + " MB" + (bounds.sheetBytes() > Limits.PART_BYTES
                ? ", trang tính " + (bounds.sheetBytes() >> 20) + " MB" : "") + ")");
    }

    /** Stops the parse at the root element: the rest of the part is only inflated and counted. */
    private static final class RootReached extends SAXException {
    }
}
