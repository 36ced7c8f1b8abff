package vn.parindex.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.support.Workbooks.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;

/** The survey office fills the downloaded template; a file with any problem imports nothing. */
class SurveyImportIT extends IntegrationTest {

    @Autowired SurveyRepository surveys;
    private Http office;
    private int year;

    @BeforeEach
    void open() {
        scenario.ensureUser("dt-survey", Roles.SURVEY_OFFICE);
        office = Http.as(port, "dt-survey", "pw");
        year = scenario.openYear(List.of("TD1", "TD2", "TH1"));
    }

    @Test
    void theFilledTemplateImportsEveryRate() throws IOException {
        byte[] template = office.getBytes("/api/cycles/" + year + "/survey/template.xlsx").body();
        byte[] filled = edit(template, wb -> {
            for (Sheet sheet : wb) {
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    for (int c = 2; c < sheet.getRow(0).getLastCellNum(); c++) {
                        row.createCell(c).setCellValue(60 + r * 10 + c);
                    }
                }
            }
        });
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Sở, ban, ngành");
            assertThat(wb.getSheet("Sở, ban, ngành").getRow(0).getCell(2).getStringCellValue()).startsWith("8.1 – ");
            assertThat(wb.getSheet("UBND cấp huyện").getRow(1).getCell(0).getStringCellValue()).isEqualTo("TH1");
        }

        HttpResponse<String> upload = office.upload("/api/cycles/" + year + "/survey/import", "ket-qua.xlsx", filled);

        assertThat(upload.statusCode()).isEqualTo(200);
        assertThat(upload.body()).contains("\"imported\":9");
        assertThat(surveys.rates(year, "TD2")).containsEntry("8.1", new java.math.BigDecimal("82.00"));
    }

    @Test
    void aFileWithAnyProblemImportsNothingAndListsEveryProblem() throws IOException {
        byte[] template = office.getBytes("/api/cycles/" + year + "/survey/template.xlsx").body();
        byte[] bad = edit(template, wb -> {
            Sheet departments = wb.getSheet("Sở, ban, ngành");
            departments.getRow(1).createCell(2).setCellValue(120);
            departments.getRow(1).createCell(3).setCellValue("nhiều");
            departments.getRow(1).createCell(4).setCellValue(50);
            departments.getRow(2).getCell(0).setCellValue("TD1");
            Row unknown = departments.createRow(3);
            unknown.createCell(0).setCellValue("KHONGCO");
        });

        HttpResponse<String> upload = office.upload("/api/cycles/" + year + "/survey/import", "ket-qua.xlsx", bad);

        assertThat(upload.statusCode()).isEqualTo(400);
        assertThat(upload.body()).contains("chưa nhập dữ liệu nào",
                "Trang tính \\\"Sở, ban, ngành\\\", dòng 2, cột 8.1: tỷ lệ 120 ngoài khoảng 0–100.",
                "Trang tính \\\"Sở, ban, ngành\\\", dòng 2, cột 8.2: \\\"nhiều\\\" không phải là số.",
                "Trang tính \\\"Sở, ban, ngành\\\", dòng 3, cột Mã đơn vị: đơn vị TD1 bị trùng.",
                "Trang tính \\\"Sở, ban, ngành\\\", dòng 4, cột Mã đơn vị: đơn vị \\\"KHONGCO\\\" không thuộc",
                "Trang tính \\\"UBND cấp huyện\\\", dòng 2, cột 8.1: thiếu kết quả.");
        assertThat(surveys.rates(year, "TD1")).isEmpty();
    }

    @Test
    void mergedCellsFormulasWrongFilesAndOtherRolesAreRefused() throws IOException {
        byte[] template = office.getBytes("/api/cycles/" + year + "/survey/template.xlsx").body();
        byte[] merged = edit(template, wb -> wb.getSheetAt(0).addMergedRegion(new CellRangeAddress(1, 2, 2, 2)));
        assertThat(office.upload("/api/cycles/" + year + "/survey/import", "a.xlsx", merged).body()).contains("ô gộp");
        byte[] formula = edit(template, wb -> wb.getSheetAt(0).getRow(1).createCell(2).setCellFormula("50+30"));
        assertThat(office.upload("/api/cycles/" + year + "/survey/import", "a.xlsx", formula).body()).contains("công thức");
        assertThat(office.upload("/api/cycles/" + year + "/survey/import", "a.xlsx", "PK\u0003\u0004 hỏng".getBytes()).body())
                .contains("cần tệp Excel .xlsx hợp lệ");
        scenario.ensureUser("unit-survey", Roles.unitGroup("TD1"));
        assertThat(Http.as(port, "unit-survey", "pw").upload("/api/cycles/" + year + "/survey/import", "a.xlsx", template)
                .statusCode()).isEqualTo(403);
        assertThat(surveys.rates(year, "TD1")).isEmpty();
    }
}
