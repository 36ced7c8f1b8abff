package vn.parindex.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.ranking.ResultService;
import vn.parindex.ranking.ResultService.YearResult;
import vn.parindex.ranking.UnitResult;

/**
 * A unit's results year over year, its predecessors' years included (the 2025 mergers): index, class, rank in
 * block and the area sub-indices of each year, print-ready, with a native line chart of the index.
 */
final class HistoryWorkbook {

    private static final int HEADER_ROW = 3;
    private static final int INDEX_COLUMN = 3;

    private HistoryWorkbook() {
    }

    static byte[] write(String unitCode, String unitName, List<YearResult> history) {
        List<String> areas = history.stream().flatMap(r -> r.areaIndices().keySet().stream()).distinct().sorted().toList();
        List<String> headers = new ArrayList<>(List.of("Năm", "Đơn vị", "Kết quả", "Chỉ số (%)", "Xếp loại",
                "Xếp hạng trong khối", "Khối xếp hạng"));
        areas.forEach(a -> headers.add("Lĩnh vực " + a + " (%)"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Qua các năm");
            ReportFormat format = new ReportFormat(workbook);
            format.title(sheet, 0, "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH QUA CÁC NĂM", format.title, headers.size());
            String predecessors = String.join(", ", history.stream().map(YearResult::unitName)
                    .filter(name -> !name.equals(unitName)).distinct().toList());
            format.title(sheet, 1, "Đơn vị: " + unitName + " (" + unitCode + ")"
                    + (predecessors.isEmpty() ? "" : " — gồm kết quả của đơn vị tiền thân: " + predecessors)
                    + " — lập ngày " + ReportFormat.today(), format.subtitle, headers.size());
            format.headers(sheet.createRow(HEADER_ROW), headers);
            int r = HEADER_ROW + 1;
            for (YearResult result : history) {
                Row row = sheet.createRow(r++);
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
            int[] widths = {8, 36, 11, 11, 12, 11, 30};
            for (int c = 0; c < headers.size(); c++) {
                sheet.setColumnWidth(c, (c < widths.length ? widths[c] : 11) * 256);
            }
            ReportFormat.printReady(sheet, HEADER_ROW, 2, headers.size());
            if (!history.isEmpty()) {
                chart(sheet, history.size(), headers.size());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index per year as a line, under the table; categories are the year and the unit of each row. */
    private static void chart(XSSFSheet sheet, int rows, int columns) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = HEADER_ROW + rows + 2;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, Math.max(columns, 8), top + 18);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Chỉ số CCHC (%) qua các năm");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis index = chart.createValueAxis(AxisPosition.LEFT);
        index.setMinimum(0);
        index.setMaximum(100);
        int first = HEADER_ROW + 1;
        int last = HEADER_ROW + rows;
        var categories = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 1, 1));
        var values = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, INDEX_COLUMN, INDEX_COLUMN));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, years, index);
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories, values);
        series.setTitle("Chỉ số (%)", null);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        chart.plot(data);
    }
}
