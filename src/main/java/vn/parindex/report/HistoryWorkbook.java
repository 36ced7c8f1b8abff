package vn.parindex.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.criteria.Leaf;
import vn.parindex.ranking.ResultService;
import vn.parindex.ranking.ResultService.YearResult;
import vn.parindex.ranking.UnitResult;

/**
 * A unit's results year over year, its predecessors' years included (the 2025 mergers): index, band, rank in block
 * and the area component indices of each year under the areas' names; then the index as a table of years by unit and
 * its line chart, a line per unit (the unit's own and each predecessor's, named in the legend), years on the axis.
 */
final class HistoryWorkbook {

    private static final int INDEX_COLUMN = 3;
    private static final int AREA_COLUMN_CHARS = 7;
    private static final int[] FIXED_WIDTHS = {5, 26, 9, 7, 8, 8, 14};
    private static final int CHART_ROWS = 18;
    private static final int YEAR_COLUMN_CHARS = 10;
    private static final int UNIT_COLUMN_CHARS = 16;

    private HistoryWorkbook() {
    }

    /** areaHeaders: each area's column header by code, in catalogue order. */
    static byte[] write(ReportHeading heading, List<YearResult> history, Map<String, String> areaHeaders) {
        List<String> areas = history.stream().flatMap(r -> r.areaIndices().keySet().stream()).distinct()
                .sorted(Leaf.AREA_ORDER).toList();
        List<String> headers = new ArrayList<>(List.of("Năm", "Đơn vị", "Kết quả", "Chỉ số (%)", "Xếp loại",
                "Xếp hạng trong khối", "Khối xếp hạng"));
        areas.forEach(a -> headers.add(areaHeaders.getOrDefault(a, "Lĩnh vực " + a) + " (%)"));
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c < FIXED_WIDTHS.length ? FIXED_WIDTHS[c] : AREA_COLUMN_CHARS;
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Qua các năm");
            ReportFormat format = new ReportFormat(workbook);
            int headerRow = format.heading(sheet, heading, widths);
            Row header = sheet.createRow(headerRow);
            format.headers(header, headers);
            ReportFormat.fitHeight(header, widths);
            int r = headerRow + 1;
            for (YearResult result : history) {
                row(sheet.createRow(r++), result, areas, format);
                ReportFormat.fitHeight(sheet.getRow(r - 1), widths);
            }
            ReportFormat.widths(sheet, widths);
            ReportFormat.printReady(sheet, headerRow, 2, headers.size(), true);
            if (!history.isEmpty()) {
                chartSheet(workbook.createSheet("Biểu đồ"), heading, history, format);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Row row, YearResult result, List<String> areas, ReportFormat format) {
        format.number(row, 0, BigDecimal.valueOf(result.year()), format.integer);
        format.text(row, 1, result.unitName());
        format.text(row, 2, ResultService.FINAL.equals(result.stage()) ? "Chính thức" : "Sơ bộ");
        format.number(row, INDEX_COLUMN, result.index());
        format.text(row, 4, result.classification());
        if (result.rank() == 0) {
            format.text(row, 5, UnitResult.NOT_RANKED);
        } else {
            format.number(row, 5, BigDecimal.valueOf(result.rank()), format.integer);
        }
        format.text(row, 6, result.rankingBlock());
        for (int a = 0; a < areas.size(); a++) {
            format.number(row, 7 + a, result.areaIndices().get(areas.get(a)));
        }
    }

    /** On a page of its own (no repeated header): the index by year and unit, then its chart. */
    private static void chartSheet(XSSFSheet sheet, ReportHeading heading, List<YearResult> history, ReportFormat format) {
        int[] widths = RankingChart.PAGE_WIDTHS;
        int tableRow = format.heading(sheet, heading, widths) + 1;
        int units = byYear(sheet, tableRow, history, format);
        int years = (int) history.stream().map(YearResult::year).distinct().count();
        chart(sheet, tableRow, years, units, tableRow + years + 2, widths.length);
        ReportFormat.pageSetup(sheet, true);
    }

    /** The index as a table: a row per year (as text, for the chart's axis), a column per unit; returns the units. */
    private static int byYear(XSSFSheet sheet, int top, List<YearResult> history, ReportFormat format) {
        List<String> units = history.stream().map(YearResult::unitName).distinct().toList();
        List<Integer> years = history.stream().map(YearResult::year).distinct().sorted().toList();
        Row header = sheet.createRow(top);
        List<String> names = new ArrayList<>(List.of("Chỉ số (%)"));
        names.addAll(units);
        format.headers(header, names);
        for (int y = 0; y < years.size(); y++) {
            Row row = sheet.createRow(top + 1 + y);
            format.text(row, 0, String.valueOf(years.get(y)));
            for (int u = 0; u < units.size(); u++) {
                int year = years.get(y);
                String unit = units.get(u);
                format.number(row, 1 + u, history.stream().filter(h -> h.year() == year && h.unitName().equals(unit))
                        .map(YearResult::index).findFirst().orElse(null));
            }
        }
        int[] widths = new int[1 + units.size()];
        widths[0] = YEAR_COLUMN_CHARS;
        Arrays.fill(widths, 1, widths.length, UNIT_COLUMN_CHARS);
        ReportFormat.widths(sheet, widths);
        ReportFormat.fitHeight(header, widths);
        return units.size();
    }

    private static void chart(XSSFSheet sheet, int tableRow, long years, int units, int top, int columns) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, Math.min(columns, 12), top + CHART_ROWS));
        chart.setTitleText("Chỉ số CCHC (%) qua các năm");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFValueAxis index = chart.createValueAxis(AxisPosition.LEFT);
        index.setMinimum(0);
        index.setMaximum(100);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE,
                chart.createCategoryAxis(AxisPosition.BOTTOM), index);
        int first = tableRow + 1;
        int last = tableRow + (int) years;
        var yearLabels = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
        for (int u = 0; u < units; u++) {
            var values = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 1 + u, 1 + u));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(yearLabels, values);
            series.setTitle(sheet.getRow(tableRow).getCell(1 + u).getStringCellValue(), new CellReference(tableRow, 1 + u));
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            series.setSmooth(false);
        }
        chart.plot(data);
    }
}
