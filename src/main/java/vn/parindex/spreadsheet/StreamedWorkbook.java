package vn.parindex.spreadsheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.SAXException;
import vn.parindex.spreadsheet.SheetReader.Bounds;
import vn.parindex.spreadsheet.SheetReader.Limits;
import vn.parindex.web.UserFacingException;

/**
 * An .xlsx opened for its sheets to be streamed. Each part inflates within its own bound, counted here: POI's guard
 * is one setting for every import, at the largest worksheet any of them may take.
 */
final class StreamedWorkbook implements Closeable {

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final StylesTable styles;
    private final SharedStrings strings;
    private final SheetRows.Budget budget;

    private StreamedWorkbook(OPCPackage pkg, Bounds bounds) throws IOException, SAXException, OpenXML4JException {
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.styles = reader.getStylesTable();
        this.strings = new PlainSharedStrings(new ReadOnlySharedStringsTable(pkg, false));
        this.budget = new SheetRows.Budget(bounds);
    }

    static StreamedWorkbook open(Path file, Bounds bounds) throws IOException, SAXException, OpenXML4JException {
        OPCPackage pkg = OPCPackage.open(new ZipFileZipEntrySource(new ZipSecureFile(file.toFile())) {
            @Override
            public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
                return bounded(super.getInputStream(entry), entry.getName(), bounds.partBytes(entry.getName()));
            }
        });
        try {
            return new StreamedWorkbook(pkg, bounds);
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private static InputStream bounded(InputStream part, String name, long maxBytes) throws IOException {
        return BoundedInputStream.builder().setInputStream(part).setMaxCount(maxBytes).setOnMaxCount((max, count) -> {
            throw UserFacingException.badRequest("Không đọc được tệp Excel: phần \"" + name + "\" quá lớn khi giải nén (tối đa "
                    + (max >> 20) + " MB).");
        }).get();
    }

    /** The sheets' names in workbook order. */
    List<String> names() throws IOException, SAXException, OpenXML4JException {
        List<String> names = new ArrayList<>();
        forEachSheet(name -> {
            names.add(name);
            return null;
        });
        return names;
    }

    /** Streams each sheet to the handler its name is given, skipping those given none. */
    void forEachSheet(Function<String, SheetReader.RowHandler> handlerOf) throws IOException, SAXException, OpenXML4JException {
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        int count = 0;
        while (it.hasNext()) {
            try (InputStream sheet = it.next()) {
                if (count++ == Limits.SHEETS) {
                    throw UserFacingException.badRequest("Tệp Excel có quá nhiều trang tính (tối đa " + Limits.SHEETS + ").");
                }
                SheetReader.RowHandler handler = handlerOf.apply(it.getSheetName());
                if (handler != null) {
                    SheetRows.read(it.getSheetName(), sheet, styles, strings, budget, handler);
                }
            }
        }
        if (count == 0) {
            throw UserFacingException.badRequest("Tệp Excel không có trang tính nào.");
        }
    }

    /** Closes the archive; the package was only read, so nothing is written back. */
    @Override
    public void close() {
        pkg.revert();
    }
}
