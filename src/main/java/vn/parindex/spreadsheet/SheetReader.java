package vn.parindex.spreadsheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.parindex.web.UserFacingException;

/**
 * Reads the sheets of an .xlsx (or a UTF-8 file separated by semicolons) into rows of trimmed text.
 * Dates become ISO text; formulas and merged cells are refused, since every value must be typed in its own cell.
 * POI's own limits against zip bombs and entity expansion stay as they are.
 */
public final class SheetReader {

    public static final int MAX_ROWS = 20_000;
    private static final Logger log = LoggerFactory.getLogger(SheetReader.class);
    private static final DataFormatter FORMATTER = new DataFormatter();

    private SheetReader() {
    }

    /** The rows, header included; blank rows are kept as empty lists so row numbers match the sheet. */
    public static List<List<String>> xlsx(InputStream in) {
        return xlsxSheets(in).values().iterator().next();
    }

    /** Every sheet of an .xlsx, by name in workbook order. */
    public static Map<String, List<List<String>>> xlsxSheets(InputStream in) {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw UserFacingException.badRequest("Tệp Excel không có trang tính nào.");
            }
            Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
            for (Sheet sheet : workbook) {
                sheets.put(sheet.getSheetName(), rows(sheet));
            }
            return sheets;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException u) {
                throw u;
            }
            log.info("Refused an unreadable workbook: {}", e.toString());
            throw UserFacingException.badRequest("Không đọc được tệp: cần tệp Excel .xlsx hợp lệ.");
        }
    }

    private static List<List<String>> rows(Sheet sheet) {
        if (sheet.getLastRowNum() > MAX_ROWS) {
            throw UserFacingException.badRequest("Trang tính \"" + sheet.getSheetName() + "\" có quá nhiều dòng (tối đa "
                    + MAX_ROWS + ").");
        }
        if (sheet.getNumMergedRegions() > 0) {
            throw UserFacingException.badRequest("Trang tính \"" + sheet.getSheetName() + "\" có ô gộp ("
                    + sheet.getMergedRegion(0).formatAsString() + "); hãy bỏ gộp ô.");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            rows.add(cells(sheet.getRow(r), r));
        }
        return rows;
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

    private static List<String> cells(Row row, int rowIndex) {
        List<String> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(text(row.getCell(c), rowIndex));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static String text(Cell cell, int rowIndex) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            throw UserFacingException.badRequest("Dòng " + (rowIndex + 1) + ", cột " + (cell.getColumnIndex() + 1)
                    + ": ô chứa công thức; hãy nhập giá trị.");
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return FORMATTER.formatCellValue(cell).trim();
    }
}
