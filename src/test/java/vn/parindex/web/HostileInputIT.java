package vn.parindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.notification.Notifications;
import vn.parindex.org.UnitRegistry;
import vn.parindex.security.Roles;
import vn.parindex.support.AtOnce;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.RawXlsx;
import vn.parindex.support.Scenario;
import vn.parindex.support.Workbooks;

/**
 * Everything a user may send that once gave a 500, burned a core or slipped through: each case answers its 4xx with a
 * Vietnamese message, changes no row, and the server answers the next request.
 */
class HostileInputIT extends IntegrationTest {

    private static final List<String> TABLES = List.of("unit", "assessment", "answer", "score", "evidence",
            "evidence_content", "complaint", "survey_result", "notification", "cycle", "cycle_leaf", "appraisal_signoff",
            "audit_log", "act_id_user");

    @Autowired JdbcTemplate jdbc;
    @Autowired Notifications notifications;

    private Http unit;
    private Http standingBody;
    private Http survey;
    private Http council;
    /** One year for the class: the refused cases change nothing in it. */
    private static int year;

    @BeforeEach
    void actors() {
        scenario.ensureUser("td1-hostile", Roles.unitGroup("TD1"));
        scenario.ensureUser("nv-hostile", Roles.STANDING_BODY);
        scenario.ensureUser("dt-hostile", Roles.SURVEY_OFFICE);
        scenario.ensureUser("hd-hostile", Roles.COUNCIL);
        unit = Http.as(port, "td1-hostile", "pw");
        standingBody = Http.as(port, "nv-hostile", "pw");
        survey = Http.as(port, "dt-hostile", "pw");
        council = Http.as(port, "hd-hostile", "pw");
        if (year == 0) {
            year = scenario.openYear(List.of("TD1"));
        }
    }

    private record Case(String name, Supplier<HttpResponse<String>> request, int status, String message) {
    }

    @Test
    void everyHostileInputIsRefusedInVietnameseAndChangesNothing() throws IOException {
        String file = "/api/cycles/" + year + "/assessments/TD1";
        String tooManyDigits = "Số không hợp lệ: chỉ nhận số có tối đa 12 chữ số phần nguyên và 6 chữ số thập phân.";
        String notANumber = " không phải là số (số có tối đa 12 chữ số phần nguyên và 6 chữ số thập phân";
        byte[] pdf = "%PDF-1.4\n% kế hoạch\n".getBytes(StandardCharsets.UTF_8);
        String longName = "báo-cáo-cải-cách-hành-chính-".repeat(12) + ".pdf";
        String hidden = "không được chứa ký tự điều khiển hay ký tự định dạng ẩn";
        byte[] workbook = RawXlsx.bytes(2, 2, (r, c) -> "Số liệu " + r, Map.of());
        List<Case> cases = List.of(
                new Case("a rate's numerator with a huge negative exponent", () -> unit.json("PUT", file + "/answers",
                        "[{\"leafCode\":\"1.2\",\"numerator\":1e-3000000,\"denominator\":1}]"), 400,
                        "Tiêu chí 1.2: tử số \"1e-3000000\"" + notANumber),
                new Case("a denominator with a huge exponent", () -> unit.json("PUT", file + "/answers",
                        "[{\"leafCode\":\"1.2\",\"numerator\":1,\"denominator\":1e3000000}]"), 400,
                        "Tiêu chí 1.2: mẫu số \"1e3000000\"" + notANumber),
                new Case("a numerator beyond the column", () -> unit.json("PUT", file + "/answers",
                        "[{\"leafCode\":\"1.2\",\"numerator\":123456789012345678901234567890,"
                                + "\"denominator\":123456789012345678901234567891}]"), 400, "Tiêu chí 1.2: tử số \"12345678901234567890…\""),
                new Case("a value with too many decimals", () -> unit.json("PUT", file + "/answers",
                        "[{\"leafCode\":\"1.2\",\"value\":0.0000001}]"), 400, "Tiêu chí 1.2: kết quả \"0.0000001\"" + notANumber),
                new Case("a null entry", () -> unit.json("PUT", file + "/answers", "[null]"), 400, "Danh sách có một mục trống."),
                new Case("a null body", () -> unit.json("PUT", file + "/answers", "null"), 400, "không đúng định dạng"),
                new Case("broken JSON", () -> unit.json("PUT", file + "/answers", "[{"), 400, "không đúng định dạng"),
                new Case("text as JSON", () -> unit.json("PUT", file + "/answers", "x", "Content-Type", "text/plain"),
                        415, "không được hỗ trợ"),
                new Case("a complaint's leaf code over 32 characters", () -> unit.form("/api/cycles/" + year
                        + "/complaints", "files", Map.of(), "unitCode", "TD1", "leafCode", "1".repeat(50), "reason", "x"),
                        400, "không hợp lệ"),
                new Case("a survey rate with a huge exponent", () -> survey.json("PUT", "/api/cycles/" + year + "/survey",
                        "[{\"unitCode\":\"TD1\",\"leafCode\":\"8.1\",\"rate\":1e-3000000}]"), 400, tooManyDigits),
                new Case("a null survey entry", () -> survey.json("PUT", "/api/cycles/" + year + "/survey", "[null]"),
                        400, "dòng trống"),
                new Case("council points with a huge exponent", () -> council.json("PUT", "/api/cycles/" + year
                        + "/council-adjustments", "{\"unitCode\":\"TD1\",\"leafCode\":\"1.1\",\"points\":1e3000000,"
                        + "\"reason\":\"x\"}"), 400, tooManyDigits),
                new Case("a right-to-left override in a file name", () -> unit.upload(file + "/evidence",
                        "bao-cao\u202Efdp.exe", pdf, "leafCode", "1.1"), 400, "ký tự đổi chiều văn bản"),
                new Case("a NUL in a file name", () -> unit.upload(file + "/evidence", "a\u0000b.pdf", pdf,
                        "leafCode", "1.1"), 400, "tên tệp chứa ký tự không hợp lệ"),
                new Case("a 300-character file name", () -> unit.upload(file + "/evidence", longName, pdf,
                        "leafCode", "1.1"), 400, "tối đa 255 ký tự"),
                new Case("a ZIP with a web page and a program named .docx", () -> unit.upload(file + "/evidence",
                        "bao-cao.docx", zip(Map.of("index.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                                "setup.exe", "MZ".getBytes(StandardCharsets.US_ASCII))), "leafCode", "1.1"),
                        400, "chứa tệp chạy được hoặc trang web"),
                new Case("a ZIP of text named .docx", () -> unit.upload(file + "/evidence", "van-ban.docx",
                        zip(Map.of("ghi-chu.txt", "không phải Word".getBytes(StandardCharsets.UTF_8))), "leafCode", "1.1"),
                        400, "thiếu word/document.xml"),
                new Case("a Word document carrying macros", () -> unit.upload(file + "/evidence", "bao-cao.docx",
                        withEntry(docx(), "word/vbaProject.bin", new byte[64]), "leafCode", "1.1"), 400, "chứa macro"),
                new Case("a unit registry of 25,000 rows", () -> standingBody.upload("/api/units/import", "don-vi.xlsx",
                        RawXlsx.bytes(25_000, 2, (r, c) -> r * 10 + c, Map.of())), 400, "có quá nhiều dòng (tối đa 20000"),
                new Case("a unit registry of 300 columns", () -> standingBody.upload("/api/units/import", "don-vi.xlsx",
                        RawXlsx.bytes(2, 300, (r, c) -> c, Map.of())), 400, "có quá nhiều cột (tối đa 200)"),
                new Case("a cell of 6,000 characters", () -> standingBody.upload("/api/units/import", "don-vi.xlsx",
                        RawXlsx.bytes(2, 2, (r, c) -> "x".repeat(6_000), Map.of())), 400, "dài quá 5000 ký tự"),
                new Case("a ranking block longer than its column", () -> standingBody.upload("/api/units/import",
                        "don-vi.xlsx", RawXlsx.bytes(2, 8, (r, c) -> r == 0 ? UnitRegistry.HEADERS.get(c)
                                : List.of("QBLOCK", "Sở thử", "DEPARTMENT", "K".repeat(100), "", "01/01/2020", "", "").get(c),
                                Map.of())), 400, "khối xếp hạng dài quá 64 ký tự"),
                new Case("a catalogue with a zip bomb inside", () -> standingBody.upload("/api/catalogue", "bo-tieu-chi.xlsx",
                        RawXlsx.bytes(2, 2, (r, c) -> c, Map.of("xl/padding.xml", new byte[40 << 20]))), 400,
                        "nén bất thường"),
                new Case("a catalogue of 60 MB of XML", () -> standingBody.upload("/api/catalogue", "bo-tieu-chi.xlsx",
                        RawXlsx.bytes(600_000, 2, (r, c) -> "Tiêu chí " + r, Map.of())), 400, "quá lớn khi giải nén"),
                new Case("a NUL in a note", () -> unit.json("PUT", file + "/answers",
                        "[{\"leafCode\":\"1.1\",\"note\":\"ghi\\u0000chú\"}]"), 400, "Trường \"note\" " + hidden),
                new Case("a right-to-left override in a complaint", () -> unit.form("/api/cycles/" + year
                        + "/complaints", "files", Map.of(), "unitCode", "TD1", "leafCode", "1.1", "reason", "Đề nghị\u202Exem lại"),
                        400, "Nội dung kiến nghị " + hidden),
                new Case("a zero-width space in a council's reason", () -> council.json("PUT", "/api/cycles/" + year
                        + "/council-adjustments", "{\"unitCode\":\"TD1\",\"leafCode\":\"1.1\",\"points\":1,"
                        + "\"reason\":\"điều\u200Bchỉnh\"}"), 400, "Trường \"reason\" " + hidden),
                new Case("an isolate and a mark in an explanation", () -> unit.json("PUT", file + "/answers",
                        "[{\"leafCode\":\"1.1\",\"note\":\"\u2066giải trình\u2069\u200F\uFEFF\"}]"), 400,
                        "Trường \"note\" " + hidden),
                new Case("a rescoring reason of 10 MB", () -> standingBody.json("POST", "/api/cycles/" + year + "/rescore",
                        "{\"reason\":\"" + "x".repeat(10_000_000) + "\"}"), 400, "Trường \"reason\" dài quá 2000 ký tự."),
                new Case("a right-to-left override in a unit's name", () -> standingBody.upload("/api/units/import",
                        "don-vi.xlsx", unitRow("Sở\u202ENội vụ")), 400, "ô B2: nội dung " + hidden),
                new Case("a unit's name on two lines", () -> standingBody.upload("/api/units/import", "don-vi.xlsx",
                        unitRow("Sở Nội vụ\ntỉnh")), 400, "tên đơn vị phải viết trên một dòng"),
                new Case("a zero-width space in an account's name", () -> standingBody.upload("/api/accounts/import",
                        "tai-khoan.xlsx", accountRow("Nguyễn\u200BVăn An")), 400, "nội dung " + hidden),
                new Case("a self-assessment due in year 99999", () -> standingBody.json("POST", "/api/cycles",
                        "{\"year\":" + scenario.unusedYear() + ",\"selfAssessmentDue\":\"+99999-01-01T00:00:00\"}"), 400,
                        "Hạn nộp hồ sơ tự đánh giá (selfAssessmentDue) không được muộn hơn hết năm"),
                new Case("a reminder 9,999,999 days ahead", () -> standingBody.json("POST", "/api/cycles",
                        "{\"year\":" + scenario.unusedYear() + ",\"selfAssessmentDue\":\"" + Scenario.dueSoon()
                                + "\",\"reminderBefore\":\"P9999999D\"}"), 400,
                        "Giá trị thời gian nhắc việc (reminderBefore) phải lớn hơn 0 và không quá 365 ngày."),
                new Case("a complaint window of 400 days", () -> standingBody.json("POST", "/api/cycles",
                        "{\"year\":" + scenario.unusedYear() + ",\"selfAssessmentDue\":\"" + Scenario.dueSoon()
                                + "\",\"complaintWindow\":\"P400D\"}"), 400, "thời hạn kiến nghị (complaintWindow) phải"),
                new Case("an empty workbook as evidence", () -> unit.upload(file + "/evidence", "trong.xlsx", new byte[0],
                        "leafCode", "1.1"), 400, "rỗng"),
                new Case("a truncated workbook as evidence", () -> unit.upload(file + "/evidence", "cat-cut.xlsx",
                        Arrays.copyOf(workbook, workbook.length - 40), "leafCode", "1.1"), 400,
                        "bị hỏng hoặc không phải tệp Office hợp lệ"),
                new Case("a zip bomb as evidence", () -> unit.upload(file + "/evidence", "bom.xlsx",
                        RawXlsx.bytes(2, 2, (r, c) -> c, Map.of("xl/padding.xml", new byte[40 << 20])), "leafCode", "1.1"),
                        400, "nén bất thường"),
                new Case("an external entity in a workbook as evidence", () -> unit.upload(file + "/evidence", "xxe.xlsx",
                        withEntry(workbook, "xl/workbook.xml", ("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY e SYSTEM "
                                + "\"file:///etc/passwd\">]><workbook>&e;</workbook>").getBytes(StandardCharsets.UTF_8)),
                        "leafCode", "1.1"), 400, "có phần \"xl/workbook.xml\" khai báo DOCTYPE"),
                new Case("the error page asked for directly", () -> Http.anonymous(port).get("/error"), 404,
                        "Không tìm thấy địa chỉ yêu cầu."),
                new Case("an unknown address", () -> unit.get("/api/khong-co"), 404, "Không tìm thấy địa chỉ yêu cầu."),
                new Case("a method the address does not take", () -> unit.json("DELETE", "/api/me", null), 405,
                        "không nhận phương thức DELETE"),
                new Case("a year that is not a number", () -> unit.get("/api/cycles/hai-nghin"), 400, "không đúng định dạng"));

        for (Case c : cases) {
            Map<String, Integer> before = rowCounts();
            HttpResponse<String> response = c.request().get();
            assertThat(response.statusCode()).as(c.name()).isEqualTo(c.status());
            assertThat(response.body()).as(c.name()).contains(c.message().replace("\"", "\\\""));
            assertThat(rowCounts()).as(c.name() + ": nothing changed").isEqualTo(before);
            assertThat(unit.get("/api/me").statusCode()).as(c.name() + ": the server answers the next request").isEqualTo(200);
        }
    }

    @Test
    void theSameEvidenceDeletedTwiceAtOnceIsDeletedOnceAndTheOtherIsToldSo() throws Exception {
        String evidence = "/api/cycles/" + year + "/assessments/TD1/evidence";
        String uploaded = unit.upload(evidence, "ke-hoach.pdf", "%PDF-1.4 hai lần".getBytes(StandardCharsets.UTF_8),
                "leafCode", "1.1").body();
        String id = uploaded.replaceAll("(?s).*\"id\":(\\d+).*", "$1");

        List<HttpResponse<String>> responses = AtOnce.both(() -> unit.json("DELETE", evidence + "/" + id, null),
                () -> unit.json("DELETE", evidence + "/" + id, null));

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 404);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'EVIDENCE_DELETED' and year = ?",
                Integer.class, year)).isEqualTo(1);
    }

    @Test
    void anIncompleteFileIsRefusedWithEveryGapByAreaAndTheProcessStillReturnsOneCompletedAnotherWay() {
        HttpResponse<String> submitted = unit.json("POST", "/api/cycles/" + year + "/assessments/TD1/submit", null);

        assertThat(submitted.statusCode()).isEqualTo(400);
        assertThat(submitted.body()).contains("Hồ sơ chưa đầy đủ, chưa nộp", "\"1.1\":[\"Chưa nhập kết quả tự đánh giá.\"]",
                "Lĩnh vực 1. ", "Lĩnh vực 7. ");
        assertThat(submitted.body().indexOf("Lĩnh vực 1. ")).as("areas in the catalogue's order")
                .isLessThan(submitted.body().indexOf("Lĩnh vực 2. "));
        assertThat(scenario.task(ProcessKeys.unitKey(year, "TD1"), TaskKeys.SELF_ASSESSMENT)).as("still the unit's").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from notification where year = ? and unit_code = 'TD1'",
                Integer.class, year)).isZero();

        scenario.submitThroughEngine(year, "TD1");
        String returned = jdbc.queryForObject("select message from notification where year = ? and unit_code = 'TD1' "
                + "order by id desc limit 1", String.class, year);
        assertThat(returned).contains("1.1", "2.1", "7.1");
        notifications.send(year, "TD1", "Danh sách thiếu: " + "1.1.1, ".repeat(800));
        assertThat(jdbc.queryForObject("select max(length(message)) from notification where year = ?", Integer.class, year))
                .as("notifications of any length are stored").isGreaterThan(5_000);
    }

    @Test
    void vietnameseWithDiacriticsEnDashesAndDecomposedMarksPassesUntouched() throws IOException {
        String composed = "Sở Lao động – Thương binh và Xã hội: Nguyễn Thị Thu Hương";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).as("combining marks").isNotEqualTo(composed).contains("\u0300");
        String note = composed + "\n\t" + decomposed;
        int own = scenario.openYear(List.of("TD1"));
        String leafValue = scenario.leaves(own, "TD1").stream().filter(l -> l.code().equals("1.1")).findFirst()
                .orElseThrow().method().fullMarksInput().toPlainString();

        HttpResponse<String> saved = unit.json("PUT", "/api/cycles/" + own + "/assessments/TD1/answers",
                "[{\"leafCode\":\"1.1\",\"value\":" + leafValue + ",\"note\":\"" + composed + "\\n\\t" + decomposed + "\"}]");
        HttpResponse<String> imported = standingBody.upload("/api/accounts/import", "tai-khoan.xlsx",
                accountRow("xvn-" + own, decomposed));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select note from answer a join assessment s on s.id = a.assessment_id "
                + "where s.year = ? and s.unit_code = 'TD1' and a.leaf_code = '1.1' and a.stage = 'SELF'", String.class, own))
                .isEqualTo(note);
        assertThat(imported.statusCode()).as("the account's name").isEqualTo(200);
        assertThat(jdbc.queryForObject("select first_ from act_id_user where id_ = ?", String.class, "xvn-" + own))
                .isEqualTo(decomposed);
    }

    private static byte[] unitRow(String name) {
        List<String> row = List.of("QHOSTILE", name, "DEPARTMENT", "Khối sở", "", "01/01/2020", "", "");
        return RawXlsx.bytes(2, UnitRegistry.HEADERS.size(), (r, c) -> r == 0 ? UnitRegistry.HEADERS.get(c) : row.get(c),
                Map.of());
    }

    private byte[] accountRow(String name) {
        return accountRow("xhostile", name);
    }

    private byte[] accountRow(String login, String name) {
        try {
            return Workbooks.withRows(standingBody.getBytes("/api/accounts/template.xlsx").body(),
                    List.of(List.of(login, name, "td1", "", "", "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Integer.class)));
        return counts;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] withEntry(byte[] archive, String name, byte[] content) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        entries.put(name, content);
        return zip(entries);
    }

    private static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Báo cáo CCHC");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
