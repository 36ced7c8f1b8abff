package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.ranking.ResultService;
import vn.parindex.ranking.UnitResult;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.survey.SurveyEntry;
import vn.parindex.survey.SurveyService;

/** The ranking workbook, read back with POI: one sheet per block, totals equal to the stored results, a chart. */
class RankingReportIT extends IntegrationTest {

    @Autowired SurveyService surveys;
    @Autowired ResultService results;

    @Test
    void theRankingWorkbookMatchesTheStoredResults() throws IOException {
        int year = scenario.openYear(List.of("TD1", "TD2", "TD3", "TH1"));
        scenario.throughAppraisal(year, "TD1", Map.of("1.2", BigDecimal.valueOf(50)));
        scenario.throughAppraisal(year, "TD2", Map.of());
        scenario.throughAppraisal(year, "TD3", Map.of("7.1", BigDecimal.valueOf(40)));
        scenario.throughAppraisal(year, "TH1", Map.of());
        List<SurveyEntry> survey = new ArrayList<>();
        for (String unit : List.of("TD1", "TD2", "TD3", "TH1")) {
            List.of("8.1", "8.2", "8.3").forEach(leaf -> survey.add(new SurveyEntry(unit, leaf, BigDecimal.valueOf(90))));
        }
        surveys.importResults(year, survey, Scenario.role(Roles.SURVEY_OFFICE));
        surveys.complete(year, Scenario.role(Roles.SURVEY_OFFICE));
        scenario.runJobs(year);
        scenario.ensureUser("nv-report", Roles.STANDING_BODY);

        HttpResponse<byte[]> response = Http.as(port, "nv-report", "pw")
                .getBytes("/api/cycles/" + year + "/reports/ranking.xlsx?stage=PRELIMINARY");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("xep-hang-" + year + "-so-bo.xlsx"));
        List<UnitResult> stored = results.results(year, ResultService.PRELIMINARY);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(wb.getNumberOfSheets()).as("a table and a chart per block").isEqualTo(4);
            XSSFSheet departments = wb.getSheet("2. Khối sở thử nghiệm");
            assertThat(departments.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + year);
            assertThat(departments.getRow(2).getCell(0).getStringCellValue()).startsWith("Khối: Khối sở thử nghiệm — Kết quả sơ bộ");
            assertThat(departments.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            List<UnitResult> storedDepartments = stored.stream().filter(r -> r.rankingBlock().equals("Khối sở thử nghiệm")).toList();
            int last = departments.getRow(3).getLastCellNum() - 1;
            for (int i = 0; i < storedDepartments.size(); i++) {
                UnitResult r = storedDepartments.get(i);
                var row = departments.getRow(4 + i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(r.unitName());
                assertThat(row.getCell(last - 3).getNumericCellValue()).isEqualTo(r.achieved().subtract(r.penalty()).doubleValue());
                assertThat(row.getCell(last - 2).getNumericCellValue()).isEqualTo(r.index().doubleValue());
                assertThat(row.getCell(last - 1).getStringCellValue()).isEqualTo(r.classification());
                assertThat((int) row.getCell(last).getNumericCellValue()).isEqualTo(i + 1);
            }
            assertThat(wb.getSheet("Biểu đồ 2. Khối sở thử nghiệm").getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(departments.getPrintSetup().getLandscape()).isTrue();
            assertThat(departments.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(departments.getPaneInformation().isFreezePane()).isTrue();
        }
        assertThat(Http.as(port, "nv-report", "pw").get("/api/cycles/" + year + "/reports/ranking.xlsx?stage=FINAL")
                .body()).contains("chưa có kết quả chính thức");

        HttpResponse<byte[]> raw = Http.as(port, "nv-report", "pw").getBytes("/api/cycles/" + year + "/reports/scores.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(raw.body()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Điểm");
            long resultRows = 0;
            double td1Result = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row.getCell(2).getStringCellValue().equals("Kết quả")) {
                    resultRows++;
                    if (row.getCell(0).getStringCellValue().equals("TD1")) {
                        td1Result += row.getCell(3).getNumericCellValue();
                    }
                }
            }
            assertThat(resultRows).isEqualTo(4 * 25);
            UnitResult td1 = stored.stream().filter(r -> r.unitCode().equals("TD1")).findFirst().orElseThrow();
            assertThat(td1Result).isCloseTo(td1.achieved().doubleValue(), org.assertj.core.data.Offset.offset(0.001));
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo(td1.ruleHash().substring(0, 12));
            assertThat(sheet.getRow(1).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm:ss");
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getIndex()).as("the workbook's default style").isZero();
            XSSFSheet units = wb.getSheet("Đơn vị");
            assertThat(units.getLastRowNum()).isEqualTo(4);
            assertThat(units.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Sở thử nghiệm TD1");
            XSSFSheet leaves = wb.getSheet("Tiêu chí");
            assertThat(leaves.getRow(1).getCell(3).getStringCellValue()).isEqualTo("1.1");
            assertThat(leaves.getRow(1).getCell(5).getNumericCellValue()).isPositive();
        }
        scenario.ensureUser("unit-report", Roles.unitGroup("TD1"));
        HttpResponse<byte[]> card = Http.as(port, "unit-report", "pw").getBytes("/api/cycles/" + year + "/reports/scorecard/TD1.xlsx");
        assertThat(card.headers().firstValue("Content-Disposition")).as("no result the unit may see yet")
                .hasValueSatisfying(v -> assertThat(v).contains("phieu-diem-" + year + "-tam-tinh-TD1.xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(card.body()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Đơn vị: Sở thử nghiệm TD1 (TD1)");
            var leaf12 = rowStarting(sheet, 0, "1.2");
            assertThat(leaf12.getCell(0).getStringCellValue()).isEqualTo("1.2");
            assertThat(leaf12.getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(leaf12.getCell(5).getNumericCellValue()).isEqualTo(2.0);
            UnitResult td1 = stored.stream().filter(r -> r.unitCode().equals("TD1")).findFirst().orElseThrow();
            assertThat(rowStarting(sheet, 1, "Chỉ số CCHC (%)").getCell(3).getNumericCellValue()).isEqualTo(td1.index().doubleValue());
            assertThat(wb.getSheet("Nên khắc phục")).as("no result shown to the unit before it is published").isNull();
        }
        byte[] staffCard = Http.as(port, "nv-report", "pw").getBytes("/api/cycles/" + year + "/reports/scorecard/TD1.xlsx").body();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(staffCard))) {
            XSSFSheet fixes = wb.getSheet("Nên khắc phục");
            assertThat(IntStream.rangeClosed(4, fixes.getLastRowNum()).mapToObj(r -> fixes.getRow(r).getCell(0).getStringCellValue()))
                    .as("the standing body reads what TD1 should fix").contains("1.2", "8.1");
        }
        assertThat(Http.as(port, "unit-report", "pw").getBytes("/api/cycles/" + year + "/reports/scorecard/TD2.xlsx").statusCode())
                .isEqualTo(403);
        assertThat(Http.as(port, "unit-report", "pw").getBytes("/api/cycles/" + year + "/reports/scores.xlsx").statusCode())
                .isEqualTo(403);
    }

    /** TD1's accepted complaint lifted it from second to first (see {@link Scenario#yearWithAcceptedComplaint}). */
    @Test
    void thePublishedFinalRankingSetsEachUnitsPreliminaryIndexAndRankBesideItsFinalOnes() throws IOException {
        int year = scenario.yearWithAcceptedComplaint();
        scenario.approve(year);

        HttpResponse<byte[]> response = Http.anonymous(port).getBytes("/public-api/years/" + year + "/ranking.xlsx");

        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("xep-hang-" + year + "-chinh-thuc.xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet departments = wb.getSheet("1. Khối sở thử nghiệm");
            var header = departments.getRow(3);
            int last = header.getLastCellNum() - 1;
            assertThat(List.of(header.getCell(last - 2).getStringCellValue(), header.getCell(last - 1).getStringCellValue(),
                    header.getCell(last).getStringCellValue())).containsExactly("Xếp hạng", "Chỉ số sơ bộ (%)", "Xếp hạng sơ bộ");
            List<String> rows = IntStream.range(4, 7).mapToObj(departments::getRow).map(row -> row.getCell(1).getStringCellValue()
                    + " " + row.getCell(last - 4).getNumericCellValue() + " " + (int) row.getCell(last - 2).getNumericCellValue()
                    + " " + row.getCell(last - 1).getNumericCellValue() + " " + (int) row.getCell(last).getNumericCellValue()).toList();
            assertThat(rows).containsExactly("Sở thử nghiệm TD1 97.0 1 94.0 2", "Sở thử nghiệm TD2 95.5 2 95.5 1",
                    "Sở thử nghiệm TD3 87.4 3 87.4 3");
        }
    }

    /** Printed as it is downloaded: dates and numbers whole (no "###" of a column too narrow), nothing overprinted. */
    @Test
    void theRawExportPrintsItsDatesAndNumbersWhole(@TempDir Path dir) throws Exception {
        LibreOfficePdf.assumeInstalled();
        int year = scenario.openYear(List.of("TD1"));
        scenario.throughAppraisal(year, "TD1", Map.of("1.2", BigDecimal.valueOf(50)));
        scenario.ensureUser("nv-report", Roles.STANDING_BODY);
        Path raw = Files.write(dir.resolve("diem.xlsx"),
                Http.as(port, "nv-report", "pw").getBytes("/api/cycles/" + year + "/reports/scores.xlsx").body());

        LibreOfficePdf.print(dir, List.of(raw));

        try (PDDocument pdf = Loader.loadPDF(dir.resolve("diem.pdf").toFile())) {
            PrintedPdf printed = new PrintedPdf(pdf);
            assertThat(printed.all()).doesNotContain("###").containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}")
                    .as("every header whole").contains("Mã đơn vị Tiêu chí thành phần Giai đoạn Điểm Áp dụng Người thực hiện",
                            "Sở thử nghiệm TD1", "Tiêu chí Tiêu chí thành phần Tên tiêu chí thành phần Điểm tối đa");
            assertThat(printed.firstOverlap()).isEmpty();
        }
    }

    private static org.apache.poi.ss.usermodel.Row rowStarting(XSSFSheet sheet, int column, String text) {
        for (var row : sheet) {
            var cell = row.getCell(column);
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text);
    }
}
