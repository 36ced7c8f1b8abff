package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;

/**
 * A unit formed by a merger sees the results of the units it was formed from, year by year: as JSON, as a
 * workbook, and (published years only) on the public results page's API.
 */
class HistoryIT extends IntegrationTest {

    @Autowired ResultService results;

    @Test
    void aMergedUnitsHistoryFollowsItsPredecessors() throws IOException {
        scenario.ensureFixture();
        scenario.registerUnits(List.of(predecessor("HSA", ""), predecessor("HSB", "")));
        int before = scenario.publishedYear(Map.of("HSA", 70, "HSB", 90));
        // both end with that year; the merged department starts the next day
        scenario.registerUnits(List.of(predecessor("HSA", before + "-12-31"), predecessor("HSB", before + "-12-31"),
                List.of("TDM", "Sở hợp nhất thử nghiệm", "DEPARTMENT", "Khối sở thử nghiệm", "", (before + 1) + "-01-01", "",
                        "HSA, HSB")));
        scenario.ensureUser("tdm-user", Roles.unitGroup("TDM"));
        int after = scenario.openYear(List.of("TDM"));
        scenario.throughAppraisal(after, "TDM", Map.of());
        scenario.throughPreliminary(after, Map.of("TDM", 80));
        Http merged = Http.as(port, "tdm-user", "pw");

        List<ResultService.YearResult> history = results.history("TDM", Scenario.role(Roles.STANDING_BODY));
        assertThat(history).extracting(r -> r.year() + " " + r.unitCode() + " " + r.stage())
                .containsExactly(before + " HSA FINAL", before + " HSB FINAL", after + " TDM PRELIMINARY");
        assertThat(history.get(0).areaIndices()).containsKeys("1", "8");
        assertThat(merged.get("/api/units/TDM/history").statusCode()).isEqualTo(200);
        assertThat(merged.get("/api/units/TD1/history").statusCode()).isEqualTo(403);
        assertThat(merged.get("/api/units/TD1/history.xlsx").statusCode()).isEqualTo(403);

        HttpResponse<byte[]> workbook = merged.getBytes("/api/units/TDM/history.xlsx");
        assertThat(workbook.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            XSSFSheet sheet = wb.getSheet("Qua các năm");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).as("the heading's details")
                    .contains("Sở hợp nhất thử nghiệm (TDM)", "Sở tiền thân HSA", "Sở tiền thân HSB");
            XSSFRow header = sheet.getRow(3);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Chỉ số (%)");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("1. Chỉ đạo, điều hành (%)");
            for (int i = 0; i < history.size(); i++) {
                XSSFRow row = sheet.getRow(4 + i);
                ResultService.YearResult expected = history.get(i);
                assertThat((int) row.getCell(0).getNumericCellValue()).isEqualTo(expected.year());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.unitName());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(i < 2 ? "Chính thức" : "Sơ bộ");
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(expected.index().doubleValue());
                assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(expected.areaIndices().get("1").doubleValue());
                assertThat((int) row.getCell(5).getNumericCellValue()).isEqualTo(expected.rank());
            }
            var charts = wb.getSheet("Biểu đồ").getDrawingPatriarch().getCharts();
            assertThat(charts).as("one chart, a line per unit: its own and each predecessor's").hasSize(1);
            assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(3);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }

        String published = Http.anonymous(port).get("/public-api/units/TDM/history").body();
        assertThat(published).contains("\"year\":" + before, "\"unitCode\":\"HSA\"", "\"unitCode\":\"HSB\"")
                .doesNotContain("\"year\":" + after);
    }

    private static List<String> predecessor(String code, String validTo) {
        return List.of(code, "Sở tiền thân " + code, "DEPARTMENT", "Khối sở thử nghiệm", "", "2012-01-01", validTo, "");
    }
}
