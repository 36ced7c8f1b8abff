package vn.parindex.scoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.spreadsheet.Xlsx;

/** The scheme table as an .xlsx for the standing body: the table's sheet, numbers as numbers, and a guide. */
final class SchemeWorkbook {

    static final String SHEET = "Cách xếp loại";
    static final String GUIDE = "Hướng dẫn";
    /** Order, minimum and floor. */
    private static final Set<Integer> NUMERIC = Set.of(4, 6, 8);

    private SchemeWorkbook() {
    }

    static byte[] write(String csv) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = Xlsx.boldStyle(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            List<List<String>> rows = SheetReader.semicolonSeparated(csv);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    var cell = row.createCell(c);
                    if (r > 0 && NUMERIC.contains(c) && !cells.get(c).isEmpty()) {
                        cell.setCellValue(new BigDecimal(cells.get(c)).doubleValue());
                    } else {
                        cell.setCellValue(cells.get(c));
                    }
                    if (r == 0) {
                        cell.setCellStyle(header);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {14, 40, 16, 14, 10, 18, 10, 22, 12};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            guide(workbook.createSheet(GUIDE));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void guide(Sheet sheet) {
        String[] lines = {
                "Mỗi dòng là một loại (nhóm) của một cách xếp loại; các cột tên, căn cứ và xếp hạng ghi giống nhau trên mọi dòng của cách đó.",
                "Đơn vị được xếp vào loại đầu tiên (theo thứ tự loại) mà nó đạt: chỉ số (INDEX, %) hoặc tổng điểm (POINTS) từ mức tối thiểu trở lên,"
                        + " và nếu có mức sàn thì không có thành phần nào của cấp đó dưới mức sàn (% điểm tối đa).",
                "Cấp của mức sàn: AREA – chỉ số thành phần của từng lĩnh vực; CRITERION – từng tiêu chí; LEAF – từng tiêu chí thành phần"
                        + " (điểm thưởng, điểm trừ không tính).",
                "Loại cuối cùng phải có tối thiểu 0 và không có mức sàn, để đơn vị nào cũng được xếp loại; mức tối thiểu không tăng dần theo thứ tự.",
                "Cột \"Xếp hạng trong từng loại trước\" (x): đơn vị loại trên luôn xếp hạng trên đơn vị loại dưới, rồi mới đến chỉ số.",
                "Năm đã mở giữ cách xếp loại của bộ luật lúc mở; bảng mới áp dụng cho năm mở sau hoặc khi chấm lại năm bằng bộ luật mới."};
        for (int r = 0; r < lines.length; r++) {
            sheet.createRow(r).createCell(0).setCellValue(lines[r]);
        }
        sheet.setColumnWidth(0, 150 * 256);
    }
}
