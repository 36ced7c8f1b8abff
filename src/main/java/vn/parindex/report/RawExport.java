package vn.parindex.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.zip.Deflater;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.assessment.Stage;
import vn.parindex.org.UnitType;
import vn.parindex.org.UnitTypes;
import vn.parindex.spreadsheet.Xlsx;

/**
 * Every stored score of a year, one row per unit, leaf and stage, for analysis. The units (name, type, block) and
 * the leaves (area, criterion, title, maximum) are on sheets of their own to look up by code, so the long sheet repeats as
 * little text as possible: writing its cells is where the time goes. Rows go from a
 * database cursor (read-only transaction, fetch size set: PostgreSQL otherwise loads the whole result), read a few
 * batches ahead in a thread of their own ({@link ReadAhead}), into a streamed sheet, so the export never holds the
 * year in memory.
 */
@Component
class RawExport {

    private static final int FETCH_SIZE = 2000;
    /** Enough of the rule set's SHA-256 to tell the year's rule sets apart (the full hash: GET /api/cycles/{year}). */
    private static final int RULE_HASH_PREFIX = 12;

    private static final List<String> SCORE_HEADERS = List.of("Mã đơn vị", "Tiêu chí thành phần", "Giai đoạn", "Điểm",
            "Áp dụng", "Người thực hiện", "Lý do", "Thời điểm", "Mã bộ luật");
    private static final List<String> UNIT_HEADERS = List.of("Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối xếp hạng");
    private static final List<String> LEAF_HEADERS = List.of("Loại đơn vị", "Lĩnh vực", "Tiêu chí", "Tiêu chí thành phần",
            "Tên tiêu chí thành phần", "Điểm tối đa", "Phương pháp chấm");
    /** Each sheet's column widths in characters: headers, codes, numbers and "dd/mm/yyyy hh:mm:ss" whole, texts to be read. */
    private static final int[] SCORE_WIDTHS = {12, 20, 16, 8, 9, 16, 34, 20, 15};
    private static final int[] UNIT_WIDTHS = {14, 60, 22, 30};
    private static final int[] LEAF_WIDTHS = {18, 9, 9, 20, 56, 11, 20};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final UnitTypes types;

    RawExport(DataSource dataSource, PlatformTransactionManager transactions, UnitTypes types) {
        this.types = types;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    void write(int year, ReportHeading heading, OutputStream out) throws IOException {
        Function<String, UnitType> type = types.resolver();
        try (SXSSFWorkbook workbook = new FastZipWorkbook()) {
            CellStyle bold = Xlsx.boldStyle(workbook);
            CellStyle plain = workbook.getCellStyleAt(0);
            CellStyle timestamp = workbook.createCellStyle();
            timestamp.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
            SXSSFSheet scores = sheet(workbook, "Điểm " + year, SCORE_HEADERS, SCORE_WIDTHS, bold, heading);
            SXSSFSheet units = sheet(workbook, "Đơn vị", UNIT_HEADERS, UNIT_WIDTHS, bold, heading);
            SXSSFSheet leaves = sheet(workbook, "Tiêu chí", LEAF_HEADERS, LEAF_WIDTHS, bold, heading);
            ReadAhead.copy(rows -> readOnly.executeWithoutResult(status -> jdbc.query("""
                            select a.unit_code, s.leaf_code, s.stage, s.points, s.applicable, s.actor, s.reason,
                                   s.created_at, s.rule_hash
                            from score s join assessment a on a.id = s.assessment_id
                            where a.year = ? order by s.assessment_id, s.leaf_code, s.stage""", rows, year)),
                    (rs, n) -> new ScoreRow(rs.getString(1), rs.getString(2), Stage.valueOf(rs.getString(3)).label(),
                            rs.getDouble(4), rs.getBoolean(5), rs.getString(6), rs.getString(7),
                            rs.getTimestamp(8).toLocalDateTime(), rs.getString(9).substring(0, RULE_HASH_PREFIX)),
                    score -> {
                        Row row = scores.createRow(scores.getLastRowNum() + 1);
                        cell(row, 0, plain).setCellValue(score.unitCode());
                        cell(row, 1, plain).setCellValue(score.leafCode());
                        cell(row, 2, plain).setCellValue(score.stage());
                        cell(row, 3, plain).setCellValue(score.points());
                        cell(row, 4, plain).setCellValue(score.applicable());
                        cell(row, 5, plain).setCellValue(score.actor());
                        cell(row, 6, plain).setCellValue(score.reason());
                        cell(row, 7, timestamp).setCellValue(score.at());
                        cell(row, 8, plain).setCellValue(score.ruleHash());
                    });
            readOnly.executeWithoutResult(status -> {
                jdbc.query("""
                        select u.code, u.name, a.unit_type, u.ranking_block from assessment a join unit u on u.code = a.unit_code
                        where a.year = ? order by u.code""",
                        rs -> {
                            Row row = units.createRow(units.getLastRowNum() + 1);
                            row.createCell(0).setCellValue(rs.getString(1));
                            row.createCell(1).setCellValue(rs.getString(2));
                            row.createCell(2).setCellValue(type.apply(rs.getString(3)).label());
                            row.createCell(3).setCellValue(rs.getString(4));
                        }, year);
                jdbc.query("""
                        select unit_type, area_code, criterion_code, code, title, max_points, method from cycle_leaf
                        where year = ? order by unit_type, code""",
                        rs -> {
                            Row row = leaves.createRow(leaves.getLastRowNum() + 1);
                            row.createCell(0).setCellValue(type.apply(rs.getString(1)).label());
                            for (int c = 1; c <= 4; c++) {
                                row.createCell(c).setCellValue(rs.getString(c + 1));
                            }
                            row.createCell(5).setCellValue(rs.getDouble(6));
                            row.createCell(6).setCellValue(rs.getString(7));
                        }, year);
            });
            workbook.write(out);
            workbook.dispose();
        }
    }

    private record ScoreRow(String unitCode, String leafCode, String stage, double points, boolean applicable,
                            String actor, String reason, LocalDateTime at, String ruleHash) {
    }

    /**
     * A cell with its style given: a cell without one asks its column for a style when written, an XML lookup that
     * took a sixth of the export's time. The workbook's default style (index 0) writes the same XML as none.
     */
    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * A sheet for analysis: the header in its first row, so the data stay a plain table; when printed, the heading
     * goes in the page header, the header row repeats above the data of every page.
     */
    private static SXSSFSheet sheet(SXSSFWorkbook workbook, String name, List<String> headers, int[] widths, CellStyle bold,
                                    ReportHeading heading) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
            header.getCell(c).setCellStyle(bold);
        }
        ReportFormat.widths(sheet, widths);
        ReportFormat.printReady(sheet, 0, 0, headers.size(), true);
        sheet.getHeader().setCenter(heading.province() + " — " + heading.title() + " — " + name);
        sheet.getHeader().setRight(heading.details());
        return sheet;
    }

    /**
     * Writes its sheets' temporary XML without a lock per call, and deflates at the fastest level: the sheet is large
     * and repetitive, and most of the time went to writing and compressing it. (Texts stay inline: POI's shared string
     * table, tried, made the export four times slower.)
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {
        FastZipWorkbook() {
            super(200);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new SheetDataWriter() {
                @Override
                public Writer createWriter(File file) throws IOException {
                    return new UnsynchronizedBufferedWriter(new OutputStreamWriter(
                            decorateOutputStream(new FileOutputStream(file)), StandardCharsets.UTF_8));
                }
            };
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }
}
