package vn.parindex.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.org.UnitType;
import vn.parindex.rules.RuleSets;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.RuleDrafts;
import vn.parindex.support.TestRules;
import vn.parindex.support.Workbooks;

/** The catalogue round-trips through Excel; a bad workbook changes nothing; open years keep their copy. */
class CatalogueWorkbookIT extends IntegrationTest {

    private static final Path DIR = TestRules.dir().resolve("catalogue");

    @Autowired CycleCatalogue cycleCatalogue;
    @Autowired RuleSets ruleSets;
    @Autowired JdbcTemplate jdbc;
    private final Map<Path, String> original = new HashMap<>();
    private Http standingBody;
    private int versions;

    @BeforeEach
    void remember() throws IOException {
        for (String f : List.of("mau-so-ban-nganh.csv", "mau-cap-huyen.csv", "mau-cap-xa.csv")) {
            original.put(DIR.resolve(f), Files.readString(DIR.resolve(f)));
        }
        scenario.ensureUser("nv-catalogue", Roles.STANDING_BODY);
        standingBody = Http.as(port, "nv-catalogue", "pw");
        versions = versions();
    }

    /** Uploads never write rules/ (it may be read-only); the folder's rules are put back in force for other tests. */
    @AfterEach
    void restore() throws IOException {
        for (Map.Entry<Path, String> f : original.entrySet()) {
            assertThat(Files.readString(f.getKey())).isEqualTo(f.getValue());
        }
        ruleSets.reloadFromFolder("test");
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from rule_set", Integer.class);
    }

    @Test
    void downloadingAndUploadingUnchangedKeepsEveryFileByteForByte() throws IOException {
        byte[] workbook = standingBody.getBytes("/api/catalogue.xlsx").body();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(wb.getSheetName(0)).isEqualTo("mau-cap-huyen");
            Sheet guide = wb.getSheet("Hướng dẫn");
            assertThat(guide.getRow(1 + ScoringMethod.ON_TIME.ordinal()).getCell(1).getStringCellValue())
                    .as("each method's rule as the method defines it").isEqualTo("Đúng hạn: tối đa; muộn: một phần; không thực hiện: 0");
            assertThat(guide.getRow(ScoringMethod.values().length).getCell(0).getStringCellValue()).isEqualTo("SURVEY");
            Sheet departments = wb.getSheet("mau-so-ban-nganh");
            assertThat(departments.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Phương pháp chấm");
            assertThat(departments.getRow(2).getCell(8).getNumericCellValue()).isEqualTo(4.0);
            assertThat(departments.getPaneInformation().isFreezePane()).isTrue();
        }

        HttpResponse<String> upload = standingBody.upload("/api/catalogue", "bo-tieu-chi.xlsx", workbook);

        assertThat(upload.statusCode()).as("the same text, file by file: no draft to make").isEqualTo(409);
        assertThat(upload.body()).contains("Tệp không khác bộ luật đang áp dụng");
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aWorkbookWithAnyProblemIsRejectedWholeWithEveryProblem() throws IOException {
        byte[] edited = edit(wb -> {
            Sheet sheet = wb.getSheet("mau-cap-xa");
            sheet.getRow(1).getCell(8).setCellValue(5);
            sheet.getRow(2).getCell(9).setCellValue("DOAN");
            wb.getSheet("mau-cap-huyen").getRow(3).getCell(10).setCellValue(2);
            wb.createSheet("Ghi chú");
        });

        HttpResponse<String> upload = standingBody.upload("/api/catalogue", "bo-tieu-chi.xlsx", edited);

        assertThat(upload.statusCode()).isEqualTo(400);
        assertThat(upload.body()).contains("chưa thay đổi gì",
                "Trang tính \\\"mau-cap-huyen\\\", dòng 4: Tham số 1 (tỷ lệ điểm khi muộn) phải từ 0 đến 1.",
                "Trang tính \\\"mau-cap-xa\\\", dòng 3: cột Phương pháp chấm: \\\"DOAN\\\" không có",
                "Trang tính \\\"Ghi chú\\\" không thuộc bộ tiêu chí.");
        assertThat(versions()).isEqualTo(versions);
    }

    /** Before, the sums were checked only once every row was valid: "1 lỗi", then the next after a fix. */
    @Test
    void aRowErrorAndTheSumsItDoesNotExplainAreListedInOneAnswer() throws IOException {
        byte[] edited = edit(wb -> {
            Sheet sheet = wb.getSheet("mau-cap-xa");
            sheet.getRow(1).getCell(8).setCellValue(5);
            sheet.getRow(4).createCell(10).setCellValue(3);
        });

        HttpResponse<String> upload = standingBody.upload("/api/catalogue", "bo-tieu-chi.xlsx", edited);

        assertThat(upload.statusCode()).isEqualTo(400);
        assertThat(upload.body()).contains("Tệp bộ tiêu chí có 3 lỗi; chưa thay đổi gì.",
                "Trang tính \\\"mau-cap-xa\\\", dòng 5: Phương pháp YES_NO không dùng tham số.",
                "Trang tính \\\"mau-cap-xa\\\": tiêu chí K1 có điểm tối đa 10 nhưng các thành phần cộng lại 13.",
                "Trang tính \\\"mau-cap-xa\\\": tổng điểm tối đa (không kể điểm thưởng, điểm trừ) là 103, phải bằng 100.");
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aValidEditIsADraftUntilAdoptedAndAppliesToYearsOpenedAfterItsAdoptionOnly() throws IOException {
        int before = scenario.openYear(List.of("TD1"));
        byte[] edited = edit(wb -> wb.getSheet("mau-so-ban-nganh").getRow(4).getCell(7)
                .setCellValue("Tuyên truyền CCHC trên cổng thông tin điện tử"));

        HttpResponse<String> drafted = standingBody.upload("/api/catalogue", "bo-tieu-chi.xlsx", edited);
        assertThat(drafted.body()).contains("Đã lập bản nháp số " + RuleDrafts.id(drafted) + " của bộ tiêu chí",
                "mau-so-ban-nganh.csv (25 tiêu chí thành phần)");
        int whileDraft = scenario.openYear(List.of("TD1"));
        assertThat(standingBody.json("POST", "/api/rule-sets/" + RuleDrafts.id(drafted) + "/adoption", "").statusCode())
                .isEqualTo(200);
        int after = scenario.openYear(List.of("TD1"));

        for (int year : List.of(before, whileDraft)) {
            assertThat(cycleCatalogue.leaf(year, new UnitType("DEPARTMENT", null), "1.4").orElseThrow().title())
                    .isEqualTo("Thực hiện công tác tuyên truyền CCHC");
        }
        assertThat(cycleCatalogue.leaf(after, new UnitType("DEPARTMENT", null), "1.4").orElseThrow().title())
                .isEqualTo("Tuyên truyền CCHC trên cổng thông tin điện tử");
        scenario.ensureUser("unit-catalogue", Roles.unitGroup("TD1"));
        assertThat(Http.as(port, "unit-catalogue", "pw").upload("/api/catalogue", "x.xlsx", edited).statusCode()).isEqualTo(403);
    }

    private byte[] edit(java.util.function.Consumer<XSSFWorkbook> change) throws IOException {
        return Workbooks.edit(standingBody.getBytes("/api/catalogue.xlsx").body(), change);
    }
}
