package vn.parindex.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.hssf.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The look the reports share: the heading, bordered cells, number formats, row heights that fit wrapped text, page
 * numbers, A4 fitted to the page width.
 */
final class ReportFormat {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A line of 11 pt Calibri (Carlito) with its leading, in points. */
    private static final float LINE_POINTS = 15f;

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle cell;
    final CellStyle bold;
    final CellStyle number;
    final CellStyle integer;

    ReportFormat(Workbook workbook) {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        subtitle = workbook.createCellStyle();
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        subtitle.setWrapText(true);
        header = bordered(workbook);
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        cell = bordered(workbook);
        cell.setWrapText(true);
        bold = bordered(workbook);
        bold.setFont(boldFont);
        bold.setWrapText(true);
        number = bordered(workbook);
        number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        integer = bordered(workbook);
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
    }

    static String today() {
        return LocalDate.now().format(DATE);
    }

    /**
     * The heading of a printed report, merged across its columns: the province, the title, then the details (stage,
     * decision, date made) wrapped into as many lines as they need. Returns the first row below it.
     */
    int heading(Sheet sheet, ReportHeading heading, int[] widths) {
        int columns = widths.length;
        title(sheet, 0, heading.province().toUpperCase(), subtitle, columns);
        title(sheet, 1, heading.title(), title, columns);
        sheet.getRow(1).setHeightInPoints(LINE_POINTS * 1.4f * lines(heading.title(), (int) (sum(widths) / 1.3)));
        title(sheet, 2, heading.details(), subtitle, columns);
        // a little more than its lines, to keep it off the table's header
        sheet.getRow(2).setHeightInPoints(LINE_POINTS * lines(heading.details(), sum(widths)) + 6);
        return 3;
    }

    /** A line merged across the table's columns. */
    void title(Sheet sheet, int row, String text, CellStyle style, int columns) {
        Cell c = sheet.createRow(row).createCell(0);
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
        Cell c = row.createCell(column);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(cell);
    }

    void number(Row row, int column, BigDecimal value) {
        number(row, column, value, number);
    }

    void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(column);
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
        c.setCellStyle(style);
    }

    /**
     * Gives a row the height its wrapped texts need: neither POI nor LibreOffice grows a row whose height is stored,
     * and a wrapped name left at one line prints over the next row. Bold text counts a tenth wider.
     */
    static void fitHeight(Row row, int[] widths) {
        int lines = 1;
        for (Cell c : row) {
            if (c.getCellType() == CellType.STRING && c.getColumnIndex() < widths.length) {
                int chars = widths[c.getColumnIndex()];
                boolean isBold = row.getSheet().getWorkbook().getFontAt(c.getCellStyle().getFontIndex()).getBold();
                lines = Math.max(lines, lines(c.getStringCellValue(), isBold ? chars * 9 / 10 : chars));
            }
        }
        row.setHeightInPoints(lines * LINE_POINTS);
    }

    /** The lines a text takes when its words wrap in a column of so many characters (one kept for the margins). */
    static int lines(String text, int columnChars) {
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int needed = used == 0 ? word.length() : used + 1 + word.length();
            if (needed > columnChars - 1 && used > 0) {
                lines += (word.length() - 1) / Math.max(1, columnChars - 1) + 1;
                used = word.length() % Math.max(1, columnChars - 1);
            } else {
                used = needed;
            }
        }
        return lines;
    }

    static void widths(Sheet sheet, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /**
     * A4, fitted to the page width, page numbers in the footer; the table's header row repeated above the data of
     * every page and frozen on screen.
     */
    static void printReady(Sheet sheet, int headerRow, int frozenColumns, int columns, boolean landscape) {
        sheet.createFreezePane(frozenColumns, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, columns - 1));
        pageSetup(sheet, landscape);
    }

    /** A4, fitted to the page width, "Trang 1/3" in the footer. */
    static void pageSetup(Sheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(landscape);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        // narrow margins (0.4 in, header and footer 0.25 in): more of the page for text that stays above 8 pt
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.25);
        sheet.setMargin(PageMargin.FOOTER, 0.25);
        sheet.getFooter().setCenter("Trang " + HeaderFooter.page() + "/" + HeaderFooter.numPages());
    }

    private static int sum(int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        return total;
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
