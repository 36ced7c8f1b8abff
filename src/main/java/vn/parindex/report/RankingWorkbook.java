package vn.parindex.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.parindex.ranking.UnitResult;

/**
 * The ranking of a year in the shape of an announcement appendix: per block, a sheet with the heading (province,
 * year, stage, decision), the table (STT, unit, points per area headed by the area's name, total, index, band, rank;
 * in a final ranking, the preliminary index and rank beside them) and the band legend, then a sheet with the block's bar chart on a page of its own. Prints on A4 landscape at
 * full width, rows as tall as their wrapped names. Rows are streamed (SXSSF), so thousands of units fit in little
 * memory.
 */
final class RankingWorkbook {

    private static final int AREA_COLUMN_CHARS = 8;

    private RankingWorkbook() {
    }

    /**
     * The data of one ranking: areas are each area's code and column header, in column order; preliminary, each unit's
     * preliminary result for a final ranking (empty for a preliminary one, or a year without preliminary results).
     */
    record Content(ReportHeading heading, List<UnitResult> results, Map<String, Map<String, BigDecimal>> areaPoints,
                   Map<String, String> areas, BandLegend legend, Map<String, UnitResult> preliminary) {
    }

    static void write(Content content, OutputStream out) throws IOException {
        Map<String, List<UnitResult>> byBlock = new LinkedHashMap<>();
        content.results().forEach(r -> byBlock.computeIfAbsent(r.rankingBlock(), b -> new ArrayList<>()).add(r));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            ReportFormat format = new ReportFormat(workbook);
            int n = 1;
            for (Map.Entry<String, List<UnitResult>> block : byBlock.entrySet()) {
                SXSSFSheet table = workbook.createSheet(sheetName(n + ". ", block.getKey()));
                int first = table(table, content, block.getKey(), block.getValue(), format);
                SXSSFSheet chart = workbook.createSheet(sheetName("Biểu đồ " + n + ". ", block.getKey()));
                chart(chart, content, block.getKey(), block.getValue(), format,
                        RankingChart.range(table.getSheetName(), first, first + block.getValue().size() - 1, 1),
                        RankingChart.range(table.getSheetName(), first, first + block.getValue().size() - 1,
                                content.areas().size() + 3));
                n++;
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** Writes the block's table and legend; returns the row of its first unit. */
    private static int table(SXSSFSheet sheet, Content content, String block, List<UnitResult> rows, ReportFormat format) {
        boolean withPreliminary = !content.preliminary().isEmpty();
        int[] widths = widths(content.areas().size(), withPreliminary);
        int headerRow = format.heading(sheet, content.heading().about("Khối: " + block), widths);
        Row header = sheet.createRow(headerRow);
        format.headers(header, headers(content.areas(), withPreliminary));
        ReportFormat.fitHeight(header, widths);
        for (int i = 0; i < rows.size(); i++) {
            UnitResult r = rows.get(i);
            Row row = sheet.createRow(headerRow + 1 + i);
            int c = 0;
            format.number(row, c++, BigDecimal.valueOf(i + 1), format.integer);
            format.text(row, c++, r.unitName());
            Map<String, BigDecimal> points = content.areaPoints().getOrDefault(r.unitCode(), Map.of());
            for (String area : content.areas().keySet()) {
                format.number(row, c++, points.get(area));
            }
            format.number(row, c++, r.achieved().subtract(r.penalty()));
            format.number(row, c++, r.index());
            format.text(row, c++, r.classification());
            rank(row, c++, r, format);
            if (withPreliminary) {
                UnitResult was = content.preliminary().get(r.unitCode());
                format.number(row, c++, was == null ? null : was.index());
                rank(row, c, was, format);
            }
            ReportFormat.fitHeight(row, widths);
        }
        ReportFormat.widths(sheet, widths);
        content.legend().write(sheet, headerRow + rows.size() + 2, format, widths);
        ReportFormat.printReady(sheet, headerRow, 2, widths.length, true);
        return headerRow + 1;
    }

    /** A unit's rank in its block, or that it is not ranked; nothing for no result. */
    private static void rank(Row row, int column, UnitResult r, ReportFormat format) {
        if (r == null || r.rank() == 0) {
            format.text(row, column, r == null ? null : UnitResult.NOT_RANKED);
        } else {
            format.number(row, column, BigDecimal.valueOf(r.rank()), format.integer);
        }
    }

    private static void chart(SXSSFSheet sheet, Content content, String block, List<UnitResult> rows, ReportFormat format,
                              String names, String values) {
        ReportHeading heading = content.heading();
        int top = format.heading(sheet, new ReportHeading(heading.province(),
                "BIỂU ĐỒ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH — " + block.toUpperCase(), heading.details()), RankingChart.PAGE_WIDTHS) + 1;
        RankingChart.draw(sheet, top, rows, content.legend(), names, values);
        ReportFormat.pageSetup(sheet, true);
    }

    /** About 135 characters in all, 151 with the preliminary columns: A4 landscape, text above 8 pt, with nine areas. */
    private static int[] widths(int areas, boolean withPreliminary) {
        int[] widths = new int[areas + (withPreliminary ? 8 : 6)];
        widths[0] = 4;
        widths[1] = 28;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = AREA_COLUMN_CHARS;
        }
        return widths;
    }

    private static List<String> headers(Map<String, String> areas, boolean withPreliminary) {
        List<String> headers = new ArrayList<>(List.of("STT", "Đơn vị"));
        headers.addAll(areas.values());
        headers.addAll(List.of("Tổng điểm", "Chỉ số (%)", "Xếp loại", "Xếp hạng"));
        if (withPreliminary) {
            headers.addAll(List.of("Chỉ số sơ bộ (%)", "Xếp hạng sơ bộ"));
        }
        return headers;
    }

    static String sheetName(String prefix, String block) {
        String name = prefix + block.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
