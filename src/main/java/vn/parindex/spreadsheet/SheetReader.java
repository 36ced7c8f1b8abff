package vn.parindex.spreadsheet;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;
import vn.parindex.web.UserFacingException;

/**
 * Reads the sheets of an .xlsx (or a UTF-8 file separated by semicolons) into rows of trimmed text.
 * <p>
 * An .xlsx is streamed (POI's event API: no workbook model is built) from a temporary copy, and refused as soon as it
 * passes one of its {@link Bounds}: a sheet of a million rows costs the time to read its first 20,000, never the heap.
 * Before that, the archive's declared sizes are checked ({@link OfficeArchive}), and POI refuses any part that
 * inflates beyond them.
 * Dates become ISO text; formulas and merged cells are refused, since every value must be typed in its own cell.
 */
public final class SheetReader {

    /** What one imported workbook may hold; the Vietnamese refusals state them. */
    public static final class Limits {
        public static final int ROWS = 20_000;
        public static final int COLUMNS = 200;
        public static final int CELL_CHARS = 5_000;
        public static final int CELLS = 1_000_000;
        public static final int SHEETS = 50;
        static final int ENTRIES = 1_000;
        /** Uncompressed bytes of one part of the archive, and of all of them. */
        static final long PART_BYTES = 50L << 20;
        static final long TOTAL_BYTES = 100L << 20;
        /** The most any import may let one worksheet part inflate to: POI's own guard, shared by every import. */
        static final long LARGEST_SHEET_BYTES = 160L << 20;

        private Limits() {
        }
    }

    /**
     * What one import may read: rows of its sheet, cells in all, and bytes once inflated. An import that needs more rows
     * than {@link #DEFAULT} asks for them, and for the larger worksheet they make; the other parts (strings, styles),
     * held in memory whole, keep {@link Limits#PART_BYTES} whatever the rows.
     */
    public record Bounds(int rows, int cells, long sheetBytes, long totalBytes) {

        public static final Bounds DEFAULT = new Bounds(Limits.ROWS, Limits.CELLS, Limits.PART_BYTES, Limits.TOTAL_BYTES);

        public Bounds {
            if (sheetBytes > Limits.LARGEST_SHEET_BYTES) {
                throw new IllegalArgumentException("A worksheet may inflate to " + Limits.LARGEST_SHEET_BYTES + " bytes at most");
            }
        }

        long partBytes(String partName) {
            return partName.replaceFirst("^/", "").startsWith("xl/worksheets/") ? sheetBytes : Limits.PART_BYTES;
        }
    }

    /** Receives a sheet's rows as they stream: the row's index (0: the first row) and its trimmed cells. */
    @FunctionalInterface
    public interface RowHandler {
        void row(int index, List<String> cells);
    }

    private static final Logger log = LoggerFactory.getLogger(SheetReader.class);

    private SheetReader() {
    }

    /** The rows of the first sheet, header included; blank rows are kept as empty lists so row numbers match. */
    public static List<List<String>> xlsx(InputStream in) {
        return xlsxSheets(in).values().iterator().next();
    }

    /** Every sheet of an .xlsx, by name in workbook order. */
    public static Map<String, List<List<String>>> xlsxSheets(InputStream in) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        read(in, Bounds.DEFAULT, workbook -> workbook.forEachSheet(name -> {
            List<List<String>> rows = new ArrayList<>();
            sheets.put(name, rows);
            return (index, cells) -> {
                while (rows.size() < index) {
                    rows.add(List.of());
                }
                rows.add(cells);
            };
        }));
        return sheets;
    }

    /**
     * Streams the rows of the sheet named {@code sheet}, or else of the first, within {@code bounds}: nothing of the
     * sheet is kept but what the handler keeps. Rows without any cell are skipped.
     */
    public static void xlsxRows(InputStream in, String sheet, Bounds bounds, RowHandler handler) {
        read(in, bounds, workbook -> {
            List<String> names = workbook.names();
            String chosen = names.contains(sheet) ? sheet : names.get(0);
            workbook.forEachSheet(name -> name.equals(chosen) ? handler : null);
        });
    }

    private interface Reading {
        void read(StreamedWorkbook workbook) throws IOException, SAXException, OpenXML4JException;
    }

    private static void read(InputStream in, Bounds bounds, Reading reading) {
        Path copy = null;
        try {
            copy = Files.createTempFile("par-import-", ".xlsx");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            checkArchive(copy, bounds);
            try (StreamedWorkbook workbook = StreamedWorkbook.open(copy, bounds)) {
                reading.read(workbook);
            }
        } catch (UserFacingException e) {
            throw e;
        } catch (IOException | SAXException | RuntimeException | OpenXML4JException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UserFacingException u) {
                throw u;
            }
            log.info("Refused an unreadable workbook: {}", e.toString());
            throw UserFacingException.badRequest("Không đọc được tệp: cần tệp Excel .xlsx hợp lệ.");
        } finally {
            deleteQuietly(copy);
        }
    }

    private static void checkArchive(Path file, Bounds bounds) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            OfficeArchive.checkDeclared(zip.stream().toList(), bounds);
        } catch (OfficeArchive.Refused e) {
            throw UserFacingException.badRequest("Không đọc được tệp Excel: tệp " + e.getMessage() + ".");
        }
    }

    /** Whether a sheet's first row starts with the template's headers (case and surrounding spaces aside). */
    public static boolean startsWithHeaders(List<String> row, List<String> headers) {
        if (row.size() < headers.size()) {
            return false;
        }
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).equalsIgnoreCase(row.get(i).trim())) {
                return false;
            }
        }
        return true;
    }

    /** Rows as the semicolon-separated text of rules/, each padded with empty cells to the given columns. */
    public static String semicolonText(List<List<String>> rows, int columns) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>(row);
            while (cells.size() < columns) {
                cells.add("");
            }
            text.append(String.join(";", cells)).append('\n');
        }
        return text.toString();
    }

    /** Each cell that the semicolon-separated text could not hold (a ';' or a line break), by row and column. */
    public static List<String> unwritableCells(List<List<String>> rows, String location) {
        List<String> problems = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String cell = rows.get(r).get(c);
                if (cell.contains(";") || cell.contains("\n")) {
                    problems.add(location + ", dòng " + (r + 1) + ", cột " + (c + 1) + ": ô \"" + cell
                            + "\" chứa dấu ';' hoặc xuống dòng.");
                }
            }
        }
        return problems;
    }

    /** Rows of a semicolon-separated text kept in rules/ (a catalogue, the classification schemes). */
    public static List<List<String>> semicolonSeparated(String text) {
        try {
            return semicolonSeparated(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<List<String>> semicolonSeparated(InputStream in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> row = new ArrayList<>();
                for (String cell : line.split(";", -1)) {
                    row.add(cell.trim());
                }
                rows.add(line.isBlank() ? List.of() : row);
            }
        }
        return rows;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the temporary copy {}: {}", file, e.toString());
            }
        }
    }
}
