package vn.parindex.report;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import vn.parindex.scoring.facts.Band;

/**
 * The bands of a year's classification scheme, each with the colour its units' bars are drawn in, and the legend
 * printed under a table: each band's name in its colour and its rule.
 */
record BandLegend(String schemeTitle, List<Band> bands) {

    /** Green, blue, orange, red, grey: told apart in print and by most colour-blind readers by their lightness too. */
    private static final List<byte[]> COLOURS = List.of(new byte[] {0x2E, 0x7D, 0x32}, new byte[] {0x15, 0x65, (byte) 0xC0},
            new byte[] {(byte) 0xEF, 0x6C, 0x00}, new byte[] {(byte) 0xC6, 0x28, 0x28}, new byte[] {0x61, 0x61, 0x61});

    /** The RGB colour of a band by its name; the last colour for a name the scheme does not know. */
    byte[] colour(String band) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).getLabel().equals(band)) {
                return COLOURS.get(Math.min(i, COLOURS.size() - 1));
            }
        }
        return COLOURS.get(COLOURS.size() - 1);
    }

    /** Writes the legend from this row on, the rule of each band merged over the columns after its name. */
    int write(Sheet sheet, int first, ReportFormat format, int[] widths) {
        int last = widths.length - 1;
        Row title = sheet.createRow(first);
        title.createCell(1).setCellValue("Xếp loại theo " + schemeTitle + ":");
        title.getCell(1).setCellStyle(format.bold);
        sheet.addMergedRegion(new CellRangeAddress(first, first, 1, last));
        int r = first + 1;
        for (Band band : bands) {
            Row row = sheet.createRow(r);
            row.createCell(1).setCellValue(band.getLabel());
            row.getCell(1).setCellStyle(swatch(sheet, band.getLabel(), format.bold));
            format.text(row, 2, band.getRule());
            sheet.addMergedRegion(new CellRangeAddress(r, r, 2, last));
            int[] merged = {0, widths[1], sum(widths, 2)};
            ReportFormat.fitHeight(row, merged);
            r++;
        }
        return r;
    }

    private CellStyle swatch(Sheet sheet, String band, CellStyle bold) {
        XSSFCellStyle style = (XSSFCellStyle) sheet.getWorkbook().createCellStyle();
        style.cloneStyleFrom(bold);
        style.setFillForegroundColor(new XSSFColor(colour(band), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Font white = sheet.getWorkbook().createFont();
        white.setBold(true);
        white.setColor(IndexedColors.WHITE.getIndex());
        style.setFont(white);
        return style;
    }

    private static int sum(int[] widths, int from) {
        int total = 0;
        for (int c = from; c < widths.length; c++) {
            total += widths[c];
        }
        return total;
    }
}
