package vn.parindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.review.AppraiserAreas;
import vn.parindex.security.Roles;
import vn.parindex.support.AtOnce;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.TasklistSession;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;

/** The HTTP surface: authentication, unit boundaries, validation with Vietnamese messages, and nothing changed on refusal. */
class ApiIT extends IntegrationTest {

    @Autowired Assessments assessments;
    @Autowired AppraiserAreas areas;
    @Autowired TaskService tasks;

    private Http td1;
    private Http td2;
    private int year;

    @BeforeEach
    void users() {
        scenario.ensureFixture();
        scenario.ensureUser("td1-user", Roles.unitGroup("TD1"));
        scenario.ensureUser("td2-user", Roles.unitGroup("TD2"));
        scenario.ensureUser("nv-test", Roles.STANDING_BODY);
        scenario.ensureUser("td-limited", Roles.APPRAISAL_TEAM);
        areas.assign("td-limited", Set.of("1"));
        td1 = Http.as(port, "td1-user", "pw");
        td2 = Http.as(port, "td2-user", "pw");
        year = scenario.openYear(List.of("TD1", "TD2"));
    }

    @Test
    void apiAndEngineRestRequireLogin() {
        HttpResponse<String> anonymous = Http.anonymous(port).get("/api/cycles");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("Bạn cần đăng nhập");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(Http.anonymous(port).json("GET", "/api/cycles", null, "X-Requested-With", "XMLHttpRequest")
                .headers().firstValue("WWW-Authenticate")).as("no browser dialog for the app's own pages").isEmpty();
        // a separate user: Camunda throttles logins after a wrong password
        scenario.ensureUser("wrong-pw-user", Roles.unitGroup("TD1"));
        assertThat(Http.as(port, "wrong-pw-user", "wrong").get("/api/cycles").statusCode()).isEqualTo(401);
        assertThat(Http.anonymous(port).get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(td1.get("/engine-rest/engine").statusCode()).isEqualTo(200);
        assertThat(td1.get("/api/cycles/" + year).statusCode()).isEqualTo(200);
    }

    @Test
    void aUnitCannotReadOrChangeAnotherUnitsFile() {
        assertThat(td2.get(path("TD1")).statusCode()).isEqualTo(403);
        HttpResponse<String> write = td2.json("PUT", path("TD1") + "/answers", "[{\"leafCode\":\"1.1\",\"value\":1}]");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("đơn vị mình");
        assertThat(td2.json("POST", path("TD1") + "/submit", "").statusCode()).isEqualTo(403);
        assertThat(td1.get(path("TD1")).body()).doesNotContain("\"SELF\"");
    }

    @Test
    void aDraftKeepsItsValidAnswersAndRefusesEachInvalidOneAtItsLeaf() throws Exception {
        HttpResponse<String> tooHigh = td1.json("PUT", path("TD1") + "/answers",
                "[{\"leafCode\":\"1.4\",\"value\":1},{\"leafCode\":\"1.2\",\"value\":101},{\"leafCode\":\"1.1\",\"value\":-1}]");
        assertThat(tooHigh.statusCode()).isEqualTo(400);
        assertThat(tooHigh.body()).contains("Đã lưu các tiêu chí hợp lệ; chưa lưu các mục có dữ liệu không hợp lệ (tiêu chí 1.2, 1.1).",
                "Tiêu chí 1.2: chỉ nhận tỷ lệ từ 0 đến 100", "Tiêu chí 1.1: chỉ nhận 1");
        assertThat(tooHigh.body()).as("each problem also under its leaf, for the form")
                .contains("\"fields\":{").contains("\"1.2\":[\"chỉ nhận tỷ lệ từ 0 đến 100 (%).\"]");
        assertThat(selfAnswers()).as("the valid answer is kept, the invalid ones are not").containsOnlyKeys("1.4");
        HttpResponse<String> survey = td1.json("PUT", path("TD1") + "/answers", "[{\"leafCode\":\"8.1\",\"value\":1}]");
        assertThat(survey.body()).contains("chưa lưu thay đổi nào", "điều tra xã hội học");
        assertThat(selfAnswers()).containsOnlyKeys("1.4");
    }

    @Test
    void aDraftWithTextInANumberKeepsItsOtherAnswersAndReadsADecimalComma() throws Exception {
        HttpResponse<String> draft = td1.json("PUT", path("TD1") + "/answers", "[{\"leafCode\":\"1.2\",\"value\":\"96,5\"},"
                + "{\"leafCode\":\"2.1\",\"value\":\"nhiều\"},{\"leafCode\":\"1.4\",\"value\":1},"
                + "{\"leafCode\":\"3.2\",\"numerator\":\"4,0\",\"denominator\":\"năm\"}]");

        assertThat(draft.statusCode()).isEqualTo(400);
        assertThat(draft.body()).contains("chưa lưu các mục có dữ liệu không hợp lệ (tiêu chí 2.1, 3.2).",
                "\"2.1\":[\"kết quả \\\"nhiều\\\" không phải là số (số có tối đa 12 chữ số phần nguyên và 6 chữ số thập phân;"
                        + " phần thập phân sau dấu phẩy, ví dụ 1,5).\"]", "\"3.2\":[\"mẫu số \\\"năm\\\" không phải là số");
        Map<String, JsonNode> saved = selfAnswers();
        assertThat(saved).as("the readable answers are kept, the unreadable ones are not").containsOnlyKeys("1.2", "1.4");
        assertThat(saved.get("1.2").get("value").decimalValue()).as("a decimal comma read as Vietnamese writes it")
                .isEqualByComparingTo("96.5");
    }

    /** The unit's self-assessment answers in its file, by leaf. */
    private Map<String, JsonNode> selfAnswers() throws Exception {
        Map<String, JsonNode> byLeaf = new HashMap<>();
        new ObjectMapper().readTree(td1.get(path("TD1")).body()).get("leaves").forEach(l -> {
            if (l.get("answers").has("SELF")) {
                byLeaf.put(l.get("code").asText(), l.get("answers").get("SELF"));
            }
        });
        return byLeaf;
    }

    @Test
    void aRateMayBeGivenAsNumeratorAndDenominator() {
        HttpResponse<String> saved = td1.json("PUT", path("TD1") + "/answers",
                "[{\"leafCode\":\"1.2\",\"numerator\":480,\"denominator\":500}]");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"value\":96.00", "\"numerator\":480.00", "\"denominator\":500.00");
        HttpResponse<String> bad = td1.json("PUT", path("TD1") + "/answers",
                "[{\"leafCode\":\"1.2\",\"numerator\":600,\"denominator\":500},{\"leafCode\":\"1.1\",\"numerator\":1,\"denominator\":1},"
                        + "{\"leafCode\":\"2.1\",\"numerator\":1,\"denominator\":0},{\"leafCode\":\"3.2\",\"numerator\":5}]");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Tiêu chí 1.2: tử số phải từ 0 đến mẫu số.",
                "Tiêu chí 1.1: chỉ tiêu chí tính theo tỷ lệ mới nhập tử số và mẫu số.",
                "Tiêu chí 2.1: mẫu số phải lớn hơn 0.", "Tiêu chí 3.2: cần nhập cả tử số và mẫu số.");
        assertThat(td1.get(path("TD1")).body()).contains("\"numerator\":480.00");
    }

    /** The forms draw each leaf's input from what the API says of its method, not from a copy of their own. */
    @Test
    void eachLeafSaysTheInputItsMethodTakes() {
        String file = td1.get(path("TD1")).body();
        assertThat(file).contains("\"code\":\"1.1\"", "\"code\":\"1.3\"");
        assertThat(leaf(file, "1.1")).contains("\"choices\":[{\"value\":1,\"label\":\"Có / Đạt\"},{\"value\":0,\"label\":\"Không\"}]",
                "\"rate\":false", "\"entered\":true");
        assertThat(leaf(file, "1.2")).contains("\"choices\":[]", "\"rate\":true");
        assertThat(leaf(file, "1.3")).contains("{\"value\":2,\"label\":\"Đúng hạn\"},{\"value\":1,\"label\":\"Muộn\"}");
        assertThat(leaf(file, "8.1")).contains("\"entered\":false");
    }

    /** The JSON of one leaf of a file, from its code to the next leaf. */
    private static String leaf(String file, String code) {
        int start = file.indexOf("{\"code\":\"" + code + "\"");
        int next = file.indexOf("{\"code\":\"", start + 1);
        return file.substring(start, next < 0 ? file.length() : next);
    }

    @Test
    void unknownUnitOrYearIsNotFound() {
        assertThat(td1.get("/api/cycles/" + year + "/assessments/KHONGCO").statusCode()).isEqualTo(403);
        Http body = Http.as(port, "nv-test", "pw");
        HttpResponse<String> unknown = body.get("/api/cycles/" + year + "/assessments/KHONGCO");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("không thuộc phạm vi đánh giá");
        assertThat(body.get("/api/cycles/2199").statusCode()).isEqualTo(404);
    }

    @Test
    void aTaskCompletedTwiceIsRefusedTheSecondTime() {
        scenario.fillAll(year, "TD1", Map.of());
        assertThat(td1.json("POST", path("TD1") + "/submit", "").statusCode()).isEqualTo(200);
        HttpResponse<String> again = td1.json("POST", path("TD1") + "/submit", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(assessments.get(year, "TD1").status()).isEqualTo(AssessmentStatus.APPRAISAL_1);
    }

    @Test
    void aSubmissionClickedTwiceAtOnceIsDoneOnceAndTheOtherIsToldWhyInVietnamese() throws Exception {
        scenario.fillAll(year, "TD1", Map.of());

        List<HttpResponse<String>> responses = AtOnce.both(() -> td1.json("POST", path("TD1") + "/submit", ""),
                () -> td1.json("POST", path("TD1") + "/submit", ""));

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(responses).filteredOn(r -> r.statusCode() == 409).first().extracting(HttpResponse::body).asString()
                .contains("Hồ sơ đang ở bước", "đơn vị không thể sửa lúc này");
        assertThat(assessments.get(year, "TD1").status()).isEqualTo(AssessmentStatus.APPRAISAL_1);
    }

    @Test
    void appraisersScoreOnlyTheAreasOfTheirField() {
        scenario.throughAppraisalStart(year, "TD1");
        Http limited = Http.as(port, "td-limited", "pw");
        HttpResponse<String> outside = limited.json("PUT", path("TD1") + "/appraisal", "[{\"leafCode\":\"2.1\",\"value\":50}]");
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("lĩnh vực được phân công", "2.1");
        assertThat(limited.json("PUT", path("TD1") + "/appraisal", "[{\"leafCode\":\"1.2\",\"value\":50}]").statusCode())
                .isEqualTo(204);
        assertThat(td1.json("PUT", path("TD1") + "/appraisal", "[{\"leafCode\":\"1.2\",\"value\":100}]").statusCode())
                .isEqualTo(403);
    }

    @Test
    void anAppraisalDraftKeepsItsValidLeavesAndRefusesOnlyTheWrongOneAtItsLeaf() throws Exception {
        scenario.throughAppraisalStart(year, "TD1");
        Http limited = Http.as(port, "td-limited", "pw");

        HttpResponse<String> saved = limited.json("PUT", path("TD1") + "/appraisal",
                "[{\"leafCode\":\"1.2\",\"value\":\"60,5\"},{\"leafCode\":\"1.4\",\"value\":\"một\"}]");

        assertThat(saved.statusCode()).isEqualTo(400);
        assertThat(saved.body()).contains("Đã lưu các tiêu chí hợp lệ", "\"fields\":{\"1.4\"").doesNotContain("\"1.2\":");
        JsonNode view = new ObjectMapper().readTree(limited.get(path("TD1")).body());
        Map<String, JsonNode> leaves = new HashMap<>();
        view.get("leaves").forEach(l -> leaves.put(l.get("code").asText(), l));
        assertThat(leaves.get("1.2").get("answers").get("APPRAISAL_1").get("value").decimalValue()).isEqualByComparingTo("60.5");
        assertThat(leaves.get("1.4").get("answers").has("APPRAISAL_1")).isFalse();
    }

    @Test
    void theFileShowsRunningPointsPerLeafAndAreaBeforeAnythingIsSubmitted() throws Exception {
        HttpResponse<String> saved = td1.json("PUT", path("TD1") + "/answers",
                "[{\"leafCode\":\"1.2\",\"value\":75},{\"leafCode\":\"1.4\",\"value\":1}]");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode view = new ObjectMapper().readTree(saved.body());
        Map<String, JsonNode> leaves = new HashMap<>();
        view.get("leaves").forEach(l -> leaves.put(l.get("code").asText(), l));
        assertThat(leaves.get("1.2").get("runningPoints").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(leaves.get("1.4").get("runningPoints").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(leaves.get("1.2").get("points")).as("nothing stored before submission").isEmpty();
        JsonNode area1 = null;
        for (JsonNode subtotal : view.get("subtotals")) {
            if (subtotal.get("level").asText().equals("AREA") && subtotal.get("code").asText().equals("1")) {
                area1 = subtotal;
            }
        }
        assertThat(area1.get("achieved").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(area1.get("applicable").decimalValue()).isEqualByComparingTo("10.00");
    }

    @Test
    void evidenceIsCheckedForTypeNameAndSizeAndStaysInsideTheUnit() {
        String upload = path("TD1") + "/evidence";
        HttpResponse<String> fake = td1.upload(upload, "bao-cao.pdf", "not a pdf".getBytes(), "leafCode", "1.1");
        assertThat(fake.statusCode()).isEqualTo(400);
        assertThat(fake.body()).contains("không đúng loại cho phép");
        assertThat(td1.upload(upload, "..\\..\\etc.pdf", "%PDF-1.4".getBytes(), "leafCode", "1.1").body())
                .contains("Tên tệp không hợp lệ");
        assertThat(td1.upload(upload, "rong.pdf", new byte[0], "leafCode", "1.1").body()).contains("rỗng");
        HttpResponse<String> noLeaf = td1.upload(upload, "a.pdf", "%PDF-1.4".getBytes());
        assertThat(noLeaf.statusCode()).isEqualTo(400);
        assertThat(noLeaf.body()).contains("Thiếu thông tin bắt buộc");
        assertThat(td1.upload(upload, "a.pdf", "%PDF-1.4".getBytes(), "leafCode", "8.1").body())
                .contains("không có trong bộ tiêu chí tự đánh giá");
        assertThat(td2.upload(upload, "a.pdf", "%PDF-1.4".getBytes(), "leafCode", "1.1").statusCode()).isEqualTo(403);

        byte[] pdf = "%PDF-1.4 kế hoạch CCHC".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> ok = td1.upload(upload, "ke-hoach.pdf", pdf, "leafCode", "1.1");
        assertThat(ok.statusCode()).isEqualTo(200);
        String id = ok.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        assertThat(td1.getBytes(upload + "/" + id).body()).isEqualTo(pdf);
        assertThat(td2.getBytes(upload + "/" + id).statusCode()).isEqualTo(403);
        assertThat(td1.get(path("TD1")).body()).contains("ke-hoach.pdf").doesNotContain("etc.pdf");
    }

    @Test
    void onlyTheStandingBodyOpensAYearAndOnlyOnce() {
        String body = "{\"year\":" + (year) + ",\"selfAssessmentDue\":\"2099-01-10T17:00:00\"}";
        assertThat(td1.json("POST", "/api/cycles", body).statusCode()).isEqualTo(403);
        Http standingBody = Http.as(port, "nv-test", "pw");
        HttpResponse<String> twice = standingBody.json("POST", "/api/cycles", body);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("đã được mở");
        HttpResponse<String> unknownUnit = standingBody.json("POST", "/api/cycles",
                "{\"year\":2098,\"selfAssessmentDue\":\"2099-01-10T17:00:00\",\"unitCodes\":[\"TD1\",\"KHONGCO\"]}");
        assertThat(unknownUnit.statusCode()).isEqualTo(400);
        assertThat(unknownUnit.body()).contains("Không có đơn vị mã KHONGCO");
        HttpResponse<String> unknownScheme = standingBody.json("POST", "/api/cycles",
                "{\"year\":2097,\"selfAssessmentDue\":\"2098-01-10T17:00:00\",\"classificationScheme\":\"HD2099\"}");
        assertThat(unknownScheme.statusCode()).isEqualTo(400);
        assertThat(unknownScheme.body()).contains("Bộ luật không có cách xếp loại \\\"HD2099\\\"");
        assertThat(standingBody.get("/api/cycles/2098").statusCode()).isEqualTo(404);
        assertThat(standingBody.get("/api/cycles/2097").statusCode()).isEqualTo(404);
        HttpResponse<String> rounding = standingBody.json("POST", "/api/cycles",
                "{\"year\":2096,\"selfAssessmentDue\":\"2097-01-10T17:00:00\",\"indexRounding\":\"CEILING\"}");
        assertThat(rounding.statusCode()).isEqualTo(400);
        assertThat(rounding.body()).contains("Cách làm tròn chỉ số phải là một trong [HALF_UP, HALF_EVEN, DOWN]");
    }

    @Test
    void tasklistSessionReachesTheApiButStateChangesNeedTheAntiForgeryHeader() {
        Http browser = TasklistSession.login(port, "td1-user", "pw").http();
        assertThat(browser.get(path("TD1")).statusCode()).isEqualTo(200);
        String answer = "[{\"leafCode\":\"1.4\",\"value\":1}]";
        assertThat(browser.json("PUT", path("TD1") + "/answers", answer).statusCode()).isEqualTo(403);
        assertThat(browser.json("PUT", path("TD1") + "/answers", answer, "X-Requested-With", "XMLHttpRequest").statusCode())
                .isEqualTo(200);
    }

    @Test
    void completingTheSelfAssessmentInTheTasklistRunsTheProcess() {
        String taskId = scenario.task(ProcessKeys.unitKey(year, "TD1"), TaskKeys.SELF_ASSESSMENT).getId();
        HttpResponse<String> form = td1.get("/engine-rest/task/" + taskId + "/form");
        assertThat(form.body()).contains("embedded:deployment:self-assessment.html");
        assertThat(td1.get("/engine-rest/task/" + taskId + "/deployed-form").body()).contains("Lưu nháp");

        assertThat(td1.json("POST", "/engine-rest/task/" + taskId + "/complete", "{}").statusCode()).isEqualTo(204);

        assertThat(assessments.get(year, "TD1").status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(assessments.get(year, "TD1").submittedBy()).isEqualTo("td1-user");
    }

    @Test
    void inTheEngineApiAUnitSeesAndCompletesOnlyItsOwnTasks() {
        HttpResponse<String> visible = td1.get("/engine-rest/task?processInstanceBusinessKeyLike=" + year + "%25");
        assertThat(visible.statusCode()).isEqualTo(200);
        assertThat(visible.body()).contains("Sở thử nghiệm TD1").doesNotContain("Sở thử nghiệm TD2");
        String other = scenario.task(ProcessKeys.unitKey(year, "TD2"), TaskKeys.SELF_ASSESSMENT).getId();
        assertThat(td1.json("POST", "/engine-rest/task/" + other + "/complete", "{}").statusCode()).isEqualTo(403);
        assertThat(td1.json("POST", "/engine-rest/task/" + other + "/claim", "{\"userId\":\"td1-user\"}").statusCode())
                .isEqualTo(403);
        assertThat(scenario.task(ProcessKeys.unitKey(year, "TD2"), TaskKeys.SELF_ASSESSMENT)).isNotNull();
    }

    @Test
    void theApiIsDocumented() {
        HttpResponse<String> docs = Http.anonymous(port).get("/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/cycles/{year}/assessments/{unitCode}/answers", "/api/complaints/{id}/decision");
    }

    private String path(String unit) {
        return "/api/cycles/" + year + "/assessments/" + unit;
    }
}
