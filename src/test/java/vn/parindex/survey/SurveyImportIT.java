package vn.parindex.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.support.Workbooks.edit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.ranking.ResultService;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;

/** The survey office fills the downloaded template; a file with any problem imports nothing. */
class SurveyImportIT extends IntegrationTest {

    @Autowired SurveyRepository surveys;
    @Autowired JdbcClient jdbc;
    @Autowired ResultService results;
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
        assertThat(rates(year, "TD2")).containsEntry("8.1", new BigDecimal("82.00"));
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
                "Trang tính \\\"Sở, ban, ngành\\\", dòng 2, cột 8.2: \\\"nhiều\\\" không phải là số hợp lệ (số có tối đa 12 chữ số phần nguyên và 6 chữ số thập phân).",
                "Trang tính \\\"Sở, ban, ngành\\\", dòng 3, cột Mã đơn vị: đơn vị TD1 bị trùng.",
                "Trang tính \\\"Sở, ban, ngành\\\", dòng 4, cột Mã đơn vị: đơn vị \\\"KHONGCO\\\" không thuộc",
                "Trang tính \\\"UBND cấp huyện\\\", dòng 2, cột 8.1: thiếu kết quả.");
        assertThat(rates(year, "TD1")).isEmpty();
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
        assertThat(rates(year, "TD1")).isEmpty();
    }

    /** TD1's 8.1 by answer counts A 30, B 10, C 10, D 0: (30 × 100 + 10 × 60 + 10 × 20) ÷ 50 = 76.00 %. */
    @Test
    void answerCountsPerOptionBecomeTheWeightedRateAndAreKept() throws IOException {
        byte[] template = office.getBytes("/api/cycles/" + year + "/survey/template.xlsx?answerCounts=true").body();
        byte[] filled = edit(template, wb -> {
            for (Sheet sheet : wb) {
                Row head = sheet.getRow(0);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    for (int c = 2; c < head.getLastCellNum(); c++) {
                        String option = head.getCell(c).getStringCellValue().replaceAll("^\\S+ \\[(\\w)].*", "$1");
                        sheet.getRow(r).createCell(c).setCellValue(Map.of("A", 30, "B", 10, "C", 10, "D", 0).get(option));
                    }
                }
            }
        });
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row head = wb.getSheet("Sở, ban, ngành").getRow(0);
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo("8.1 [A] – Tốt / Rất hài lòng (số phiếu)");
            assertThat(head.getCell(5).getStringCellValue()).startsWith("8.1 [D] – ");
        }

        HttpResponse<String> upload = office.upload("/api/cycles/" + year + "/survey/import", "so-phieu.xlsx", filled);

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        assertThat(rates(year, "TD1")).containsEntry("8.1", new BigDecimal("76.00"));
        assertThat(jdbc.sql("select answer_count from survey_answer where year = ? and unit_code = 'TD1' and leaf_code = '8.1' "
                + "order by option_code").param(year).query(Integer.class).list()).containsExactly(30, 10, 10, 0);
    }

    @Test
    void badAnswerCountsAndOptionColumnsAreListedAndNothingIsImported() throws IOException {
        byte[] template = office.getBytes("/api/cycles/" + year + "/survey/template.xlsx?answerCounts=true").body();
        byte[] bad = edit(template, wb -> {
            Sheet departments = wb.getSheet("Sở, ban, ngành");
            Row head = departments.getRow(0);
            for (int r = 1; r <= departments.getLastRowNum(); r++) {
                for (int c = 2; c < head.getLastCellNum(); c++) {
                    departments.getRow(r).createCell(c).setCellValue(5);
                }
            }
            departments.getRow(1).getCell(2).setCellValue(-1);
            departments.getRow(1).getCell(3).setCellValue("mười");
            for (int c = 6; c < 10; c++) {
                departments.getRow(2).getCell(c).setCellValue(0);
            }
            head.getCell(13).setCellValue("8.3 [E] – Không có");
        });

        HttpResponse<String> upload = office.upload("/api/cycles/" + year + "/survey/import", "so-phieu.xlsx", bad);

        assertThat(upload.statusCode()).isEqualTo(400);
        assertThat(upload.body()).contains("chưa nhập dữ liệu nào",
                "dòng 2, cột 8.1 [A]: \\\"-1\\\" không phải số phiếu",
                "dòng 2, cột 8.1 [B]: \\\"mười\\\" không phải số phiếu",
                "dòng 3, cột 8.2: tổng số phiếu bằng 0",
                "dòng 1, cột 14: không có phương án trả lời \\\"E\\\" (có: A, B, C, D)",
                "tiêu chí 8.3 thiếu cột số phiếu của phương án D");
        assertThat(rates(year, "TD1")).isEmpty();
    }

    @Test
    void theApiTakesCountsOrARateAndAReImportAuditsEachChangedRate() {
        String path = "/api/cycles/" + year + "/survey";
        HttpResponse<String> both = office.json("PUT", path,
                "[{\"unitCode\":\"TD1\",\"leafCode\":\"8.1\",\"rate\":50,\"answerCounts\":{\"A\":1,\"B\":0,\"C\":0,\"D\":0}}]");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("chỉ nhập tỷ lệ hoặc số phiếu");
        assertThat(office.json("PUT", path, "[{\"unitCode\":\"TD1\",\"leafCode\":\"8.1\",\"answerCounts\":{\"A\":1,\"B\":1}}]")
                .body()).contains("số phiếu phương án C phải là số nguyên từ 0 trở lên");

        assertThat(office.json("PUT", path, "[{\"unitCode\":\"TD1\",\"leafCode\":\"8.1\",\"rate\":70},"
                + "{\"unitCode\":\"TD2\",\"leafCode\":\"8.1\",\"rate\":90}]").statusCode()).isEqualTo(200);
        assertThat(office.json("PUT", path, "[{\"unitCode\":\"TD1\",\"leafCode\":\"8.1\",\"answerCounts\":{\"A\":1,\"B\":1,\"C\":0,\"D\":0}},"
                + "{\"unitCode\":\"TD1\",\"leafCode\":\"8.2\",\"rate\":75}]").statusCode()).isEqualTo(200);

        assertThat(rates(year, "TD1")).containsEntry("8.1", new BigDecimal("80.00"));
        assertThat(jdbc.sql("select unit_code || ' ' || coalesce(old_value, 'null') || ' -> ' || coalesce(new_value, 'null') from audit_log "
                + "where year = ? and action = 'SURVEY_RATE_CHANGED'").param(year).query(String.class).list())
                .containsExactlyInAnyOrder("TD1 70.00 -> 80.00", "TD1 null -> 75.00", "TD2 90.00 -> null");
    }

    /**
     * TD1 was not surveyed at all, TD2 not on 8.1 (80% on 8.2, 90% on 8.3); everything else in full. By hand:
     * TD1 70 / 70 = 100.00 (the 30 survey points leave its denominator); TD2 (70 + 8 + 4.5) / 85 = 97.06.
     */
    @Test
    void unitsNotSurveyedLeaveTheDenominatorAndTheMarkIsAuditedButNeverWithAResult() throws IOException {
        String path = "/api/cycles/" + year + "/survey";
        HttpResponse<String> both = office.json("PUT", path,
                "[{\"unitCode\":\"TD1\",\"leafCode\":\"8.1\",\"notSurveyed\":true,\"rate\":50}]");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("Dòng 1: đơn vị không được điều tra thì không nhập tỷ lệ hay số phiếu.");
        byte[] countsTemplate = office.getBytes("/api/cycles/" + year + "/survey/template.xlsx?answerCounts=true").body();
        byte[] mixed = edit(countsTemplate, wb -> {
            Row td = wb.getSheet("Sở, ban, ngành").getRow(1);
            td.createCell(2).setCellValue("KĐT");
            td.createCell(3).setCellValue(5);
        });
        HttpResponse<String> refused = office.upload("/api/cycles/" + year + "/survey/import", "a.xlsx", mixed);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("dòng 2, cột 8.1: đã đánh dấu KĐT (không điều tra) thì không nhập kết quả \\\"5\\\".");
        assertThat(surveys.notSurveyed(year, "TD1")).as("nothing imported").isEmpty();

        List.of("TD1", "TD2", "TH1").forEach(unit -> scenario.throughAppraisal(year, unit, Map.of()));
        byte[] template = office.getBytes("/api/cycles/" + year + "/survey/template.xlsx").body();
        byte[] filled = edit(template, wb -> {
            for (Sheet sheet : List.of(wb.getSheet("Sở, ban, ngành"), wb.getSheet("UBND cấp huyện"))) {
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> values = switch (row.getCell(0).getStringCellValue()) {
                        case "TD1" -> List.of("KĐT", "KĐT", "KĐT");
                        case "TD2" -> List.of("kđt", "80", "90");
                        default -> List.of("100", "100", "100");
                    };
                    for (int c = 0; c < 3; c++) {
                        row.createCell(c + 2).setCellValue(values.get(c));
                    }
                }
            }
        });
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(wb.getSheet("Hướng dẫn").getRow(1).getCell(0).getStringCellValue()).startsWith("Đơn vị không được điều tra")
                    .contains("KĐT");
        }

        assertThat(office.upload("/api/cycles/" + year + "/survey/import", "ket-qua.xlsx", filled).statusCode()).isEqualTo(200);
        assertThat(rates(year, "TD1")).isEmpty();
        assertThat(surveys.notSurveyed(year, "TD1")).containsExactlyInAnyOrder("8.1", "8.2", "8.3");
        assertThat(surveys.notSurveyed(year, "TD2")).containsExactly("8.1");
        assertThat(jdbc.sql("select unit_code || ' ' || leaf_code || ' ' || new_value || ' ' || reason from audit_log "
                + "where year = ? and action = 'SURVEY_RATE_CHANGED'").param(year).query(String.class).list())
                .as("a first import audits each unit marked as not surveyed").containsExactlyInAnyOrder(
                        "TD1 8.1 không điều tra Nhập kết quả điều tra", "TD1 8.2 không điều tra Nhập kết quả điều tra",
                        "TD1 8.3 không điều tra Nhập kết quả điều tra", "TD2 8.1 không điều tra Nhập kết quả điều tra");

        assertThat(office.json("POST", "/api/cycles/" + year + "/survey/complete", "").statusCode()).isEqualTo(204);
        scenario.runJobs(year);
        assertThat(results.results(year, ResultService.PRELIMINARY)).extracting(r -> r.unitCode() + " " + r.applicable() + " " + r.index())
                .contains("TD1 70.00 100.00", "TD2 85.00 97.06", "TH1 100.00 100.00");
        scenario.ensureUser("nv-survey", Roles.STANDING_BODY);
        byte[] card = Http.as(port, "nv-survey", "pw").getBytes("/api/cycles/" + year + "/reports/scorecard/TD2.xlsx").body();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(card))) {
            Sheet sheet = wb.getSheetAt(0);
            Row leaf81 = java.util.stream.IntStream.rangeClosed(4, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(row -> row != null && row.getCell(0) != null && "8.1".equals(row.getCell(0).getStringCellValue()))
                    .findFirst().orElseThrow();
            assertThat(leaf81.getCell(5).getStringCellValue()).as("the scorecard says so").isEqualTo("Không điều tra (không tính)");
        }
    }

    @Test
    void zipBombsAndEntityExpansionAreRefusedAndNothingIsImported() throws IOException {
        byte[] template = office.getBytes("/api/cycles/" + year + "/survey/template.xlsx").body();
        byte[] bomb = rezip(template, Map.of("xl/padding.xml", new byte[40 * 1024 * 1024]));
        assertThat(bomb.length).isLessThan(1024 * 1024);
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>";
        byte[] entities = rezip(template, Map.of("xl/worksheets/sheet1.xml", laughs.getBytes(StandardCharsets.UTF_8)));

        for (byte[] hostile : List.of(bomb, entities)) {
            HttpResponse<String> upload = office.upload("/api/cycles/" + year + "/survey/import", "ket-qua.xlsx", hostile);
            assertThat(upload.statusCode()).isEqualTo(400);
            assertThat(upload.body()).contains("Không đọc được tệp");
        }
        assertThat(rates(year, "TD1")).isEmpty();
    }

    /** The workbook's zip with some entries replaced or added. */
    /** The unit's stored rates by leaf; leaves it was not surveyed on are not here. */
    private Map<String, BigDecimal> rates(int year, String unitCode) {
        return surveys.outcomesOf(year, List.of(unitCode)).getOrDefault(unitCode, List.of()).stream()
                .filter(e -> !e.notSurveyed()).collect(Collectors.toMap(SurveyEntry::leafCode, SurveyEntry::rate));
    }

    private static byte[] rezip(byte[] xlsx, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entries.getOrDefault(entry.getName(), in.readAllBytes()));
            }
            for (Map.Entry<String, byte[]> added : entries.entrySet()) {
                if (!added.getKey().startsWith("xl/worksheets/")) {
                    zip.putNextEntry(new ZipEntry(added.getKey()));
                    zip.write(added.getValue());
                }
            }
        }
        return out.toByteArray();
    }
}
