package vn.parindex.report;

import java.util.List;
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
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import vn.parindex.ranking.UnitResult;

/**
 * A block's ranking as a bar chart on a page of its own: one bar per unit, best at the top, each labelled with its
 * index and filled in its band's colour (a fill per bar: LibreOffice draws a bar without one as empty). The bars
 * read the table's cells, so the chart follows a correction made in the workbook.
 */
final class RankingChart {

    /** The chart's page: A4 landscape at 100 %: 15 columns of 64 px, and up to 28 rows of 20 pt under the heading. */
    private static final int COLUMNS = 15;
    /** The chart page's columns in characters (the default width), for its heading. */
    static final int[] PAGE_WIDTHS = java.util.stream.IntStream.generate(() -> 8).limit(COLUMNS).toArray();
    private static final int MIN_ROWS = 24;
    /** Sheet rows per bar, so that each unit's name keeps its line beside its bar. */
    private static final double ROWS_PER_UNIT = 1.05;

    private RankingChart() {
    }

    /**
     * names and values: the table's ranges of unit names and indices, as "'sheet'!B5:B24".
     */
    static void draw(SXSSFSheet sheet, int top, List<UnitResult> rows, BandLegend legend, String names, String values) {
        XSSFDrawing drawing = sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName()).createDrawingPatriarch();
        int height = Math.max(MIN_ROWS, (int) Math.ceil(rows.size() * ROWS_PER_UNIT) + 4);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, COLUMNS, top + height);
        XSSFChart chart = drawing.createChart(anchor);
        XDDFCategoryAxis unitsAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis indexAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        indexAxis.setMinimum(0);
        indexAxis.setMaximum(100);
        // the best ranked at the top, as in the table
        unitsAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, unitsAxis, indexAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(40);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromArray(rows.stream().map(UnitResult::unitName).toArray(String[]::new), names),
                XDDFDataSourcesFactory.fromArray(rows.stream().map(r -> r.index().doubleValue()).toArray(Double[]::new), values));
        series.setTitle("Chỉ số (%)", null);
        series.setFillProperties(fill(legend.colour(null)));
        for (int i = 0; i < rows.size(); i++) {
            series.getDataPoint(i).setFillProperties(fill(legend.colour(rows.get(i).classification())));
        }
        chart.plot(data);
        valueLabels(series.getCTBarSer().isSetDLbls() ? series.getCTBarSer().getDLbls() : series.getCTBarSer().addNewDLbls());
    }

    private static XDDFSolidFillProperties fill(byte[] rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }

    /** Each bar's value at its end, and nothing else (no series name, no category, no legend key). */
    private static void valueLabels(CTDLbls labels) {
        labels.addNewNumFmt().setFormatCode("0.00");
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    static String range(String sheetName, int firstRow, int lastRow, int column) {
        return "'" + sheetName.replace("'", "''") + "'!" + new CellRangeAddress(firstRow, lastRow, column, column).formatAsString();
    }
}
