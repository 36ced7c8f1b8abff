package vn.parindex.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Every stored score of a year, one row per unit, leaf and stage, for analysis. Rows go from a database cursor
 * (read-only transaction, fetch size set: PostgreSQL otherwise loads the whole result) straight into a streamed
 * sheet, so the export never holds the year in memory.
 */
@Component
class RawExport {

    private static final int FETCH_SIZE = 2000;

    private static final List<String> HEADERS = List.of("Năm", "Mã đơn vị", "Tên đơn vị", "Khối xếp hạng", "Lĩnh vực",
            "Tiêu chí", "Tiêu chí thành phần", "Giai đoạn", "Điểm", "Điểm tối đa", "Áp dụng", "Người thực hiện", "Lý do",
            "Thời điểm", "Mã bộ luật");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    RawExport(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    void write(int year, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("Điểm " + year);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            readOnly.executeWithoutResult(status -> jdbc.query("""
                    select a.year, a.unit_code, u.name, u.ranking_block, l.area_code, l.criterion_code, s.leaf_code, s.stage,
                           s.points, l.max_points, s.applicable, s.actor, s.reason, s.created_at, s.rule_hash
                    from score s join assessment a on a.id = s.assessment_id join unit u on u.code = a.unit_code
                    join cycle_leaf l on l.year = a.year and l.unit_type = a.unit_type and l.code = s.leaf_code
                    where a.year = ? order by a.unit_code, s.leaf_code, s.stage""",
                    rs -> {
                        Row row = sheet.createRow(next[0]++);
                        row.createCell(0).setCellValue(rs.getInt(1));
                        for (int c = 2; c <= 8; c++) {
                            row.createCell(c - 1).setCellValue(rs.getString(c));
                        }
                        row.createCell(8).setCellValue(rs.getBigDecimal(9).doubleValue());
                        row.createCell(9).setCellValue(rs.getBigDecimal(10).doubleValue());
                        row.createCell(10).setCellValue(rs.getBoolean(11) ? "có" : "không");
                        row.createCell(11).setCellValue(rs.getString(12));
                        row.createCell(12).setCellValue(rs.getString(13));
                        row.createCell(13).setCellValue(rs.getTimestamp(14).toLocalDateTime().toString());
                        row.createCell(14).setCellValue(rs.getString(15));
                    }, year));
            workbook.write(out);
            workbook.dispose();
        }
    }
}
