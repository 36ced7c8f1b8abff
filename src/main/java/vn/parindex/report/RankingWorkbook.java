package vn.parindex.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import vn.parindex.ranking.UnitResult;

/**
 * The ranking of a year in the shape of an announcement appendix: one sheet per block (STT, unit, points per area
 * headed by the area's name, total, index, class, rank), print-ready (title, date, borders, frozen header, widths
 * that fit A4 landscape at full size), with a native bar chart of the index per unit below the table: its bars carry
 * their own fill, since LibreOffice does not fall back to a theme colour as Excel does. Rows are streamed (SXSSF), so
 * thousands of units fit in little memory.
 */
final class RankingWorkbook {

    private static final int HEADER_ROW = 3;

    private RankingWorkbook() {
    }

    /** The bars' fill: dark blue, readable in print and on screen. */
    private static final byte[] BAR_COLOUR = {0x1F, 0x4E, 0x79};
    private static final int AREA_COLUMN_CHARS = 9;
    private static final float LINE_POINTS = 15f;
    /** Bars per row of sheet the chart spans, so that each unit's name stays readable. */
    private static final double ROWS_PER_UNIT = 0.9;

    /** areas: each area's code and name, in column order. */
    static void write(int year, String stageLabel, List<UnitResult> results, Map<String, Map<String, BigDecimal>> areaPoints,
                      Map<String, String> areas, OutputStream out) throws IOException {
        Map<String, List<UnitResult>> byBlock = new LinkedHashMap<>();
        results.forEach(r -> byBlock.computeIfAbsent(r.rankingBlock(), b -> new ArrayList<>()).add(r));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            ReportFormat format = new ReportFormat(workbook);
            int n = 1;
            for (Map.Entry<String, List<UnitResult>> block : byBlock.entrySet()) {
                SXSSFSheet sheet = workbook.createSheet(sheetName(n++, block.getKey()));
                sheet(sheet, year, stageLabel, block.getKey(), block.getValue(), areaPoints, areas, format);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void sheet(SXSSFSheet sheet, int year, String stageLabel, String block, List<UnitResult> rows,
                              Map<String, Map<String, BigDecimal>> areaPoints, Map<String, String> areas, ReportFormat format) {
        int columns = 2 + areas.size() + 4;
        format.title(sheet, 0, "BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + year + " (" + stageLabel + ")", format.title, columns);
        format.title(sheet, 1, "Khối: " + block + " — lập ngày " + ReportFormat.today(), format.subtitle, columns);
        Row header = sheet.createRow(HEADER_ROW);
        format.headers(header, headers(areas));
        // LibreOffice keeps a stored row height: give the wrapped area names the lines they need
        header.setHeightInPoints(LINE_POINTS * headers(areas).stream().skip(2)
                .mapToInt(name -> lines(name, AREA_COLUMN_CHARS)).max().orElse(1));
        for (int i = 0; i < rows.size(); i++) {
            UnitResult r = rows.get(i);
            Row row = sheet.createRow(HEADER_ROW + 1 + i);
            int c = 0;
            format.text(row, c++, String.valueOf(i + 1));
            format.text(row, c++, r.unitName());
            Map<String, BigDecimal> points = areaPoints.getOrDefault(r.unitCode(), Map.of());
            for (String area : areas.keySet()) {
                format.number(row, c++, points.get(area));
            }
            format.number(row, c++, r.achieved().subtract(r.penalty()));
            format.number(row, c++, r.index());
            format.text(row, c++, r.classification());
            if (r.rank() == 0) {
                format.text(row, c, UnitResult.NOT_RANKED);
            } else {
                format.number(row, c, BigDecimal.valueOf(r.rank()), format.integer);
            }
        }
        // about 150 characters in all: A4 landscape at 100 %
        sheet.setColumnWidth(0, 5 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        for (int i = 2; i < columns; i++) {
            sheet.setColumnWidth(i, AREA_COLUMN_CHARS * 256);
        }
        ReportFormat.printReady(sheet, HEADER_ROW, 2, columns);
        chart(sheet, rows, columns);
    }

    /**
     * A bar chart of the index (%) per unit, below the table and as wide as it. Values are given with their cell
     * references, since the streamed rows are no longer in memory to be read back.
     */
    private static void chart(SXSSFSheet sheet, List<UnitResult> rows, int columns) {
        int units = rows.size();
        int top = HEADER_ROW + units + 3;
        // SXSSF streams rows only; the drawing lives on the sheet's in-memory template, which it writes out as is
        XSSFDrawing drawing = sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName()).createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, columns, top + Math.max(16,
                (int) Math.ceil(units * ROWS_PER_UNIT) + 6));
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Chỉ số CCHC (%) theo đơn vị");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis unitsAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis indexAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        indexAxis.setMinimum(0);
        indexAxis.setMaximum(100);
        int first = HEADER_ROW + 1;
        int last = HEADER_ROW + Math.max(units, 1);
        String quoted = "'" + sheet.getSheetName().replace("'", "''") + "'!";
        var names = XDDFDataSourcesFactory.fromArray(rows.stream().map(UnitResult::unitName).toArray(String[]::new),
                quoted + new CellRangeAddress(first, last, 1, 1).formatAsString());
        var values = XDDFDataSourcesFactory.fromArray(rows.stream().map(r -> r.index().doubleValue()).toArray(Double[]::new),
                quoted + new CellRangeAddress(first, last, columns - 3, columns - 3).formatAsString());
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, unitsAxis, indexAxis);
        data.setBarDirection(BarDirection.BAR);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(names, values);
        series.setTitle("Chỉ số (%)", null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
        // the best ranked at the top, as in the table
        unitsAxis.setOrientation(AxisOrientation.MAX_MIN);
        chart.plot(data);
    }

    private static List<String> headers(Map<String, String> areas) {
        List<String> headers = new ArrayList<>(List.of("STT", "Đơn vị"));
        areas.forEach((code, name) -> headers.add(code + ". " + name));
        headers.addAll(List.of("Tổng điểm", "Chỉ số (%)", "Xếp loại", "Xếp hạng"));
        return headers;
    }

    /** The lines a header takes when its words wrap at the column's width (a little narrower, for the bold font). */
    static int lines(String text, int columnChars) {
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int needed = used == 0 ? word.length() : used + 1 + word.length();
            if (needed > columnChars - 1 && used > 0) {
                lines++;
                used = word.length();
            } else {
                used = needed;
            }
        }
        return lines;
    }

    static String sheetName(int n, String block) {
        String name = n + ". " + block.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
