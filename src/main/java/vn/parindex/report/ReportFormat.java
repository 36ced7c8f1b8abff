package vn.parindex.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** The look the reports share: title, bordered cells, number formats, A4 landscape fitted to the page width. */
final class ReportFormat {

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle cell;
    final CellStyle number;
    final CellStyle integer;

    ReportFormat(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        subtitle = workbook.createCellStyle();
        header = bordered(workbook);
        header.setFont(bold);
        header.setWrapText(true);
        cell = bordered(workbook);
        cell.setWrapText(true);
        number = bordered(workbook);
        number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        integer = bordered(workbook);
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
    }

    static String today() {
        return LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** A title line merged across the table's columns. */
    void title(Sheet sheet, int row, String text, CellStyle style, int columns) {
        var c = sheet.createRow(row).createCell(0);
        c.setCellValue(text);
        c.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, columns - 1));
    }

    void headers(Row row, Iterable<String> names) {
        int c = 0;
        for (String name : names) {
            text(row, c++, name);
            row.getCell(c - 1).setCellStyle(header);
        }
    }

    void text(Row row, int column, String value) {
        var c = row.createCell(column);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(cell);
    }

    void number(Row row, int column, BigDecimal value) {
        number(row, column, value, number);
    }

    void number(Row row, int column, BigDecimal value, CellStyle style) {
        var c = row.createCell(column);
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
        c.setCellStyle(style);
    }

    /** Freezes the header and the first columns, repeats the header on every page, A4 landscape one page wide. */
    static void printReady(Sheet sheet, int headerRow, int frozenColumns, int columns) {
        sheet.createFreezePane(frozenColumns, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, columns - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
