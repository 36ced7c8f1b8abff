package vn.parindex.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How the API hands a workbook to a browser (its media type, an attachment with a file name), and the pieces of the
 * small workbooks officials fill in (templates with their guide and lists): bold header rows, rows of text, lines.
 */
public final class Xlsx {

    public static final MediaType MEDIA_TYPE =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Xlsx() {
    }

    public static CellStyle boldStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }

    public static ResponseEntity.BodyBuilder attachment(String fileName) {
        return ResponseEntity.ok().contentType(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
    }

    /** A small workbook (a template, a handover) built in memory, as bytes. */
    public static byte[] write(Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet's first row: the titles in bold, each column 24 characters wide. */
    public static void header(Sheet sheet, List<String> titles, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            row.createCell(c).setCellValue(titles.get(c));
            row.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, 24 * 256);
        }
    }

    /** A row of text cells after the sheet's last one. */
    public static void row(Sheet sheet, String... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    /** Lines of text down the first column, from the first row (a guide sheet). */
    public static void lines(Sheet sheet, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines.get(i));
        }
    }
}
