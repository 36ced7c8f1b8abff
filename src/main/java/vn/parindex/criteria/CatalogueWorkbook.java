package vn.parindex.criteria;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.spreadsheet.Xlsx;

/**
 * The catalogue as an .xlsx for the standing body: one sheet per catalogue file (named after it), with the
 * columns of the file, and a guide sheet that explains each scoring method and its parameters.
 */
final class CatalogueWorkbook {

    static final String GUIDE = "Hướng dẫn";
    private static final CatalogueColumn[] COLUMNS = CatalogueColumn.values();

    private CatalogueWorkbook() {
    }

    static String sheetName(String file) {
        return file.replaceFirst("\\.csv$", "");
    }

    static byte[] write(Map<String, String> files) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = Xlsx.boldStyle(workbook);
            CellStyle points = workbook.createCellStyle();
            points.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            files.forEach((file, csv) -> {
                Sheet sheet = workbook.createSheet(sheetName(file));
                List<List<String>> rows = Catalogue.rows(csv);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        var cell = row.createCell(c);
                        CatalogueColumn column = c < COLUMNS.length ? COLUMNS[c] : null;
                        if (r > 0 && column != null && column.numeric() && !cells.get(c).isEmpty()) {
                            cell.setCellValue(new BigDecimal(cells.get(c)).doubleValue());
                            if (column.points()) {
                                cell.setCellStyle(points);
                            }
                        } else {
                            cell.setCellValue(cells.get(c));
                        }
                        if (r == 0) {
                            cell.setCellStyle(header);
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                for (CatalogueColumn column : COLUMNS) {
                    boolean title = column == CatalogueColumn.AREA_TITLE || column == CatalogueColumn.CRITERION_TITLE
                            || column == CatalogueColumn.LEAF_TITLE;
                    int width = title ? 50 : column == CatalogueColumn.AREA_SHORT_TITLE ? 24 : 14;
                    sheet.setColumnWidth(column.ordinal(), width * 256);
                }
            });
            guide(workbook.createSheet(GUIDE), header);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void guide(Sheet sheet, CellStyle header) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Phương pháp", "Cách tính", "Tham số"});
        for (ScoringMethod method : ScoringMethod.values()) {
            lines.add(new String[] {method.name(), method.rule(), method.parameters()});
        }
        lines.add(new String[] {"", "Điểm tối đa của lĩnh vực và tiêu chí ghi lại trên mỗi dòng của chúng và phải bằng tổng các"
                + " thành phần; tổng điểm tối đa của mỗi trang (trừ BONUS, PENALTY) phải bằng 100; mã tiêu chí không trùng.", ""});
        lines.add(new String[] {"", "Tên ngắn lĩnh vực (không bắt buộc, tối đa " + Leaf.AREA_SHORT_TITLE_CHARS + " ký tự) in trên"
                + " đầu cột của bảng kết quả; để trống thì dùng tên lĩnh vực. Mỗi dòng của một lĩnh vực ghi cùng tên.", ""});
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < 3; c++) {
                row.createCell(c).setCellValue(lines.get(r)[c]);
                if (r == 0) {
                    row.getCell(c).setCellStyle(header);
                }
            }
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setColumnWidth(2, 60 * 256);
    }
}
