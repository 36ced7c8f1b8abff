package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.parindex.ranking.ResultService;
import vn.parindex.ranking.ResultService.YearResult;
import vn.parindex.ranking.UnitResult;

/**
 * The reports as LibreOffice prints them (headless, to PDF, Carlito standing in for Calibri as on Linux desks), made
 * of the demo's real names (the longest departments among them): both stages' rankings, a scorecard at both stages,
 * a history through a merger. Each PDF is read back word by word: nothing printed over anything else, nothing under
 * 8 pt, the heading on page 1, every unit there, the chart's page holding its bars. Page images go to target/print/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPrintTest {

    private static final Path OUT = Path.of("target/print");
    private static final String DEPARTMENTS = "Sở, ban, ngành";
    private static final ReportHeading HEADING = new ReportHeading(DemoReportData.PROVINCE,
            "BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024", "Kết quả chính thức — lập ngày 10/02/2025");

    private final Map<String, PDDocument> printed = new LinkedHashMap<>();

    @BeforeAll
    void print() throws Exception {
        LibreOfficePdf.assumeInstalled();
        Files.createDirectories(OUT);
        List<Path> workbooks = new ArrayList<>();
        for (String stage : List.of(ResultService.FINAL, ResultService.PRELIMINARY)) {
            List<UnitResult> results = DemoReportData.results(stage);
            Path ranking = OUT.resolve("xep-hang-2024-" + ReportContext.stageSlug(stage) + ".xlsx");
            try (OutputStream out = Files.newOutputStream(ranking)) {
                RankingWorkbook.write(new RankingWorkbook.Content(stageHeading(stage), results,
                        DemoReportData.areaPoints(results), DemoReportData.areaHeaders(), DemoReportData.LEGEND,
                        preliminaryBeside(stage)), out);
            }
            workbooks.add(ranking);
            UnitResult longest = results.stream().filter(r -> r.unitCode().equals("SLDTBXH")).findFirst().orElseThrow();
            var view = DemoReportData.view(longest);
            Path card = OUT.resolve("phieu-diem-2024-" + ReportContext.stageSlug(stage) + "-SLDTBXH.xlsx");
            Files.write(card, Scorecard.write(new ReportHeading(DemoReportData.PROVINCE, "PHIẾU ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
                            "Đơn vị: " + longest.unitName() + " (SLDTBXH) — Kết quả " + ReportContext.stageLabel(stage)),
                    view, ScorecardSummary.ofResult(ReportContext.stageLabel(stage), longest, 20, view,
                            DemoReportData.areaPoints(results).get("SLDTBXH"), areaIndices(longest), DemoReportData.areaHeaders()),
                    List.of(), java.util.Set.of(), List.of()));
            workbooks.add(card);
        }
        Path history = OUT.resolve("qua-cac-nam-HP_SNV.xlsx");
        Files.write(history, HistoryWorkbook.write(new ReportHeading(DemoReportData.PROVINCE,
                "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH QUA CÁC NĂM", "Đơn vị: Sở Nội vụ thành phố Hải Phòng (HP_SNV)"),
                history(), DemoReportData.areaHeaders()));
        workbooks.add(history);
        LibreOfficePdf.print(OUT, workbooks);
        for (Path workbook : workbooks) {
            String name = workbook.getFileName().toString().replace(".xlsx", "");
            printed.put(name, Loader.loadPDF(OUT.resolve(name + ".pdf").toFile()));
        }
        image("xep-hang-2024-chinh-thuc", 0);
        image("xep-hang-2024-chinh-thuc", chartPage("xep-hang-2024-chinh-thuc", DEPARTMENTS));
        image("phieu-diem-2024-chinh-thuc-SLDTBXH", 0);
        image("phieu-diem-2024-chinh-thuc-SLDTBXH", new PrintedPdf(printed.get("phieu-diem-2024-chinh-thuc-SLDTBXH")).pages.size() - 1);
    }

    @Test
    void noWordIsPrintedOverAnother() throws IOException {
        for (var pdf : printed.entrySet()) {
            assertThat(new PrintedPdf(pdf.getValue()).firstOverlap()).as(pdf.getKey()).isEmpty();
        }
    }

    @Test
    void noTextIsSmallerThanEightPoints() throws IOException {
        for (var pdf : printed.entrySet()) {
            assertThat(new PrintedPdf(pdf.getValue()).words).as(pdf.getKey()).allSatisfy(w -> assertThat(w.size()).as(w.text()).isGreaterThanOrEqualTo(8f));
        }
    }

    @Test
    void theHeadingIsOnTheFirstPage() throws IOException {
        for (var pdf : printed.entrySet()) {
            assertThat(new PrintedPdf(pdf.getValue()).pages.get(0)).as(pdf.getKey())
                    .contains("TỈNH HẢI DƯƠNG", "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH");
        }
        assertThat(new PrintedPdf(printed.get("xep-hang-2024-so-bo")).pages.get(0)).contains("Kết quả sơ bộ", "Khối: Sở, ban, ngành");
    }

    @Test
    void theRankingsNameEveryUnitAndTheAreasAndTheBands() throws IOException {
        for (String stage : List.of("chinh-thuc", "so-bo")) {
            String text = new PrintedPdf(printed.get("xep-hang-2024-" + stage)).all();
            assertThat(text).contains(DemoReportData.units().stream().map(DemoReportData.DemoUnit::name).toList())
                    .contains(DemoReportData.areaHeaders().values()).contains("Nhóm 1", "Chỉ số từ 90 trở lên");
        }
        assertThat(new PrintedPdf(printed.get("xep-hang-2024-chinh-thuc")).pages.get(0)).contains("sơ bộ (%)", "hạng sơ bộ");
        assertThat(new PrintedPdf(printed.get("xep-hang-2024-so-bo")).all()).doesNotContain("hạng sơ bộ");
    }

    @Test
    void eachChartPageHoldsABarPerUnitOfItsBlock() throws IOException {
        for (String stage : List.of("chinh-thuc", "so-bo")) {
            String name = "xep-hang-2024-" + stage;
            int page = chartPage(name, DEPARTMENTS);
            List<UnitResult> departments = DemoReportData.results(stage.equals("so-bo") ? ResultService.PRELIMINARY : ResultService.FINAL)
                    .stream().filter(r -> r.rankingBlock().equals(DEPARTMENTS)).toList();
            int bars = 0;
            for (var band : DemoReportData.LEGEND.bands()) {
                bars += PrintedPdf.filledShapes(printed.get(name), page, DemoReportData.LEGEND.colour(band.getLabel()));
            }
            assertThat(bars).as("bars on page " + (page + 1)).isGreaterThanOrEqualTo(departments.size());
            String text = new PrintedPdf(printed.get(name)).pages.get(page);
            assertThat(text).contains(departments.stream().map(UnitResult::unitName).toList())
                    .contains(departments.get(0).index().toPlainString());
        }
    }

    @Test
    void theHistoryShowsEachPredecessorsLineOverTheYears() throws IOException {
        String text = new PrintedPdf(printed.get("qua-cac-nam-HP_SNV")).all();
        assertThat(text).contains("Sở Lao động – Thương binh và Xã hội", "Sở Nội vụ", "2023", "2024",
                DemoReportData.areaHeaders().get("1") + " (%)");
    }

    @Test
    void theScorecardShowsAreasBandAndRankBeforeTheLeaves() throws IOException {
        String text = new PrintedPdf(printed.get("phieu-diem-2024-chinh-thuc-SLDTBXH")).all();
        assertThat(text).contains("Sở Lao động – Thương binh và Xã hội", "Chỉ số thành phần", "Xếp loại", "trong khối Sở, ban, ngành");
        assertThat(text.indexOf("Xếp hạng")).isLessThan(text.indexOf("1.1.1"));
    }

    @Test
    void theScorecardListsTheEvidenceWithItsSignaturesLast() throws IOException {
        List<String> pages = new PrintedPdf(printed.get("phieu-diem-2024-chinh-thuc-SLDTBXH")).pages;
        String last = pages.get(pages.size() - 1).replaceAll("\\s+", " ");
        assertThat(last).contains("TÀI LIỆU KIỂM CHỨNG VÀ CHỮ KÝ SỐ NĂM 2024", "bao-cao-ket-qua-thuc-hien-ke-hoach.pdf",
                "Ký số: Nguyễn Thị Phương Thảo (Sở Lao động – Thương binh và Xã hội tỉnh Hải Dương), 12/03/2025 09:14",
                "chứng thư đã bị thu hồi từ 10/02/2025", "đã bị sửa sau khi ký", "Không có chữ ký số", "Không phải tệp PDF");
    }

    /** The final ranking sets each unit's preliminary index and rank beside its final ones. */
    private static Map<String, UnitResult> preliminaryBeside(String stage) throws IOException {
        return stage.equals(ResultService.FINAL) ? DemoReportData.results(ResultService.PRELIMINARY).stream()
                .collect(Collectors.toMap(UnitResult::unitCode, r -> r)) : Map.of();
    }

    private static ReportHeading stageHeading(String stage) {
        return new ReportHeading(HEADING.province(), HEADING.title(), "Kết quả " + ReportContext.stageLabel(stage) + " — lập ngày 10/02/2025");
    }

    /** HP_SNV's lineage before the merger: Sở Nội vụ and Sở Lao động – Thương binh và Xã hội, 2023 and 2024. */
    private static List<YearResult> history() throws IOException {
        List<YearResult> history = new ArrayList<>();
        for (int year : List.of(2023, 2024)) {
            for (var unit : List.of(new String[] {"SNV", "Sở Nội vụ"}, new String[] {"SLDTBXH", "Sở Lao động – Thương binh và Xã hội"})) {
                var index = DemoReportData.index(unit[0] + year, ResultService.FINAL);
                Map<String, java.math.BigDecimal> areas = new LinkedHashMap<>();
                DemoReportData.areaHeaders().keySet().forEach(a -> areas.put(a, index));
                history.add(new YearResult(year, unit[0], unit[1], ResultService.FINAL, index, DemoReportData.band(index),
                        3, DEPARTMENTS, areas));
            }
        }
        return history;
    }

    private static Map<String, java.math.BigDecimal> areaIndices(UnitResult result) throws IOException {
        Map<String, java.math.BigDecimal> indices = new LinkedHashMap<>();
        DemoReportData.areaHeaders().keySet().forEach(area -> indices.put(area, result.index()));
        return indices;
    }

    private int chartPage(String name, String block) throws IOException {
        List<String> pages = new PrintedPdf(printed.get(name)).pages;
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains("BIỂU ĐỒ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH — " + block.toUpperCase())) {
                return p;
            }
        }
        throw new AssertionError("no chart page for " + block + " in " + name);
    }

    private void image(String name, int page) throws IOException {
        ImageIO.write(new PDFRenderer(printed.get(name)).renderImageWithDPI(page, 100), "png",
                OUT.resolve(name + "-trang-" + (page + 1) + ".png").toFile());
    }
}
