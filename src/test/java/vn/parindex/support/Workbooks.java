package vn.parindex.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits a downloaded .xlsx as an official would in Excel, for upload tests, and reads an answer's workbook. */
public final class Workbooks {

    private Workbooks() {
    }

    public static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A template with rows typed below what its first sheet holds. */
    public static byte[] withRows(byte[] template, List<List<String>> rows) throws IOException {
        return edit(template, wb -> appendRows(wb.getSheetAt(0), rows));
    }

    /** A new workbook of one sheet holding these rows, the header first. */
    public static byte[] of(String sheetName, List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            appendRows(wb.createSheet(sheetName), rows);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One column of the first sheet's data rows by another, e.g. the initial password by login. */
    public static Map<String, String> column(byte[] workbook, int keyColumn, int valueColumn) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                values.put(sheet.getRow(r).getCell(keyColumn).getStringCellValue(),
                        sheet.getRow(r).getCell(valueColumn).getStringCellValue());
            }
        }
        return values;
    }

    private static void appendRows(Sheet sheet, List<List<String>> rows) {
        int next = sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1;
        for (List<String> values : rows) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.size(); c++) {
                row.createCell(c).setCellValue(values.get(c));
            }
        }
    }
}
