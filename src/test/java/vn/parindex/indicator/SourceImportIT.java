package vn.parindex.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.assessment.AssessmentView;
import vn.parindex.assessment.PrefillDecisions;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.RawXlsx;
import vn.parindex.support.Scenario;
import vn.parindex.support.Workbooks;
import vn.parindex.web.UserFacingException;
import vn.parindex.web.ValidationException;

/**
 * The standing body imports monthly source figures; the commune's rate leaves (test mapping: 3.2, 7.1, 7.3, 7.4) are
 * pre-filled pending its confirmation, confirmed or corrected, and flagged by a later import that differs.
 */
class SourceImportIT extends IntegrationTest {

    private static final String UNIT = Scenario.COMMUNE;
    private static final String ID_1 = "000.01.99.H77";
    private static final String ID_2 = "000.02.99.H77";
    private static final String ID_OUT = "000.03.99.H77";

    @Autowired AssessmentService assessments;
    @Autowired PrefillDecisions decisions;
    @Autowired JdbcClient jdbc;
    private Http standingBody;
    private int year;

    @BeforeEach
    void open() {
        scenario.ensureUser("pf-noivu", Roles.STANDING_BODY);
        standingBody = Http.as(port, "pf-noivu", "pw");
        year = scenario.openYear(List.of(UNIT));
    }

    @Test
    void theTemplateListsTheIndicatorsOfTheYear() throws IOException {
        byte[] template = standingBody.getBytes(base() + "/template.xlsx").body();

        assertThat(Workbooks.column(template, 0, 1)).isEmpty();
        assertThat(SourceWorkbook.HEADERS).contains("Tử số", "Mẫu số", "Ngày trích xuất");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet indicators = wb.getSheet("Chỉ tiêu");
            assertThat(indicators.getRow(2).getCell(0).getStringCellValue()).isEqualTo("DVC_TOAN_TRINH");
            assertThat(indicators.getRow(2).getCell(6).getStringCellValue()).isEqualTo("10/" + (year - 1) + " – 9/" + year);
        }
    }

    @Test
    void importedMonthsFillTheLeafAsOneFractionPendingConfirmation() throws IOException {
        HttpResponse<String> imported = importRows(List.of(
                row("TTHC_DUNG_HAN", "1/" + year, "45", "50"),
                row("TTHC_DUNG_HAN", "2/" + year, "40", "50"),
                row("DVC_TOAN_TRINH", "11/" + (year - 1), "30", "40")));

        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("\"rows\":3", "\"monthsChanged\":3", "\"leavesOffered\":2");
        AssessmentView.LeafView onTime = leaf("3.2");
        assertThat(onTime.answers().get("SELF").numerator()).isEqualByComparingTo("85");
        assertThat(onTime.answers().get("SELF").denominator()).isEqualByComparingTo("100");
        assertThat(onTime.answers().get("SELF").value()).isEqualByComparingTo("85");
        assertThat(onTime.prefill().state()).isEqualTo("PENDING");
        assertThat(onTime.prefill().label()).startsWith("Điền sẵn từ Cổng Dịch vụ công quốc gia").endsWith("cần xác nhận");
        assertThat(onTime.evidence()).extracting(e -> e.fileName()).containsExactly("so-lieu.xlsx");
        assertThat(leaf("7.1").answers().get("SELF").value()).isEqualByComparingTo("75");
        assertThat(leaf("7.3").prefill()).isNull();
    }

    @Test
    void aFileWithAnyProblemImportsNothingAndListsEveryProblem() throws IOException {
        HttpResponse<String> refused = importRows(List.of(
                List.of("KHONG_CO", "", "TTHC_DUNG_HAN", "1/" + year, "1", "2", "Cổng DVC", "15/01/2026"),
                row("KHONG_DUNG", "1/" + year, "1", "2"),
                row("TTHC_DUNG_HAN", "13/" + year, "1", "2"),
                row("TTHC_DUNG_HAN", "1/" + (year + 1), "1", "2"),
                row("TTHC_DUNG_HAN", "2/" + year, "5", "2"),
                row("TTHC_DUNG_HAN", "3/" + year, "12,5", "50%"),
                List.of(UNIT, "", "TTHC_DUNG_HAN", "4/" + year, "1", "2", "", "1/1/2999"),
                row("TTHC_DUNG_HAN", "5/" + year, "1", "2"),
                row("TTHC_DUNG_HAN", "5/" + year, "1", "2")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Tệp số liệu nguồn có 10 lỗi; chưa nhập dữ liệu nào.",
                "Dòng 2, cột Mã đơn vị: không có đơn vị mã \\\"KHONG_CO\\\" trong năm đánh giá " + year,
                "Dòng 3, cột Mã chỉ tiêu: chỉ tiêu \\\"KHONG_DUNG\\\" không dùng cho tiêu chí nào của đơn vị " + UNIT,
                "Dòng 4, cột Kỳ (tháng/năm): \\\"13/" + year + "\\\" không phải tháng/năm",
                "Dòng 5, cột Kỳ (tháng/năm): tháng 1/" + (year + 1) + " ngoài kỳ cộng dồn của chỉ tiêu (1/" + year,
                "Dòng 6, cột Tử số: tử số không được lớn hơn mẫu số.",
                "Dòng 7, cột Tử số: \\\"12,5\\\" không phải số nguyên",
                "Dòng 7, cột Mẫu số: \\\"50%\\\" không phải số nguyên",
                "Dòng 8, cột Nguồn số liệu: cần ghi nguồn",
                "Dòng 8, cột Ngày trích xuất: ngày 1/1/2999 chưa đến.",
                "Dòng 10: đơn vị " + UNIT + ", chỉ tiêu TTHC_DUNG_HAN, kỳ 5/" + year + " đã có ở dòng trên.");
        assertThat(jdbc.sql("select count(*) from source_figure where year = ?").param(year).query(Integer.class).single())
                .isZero();
        assertThat(leaf("3.2").answers()).isEmpty();
    }

    @Test
    void theSameFileAgainChangesNothing() throws IOException {
        List<List<String>> rows = List.of(row("TTHC_DUNG_HAN", "1/" + year, "45", "50"));
        importRows(rows);

        HttpResponse<String> again = importRows(rows);

        assertThat(again.body()).contains("\"monthsChanged\":0", "\"leavesOffered\":0", "\"leavesUnchanged\":1",
                "\"leavesFlagged\":0");
        assertThat(leaf("3.2").evidence()).hasSize(1);
        assertThat(leaf("3.2").answers().get("SELF").numerator()).isEqualByComparingTo("45");
    }

    @Test
    void aLaterImportReplacesFiguresTheUnitHasNotConfirmed() throws IOException {
        importRows(List.of(row("TTHC_DUNG_HAN", "1/" + year, "45", "50")));

        importRows(List.of(row("TTHC_DUNG_HAN", "1/" + year, "48", "50")));

        assertThat(leaf("3.2").answers().get("SELF").numerator()).isEqualByComparingTo("48");
        assertThat(leaf("3.2").prefill().state()).isEqualTo("PENDING");
    }

    @Test
    void aLaterImportAfterConfirmationIsFlaggedNotWritten() throws IOException {
        importRows(List.of(row("TTHC_DUNG_HAN", "1/" + year, "45", "50")));
        decisions.confirm(year, UNIT, "3.2", Scenario.unit(UNIT));
        assertThat(leaf("3.2").prefill().confirmedUnchanged()).isTrue();

        HttpResponse<String> later = importRows(List.of(row("TTHC_DUNG_HAN", "1/" + year, "40", "50")));

        assertThat(later.body()).contains("\"leavesFlagged\":1", "\"leavesOffered\":0");
        AssessmentView.LeafView flagged = leaf("3.2");
        assertThat(flagged.answers().get("SELF").numerator()).isEqualByComparingTo("45");
        assertThat(flagged.prefill().state()).isEqualTo("CONFIRMED");
        assertThat(flagged.prefill().confirmedUnchanged()).isTrue();
        assertThat(flagged.prefill().flag()).contains("40/50", "cần xem lại");

        decisions.confirm(year, UNIT, "3.2", Scenario.unit(UNIT));

        assertThat(leaf("3.2").answers().get("SELF").numerator()).isEqualByComparingTo("40");
        assertThat(leaf("3.2").prefill().flag()).isNull();
    }

    @Test
    void aLaterImportBackToTheConfirmedFiguresClearsTheFlag() throws IOException {
        importRows(List.of(row("TTHC_DUNG_HAN", "1/" + year, "45", "50")));
        decisions.confirm(year, UNIT, "3.2", Scenario.unit(UNIT));
        importRows(List.of(row("TTHC_DUNG_HAN", "1/" + year, "40", "50")));

        importRows(List.of(row("TTHC_DUNG_HAN", "1/" + year, "45", "50")));

        assertThat(leaf("3.2").prefill().flag()).isNull();
        assertThat(leaf("3.2").prefill().confirmedUnchanged()).isTrue();
    }

    @Test
    void aCorrectionNeedsANoteAndEvidenceAndIsNotConfirmedUnchanged() throws IOException {
        importRows(List.of(row("TTHC_DUNG_HAN", "1/" + year, "45", "50")));
        MockMultipartFile proof = new MockMultipartFile("file", "bien-ban.pdf", "application/pdf",
                "%PDF-1.4 so lieu thuc te".getBytes());

        UserFacingException noNote = catchThrowableOfType(UserFacingException.class, () -> decisions.correct(year, UNIT,
                "3.2", new BigDecimal("47"), new BigDecimal("50"), " ", proof, Scenario.unit(UNIT)));
        UserFacingException noFile = catchThrowableOfType(UserFacingException.class, () -> decisions.correct(year, UNIT,
                "3.2", new BigDecimal("47"), new BigDecimal("50"), "Cổng đếm thiếu 2 hồ sơ", null,
                Scenario.unit(UNIT)));
        decisions.correct(year, UNIT, "3.2", new BigDecimal("47"), new BigDecimal("50"),
                "Cổng đếm thiếu 2 hồ sơ giải quyết đúng hạn", proof, Scenario.unit(UNIT));

        assertThat(noNote.getMessage()).startsWith("Sửa số liệu điền sẵn cần giải trình");
        assertThat(noFile.getMessage()).isEqualTo("Sửa số liệu điền sẵn cần kèm tài liệu kiểm chứng.");
        AssessmentView.LeafView corrected = leaf("3.2");
        assertThat(corrected.answers().get("SELF").numerator()).isEqualByComparingTo("47");
        assertThat(corrected.answers().get("SELF").note()).isEqualTo("Cổng đếm thiếu 2 hồ sơ giải quyết đúng hạn");
        assertThat(corrected.prefill().state()).isEqualTo("CORRECTED");
        assertThat(corrected.prefill().confirmedUnchanged()).isFalse();
        assertThat(corrected.evidence()).extracting(e -> e.fileName()).containsExactlyInAnyOrder("so-lieu.xlsx", "bien-ban.pdf");
    }

    @Test
    void theUnitConfirmsThroughTheApiAndAnotherUnitCannot() throws IOException {
        importRows(List.of(row("TTHC_DUNG_HAN", "1/" + year, "45", "50")));
        scenario.ensureUser("pf-tx1", Roles.unitGroup(UNIT));
        scenario.ensureUser("pf-td1", Roles.unitGroup("TD1"));
        String confirmation = "/api/cycles/" + year + "/assessments/" + UNIT + "/prefills/3.2/confirmation";

        HttpResponse<String> stranger = Http.as(port, "pf-td1", "pw").json("POST", confirmation, "");
        HttpResponse<String> unknownLeaf = Http.as(port, "pf-tx1", "pw").json("POST",
                confirmation.replace("/3.2/", "/1.1/"), "");
        HttpResponse<String> confirmed = Http.as(port, "pf-tx1", "pw").json("POST", confirmation, "");

        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(unknownLeaf.statusCode()).isEqualTo(404);
        assertThat(unknownLeaf.body()).contains("Tiêu chí \\\"1.1\\\" không có số liệu điền sẵn.");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("\"confirmedUnchanged\":true", "Đơn vị đã xác nhận số liệu từ");
    }

    /** Figures pre-filled for a unit are its own only once it decides on them: until then it cannot submit. */
    @Test
    void aPreFilledLeafTheUnitHasNotDecidedOnHoldsTheSubmissionBack() throws IOException {
        importRows(List.of(row("TTHC_DUNG_HAN", "1/" + year, "45", "50")));
        assessments.saveAnswers(year, UNIT, Scenario.fullMarks(scenario.leaves(year, UNIT)).stream()
                .filter(entry -> !entry.leafCode().equals("3.2")).toList(), Scenario.unit(UNIT));

        assertThat(refusal()).containsExactly("Số liệu điền sẵn chưa được xác nhận hoặc sửa.");
        decisions.confirm(year, UNIT, "3.2", Scenario.unit(UNIT));
        assessments.saveAnswers(year, UNIT, List.of(new AnswerInput("3.2", BigDecimal.valueOf(95), false, null, null)),
                Scenario.unit(UNIT));
        assertThat(refusal()).containsExactly(
                "Số đang nhập khác số liệu điền sẵn đã xác nhận — hãy xác nhận lại hoặc sửa kèm giải trình.");
        decisions.confirm(year, UNIT, "3.2", Scenario.unit(UNIT));

        assessments.submit(year, UNIT, Scenario.unit(UNIT));
        assertThat(assessments.view(year, UNIT, Scenario.unit(UNIT)).status()).isNotEqualTo("DRAFT");
    }

    /** What a submission's refusal says at leaf 3.2; every other leaf is complete. */
    private List<String> refusal() {
        try {
            assessments.submit(year, UNIT, Scenario.unit(UNIT));
        } catch (ValidationException e) {
            assertThat(e.byField()).containsOnlyKeys("3.2");
            return e.byField().get("3.2");
        }
        throw new AssertionError("the submission was taken");
    }

    @Test
    void aFileOfMoreRowsThanAYearOfEveryCommuneIsRefused(@TempDir Path dir) {
        Path file = RawXlsx.write(dir.resolve("qua-lon.xlsx"), SourceWorkbook.BOUNDS.rows() + 2, 1, (r, c) -> r, Map.of());

        HttpResponse<String> refused = standingBody.upload(base() + "/import", "qua-lon.xlsx", file);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("có quá nhiều dòng (tối đa 300000 dòng dữ liệu).");
    }

    @Test
    void onlyTheStandingBodyImports() throws IOException {
        scenario.ensureUser("pf-tx1", Roles.unitGroup(UNIT));

        HttpResponse<String> refused = Http.as(port, "pf-tx1", "pw").upload(base() + "/import", "so-lieu.xlsx",
                Workbooks.of("Số liệu", List.of(SourceWorkbook.HEADERS)));

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    private String base() {
        return "/api/cycles/" + year + "/source-figures";
    }

    @Test
    void aRowMayNameItsUnitByElectronicIdentifierOnly() throws IOException {
        year = scenario.openYear(registerCommunesWithIdentifiers());

        byte[] template = standingBody.getBytes(base() + "/template.xlsx").body();
        HttpResponse<String> imported = importRows(List.of(
                List.of("", ID_1.toLowerCase(), "TTHC_DUNG_HAN", "1/" + year, "45", "50", "Cổng DVC", "15/01/2026"),
                List.of("SIDX2", ID_2, "TTHC_DUNG_HAN", "1/" + year, "30", "40", "Cổng DVC", "15/01/2026"),
                List.of("SIDX2", "", "TTHC_DUNG_HAN", "2/" + year, "10", "10", "Cổng DVC", "15/01/2026")));

        assertThat(Workbooks.column(template, 0, 1)).as("the data sheet is left to fill").isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet units = wb.getSheet("Đơn vị");
            assertThat(units.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Mã định danh điện tử");
            assertThat(List.of(units.getRow(1).getCell(0).getStringCellValue(), units.getRow(1).getCell(1).getStringCellValue()))
                    .containsExactly("SIDX1", ID_1);
        }
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"rows\":3", "\"leavesOffered\":2");
        assertThat(jdbc.sql("select unit_code || ' ' || numerator from source_figure where year = ? order by 1")
                .param(year).query(String.class).list()).containsExactly("SIDX1 45.00", "SIDX2 10.00", "SIDX2 30.00");
        assertThat(assessments.view(year, "SIDX1", Scenario.unit("SIDX1")).leaves().stream()
                .filter(l -> l.code().equals("3.2")).findFirst().orElseThrow().prefill().state()).isEqualTo("PENDING");
    }

    @Test
    void keysThatDisagreeOrNameNoUnitOfTheYearImportNothing() throws IOException {
        year = scenario.openYear(registerCommunesWithIdentifiers());

        HttpResponse<String> refused = importRows(List.of(
                List.of("SIDX1", "", "TTHC_DUNG_HAN", "1/" + year, "45", "50", "Cổng DVC", "15/01/2026"),
                List.of("SIDX1", ID_2, "TTHC_DUNG_HAN", "2/" + year, "45", "50", "Cổng DVC", "15/01/2026"),
                List.of("", "000.99.99.H77", "TTHC_DUNG_HAN", "3/" + year, "45", "50", "Cổng DVC", "15/01/2026"),
                List.of("", "", "TTHC_DUNG_HAN", "4/" + year, "45", "50", "Cổng DVC", "15/01/2026"),
                List.of("", ID_OUT, "TTHC_DUNG_HAN", "5/" + year, "45", "50", "Cổng DVC", "15/01/2026")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Tệp số liệu nguồn có 4 lỗi; chưa nhập dữ liệu nào.",
                "Dòng 3, cột Mã định danh điện tử: mã định danh \\\"" + ID_2 + "\\\" là của đơn vị SIDX2, không phải đơn vị SIDX1.",
                "Dòng 4, cột Mã định danh điện tử: không có đơn vị nào mang mã định danh \\\"000.99.99.H77\\\" trong danh mục",
                "Dòng 5, cột Mã đơn vị: cần mã đơn vị hoặc mã định danh điện tử.",
                "Dòng 6, cột Mã định danh điện tử: đơn vị SIDOUT (mã định danh " + ID_OUT + ") không có trong năm đánh giá "
                        + year);
        assertThat(jdbc.sql("select count(*) from source_figure where year = ?").param(year).query(Integer.class).single())
                .isZero();
    }

    @Test
    void aFileOfTheTemplateBeforeTheIdentifierColumnStillImports() {
        List<String> earlierHeaders = SourceWorkbook.HEADERS.stream().filter(h -> !h.equals("Mã định danh điện tử")).toList();

        HttpResponse<String> imported = standingBody.upload(base() + "/import", "so-lieu-cu.xlsx", Workbooks.of("Số liệu",
                List.of(earlierHeaders, List.of(UNIT, "TTHC_DUNG_HAN", "1/" + year, "45", "50", "Cổng DVC", "15/01/2026"))));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(leaf("3.2").answers().get("SELF").numerator()).isEqualByComparingTo("45");
    }

    /** Two communes of the year with identifiers, and a third outside it; the codes of the two. */
    private List<String> registerCommunesWithIdentifiers() {
        scenario.registerUnits(List.of(
                List.of("SIDX1", "UBND xã có mã định danh 1", "COMMUNE", "Khối xã thử mã định danh", "", "2012-01-01", "", "", ID_1),
                List.of("SIDX2", "UBND xã có mã định danh 2", "COMMUNE", "Khối xã thử mã định danh", "", "2012-01-01", "", "", ID_2),
                List.of("SIDOUT", "UBND xã ngoài năm", "COMMUNE", "Khối xã thử mã định danh", "", "2012-01-01", "", "", ID_OUT)));
        return List.of("SIDX1", "SIDX2");
    }

    private static List<String> row(String indicator, String month, String numerator, String denominator) {
        return List.of(UNIT, "", indicator, month, numerator, denominator, "Cổng Dịch vụ công quốc gia", "15/01/2026");
    }

    private HttpResponse<String> importRows(List<List<String>> rows) throws IOException {
        byte[] template = standingBody.getBytes(base() + "/template.xlsx").body();
        return standingBody.upload(base() + "/import", "so-lieu.xlsx", Workbooks.withRows(template, rows));
    }

    private AssessmentView.LeafView leaf(String code) {
        return assessments.view(year, UNIT, Scenario.unit(UNIT)).leaves().stream().filter(l -> l.code().equals(code))
                .findFirst().orElseThrow();
    }
}
