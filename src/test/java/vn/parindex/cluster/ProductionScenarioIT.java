package vn.parindex.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.org.UnitRegistry;
import vn.parindex.support.AppNode;
import vn.parindex.support.Await;
import vn.parindex.support.Http;
import vn.parindex.support.TestMail;
import vn.parindex.support.Workbooks;

/**
 * A province's first year on the production profile, from an empty PostgreSQL, through the product's own API and
 * files only: the administrator creates the standing body's account, the standing body loads units and accounts and
 * opens the year, units change their handed-over passwords and submit, each field confirms its areas, the survey
 * office imports, the standing body publishes the preliminary results, and the units' mailboxes receive it.
 */
class ProductionScenarioIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_PASSWORD = "Quan-tri-vien-2026";
    /** Every account's own password after the handed-over one: it must not contain the login. */
    private static final String OWN_PASSWORD = "Mat-khau-rieng-2026";
    private static final int YEAR = 2025;
    private static final List<String> UNITS = List.of("SNV", "XAPHU");

    @Test
    void aProvinceGoesFromAnEmptyDatabaseToPublishedPreliminaryResults() throws Exception {
        String database = vn.parindex.support.TestDatabase.emptyDatabase("par_production_scenario");
        try (AppNode node = AppNode.start("production", "512m", Map.of(
                "spring.profiles.active", "postgres",
                "spring.datasource.url", database,
                "camunda.bpm.admin-user.password", ADMIN_PASSWORD,
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(TestMail.port()),
                "par.mail.send-every", "PT1S"))) {
            int port = node.port();
            Http admin = Http.as(port, "admin", ADMIN_PASSWORD);
            Map<String, String> staff = handOver(admin, List.of(
                    List.of("nv-truong-phong", "Đỗ Thị Hạnh", "standing-body", "hanh@snv.gov.vn", "", "")));
            Http standingBody = ownPassword(port, "nv-truong-phong", staff.get("nv-truong-phong"));

            assertThat(standingBody.upload("/api/units/import", "don-vi.xlsx", registry()).statusCode()).isEqualTo(200);
            Map<String, String> passwords = handOver(standingBody, List.of(
                    List.of("snv", "Văn thư Sở Nội vụ", "SNV", "vanthu@snv.gov.vn", "", ""),
                    List.of("xaphu", "Văn thư xã Phú", "XAPHU", "vanthu@xaphu.gov.vn", "", ""),
                    List.of("td-a", "Thẩm định viên A", "appraisal-team", "", "", "1, 2, 3, 4"),
                    List.of("td-b", "Thẩm định viên B", "appraisal-team", "", "", "5, 6, 7, 9"),
                    List.of("dieu-tra", "Cán bộ điều tra", "survey-office", "", "", "")));
            HttpResponse<String> opened = standingBody.json("POST", "/api/cycles", "{\"year\":" + YEAR
                    + ",\"selfAssessmentDue\":\"" + LocalDateTime.now().plusDays(10).truncatedTo(ChronoUnit.MINUTES) + "\"}");
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            assertThat(opened.body()).contains("\"warnings\":[]");
            assertThat(overview(standingBody).path("files").size()).isEqualTo(UNITS.size());

            for (String unit : UNITS) {
                Http official = ownPassword(port, unit.toLowerCase(), passwords.get(unit.toLowerCase()));
                Await.until(unit + "'s self-assessment waits in its Tasklist", Duration.ofSeconds(60), () -> official
                        .get("/engine-rest/task/count?processInstanceBusinessKey=" + YEAR + ":" + unit).body().contains("\"count\":1"));
                selfAssess(official, unit);
            }
            Await.until("both files reach appraisal", Duration.ofSeconds(60),
                    () -> overview(standingBody).path("byStatus").path("Thẩm định vòng 1").asInt() == UNITS.size());
            for (String appraiser : List.of("td-a", "td-b")) {
                Http member = ownPassword(port, appraiser, passwords.get(appraiser));
                for (String unit : UNITS) {
                    HttpResponse<String> confirmed = member.json("POST", file(unit) + "/appraisal/complete", null);
                    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
                }
            }
            Http survey = ownPassword(port, "dieu-tra", passwords.get("dieu-tra"));
            assertThat(survey.json("PUT", "/api/cycles/" + YEAR + "/survey", surveyRates(standingBody)).statusCode()).isEqualTo(200);
            assertThat(survey.json("POST", "/api/cycles/" + YEAR + "/survey/complete", null).statusCode()).isEqualTo(204);
            Await.until("the preliminary results wait for the standing body", Duration.ofSeconds(90), () ->
                    standingBody.get("/api/cycles/" + YEAR + "/results?stage=PRELIMINARY").body().contains("\"unitCode\":\"SNV\""));

            assertThat(standingBody.json("POST", "/api/cycles/" + YEAR + "/preliminary/publish", null).statusCode()).isEqualTo(204);

            Await.until("the year is published to the units", Duration.ofSeconds(60),
                    () -> overview(standingBody).path("phase").asText().startsWith("Đã công bố kết quả sơ bộ"));
            Await.until("the units' mailboxes hold the publication", Duration.ofSeconds(60),
                    () -> UNITS.stream().allMatch(unit -> !TestMail.received("vanthu@" + unit.toLowerCase() + ".gov.vn",
                            "Đã công bố kết quả sơ bộ", "năm " + YEAR).isEmpty()));
            assertThat(Http.as(port, "snv", OWN_PASSWORD).get("/api/cycles/" + YEAR
                    + "/results?stage=PRELIMINARY").statusCode()).isEqualTo(200);
        }
    }

    /** Uploads an accounts sheet filled from the template; the initial passwords by login. */
    private static Map<String, String> handOver(Http manager, List<List<String>> rows) throws IOException {
        byte[] sheet = Workbooks.withRows(manager.getBytes("/api/accounts/template.xlsx").body(), rows);
        HttpResponse<byte[]> handover = manager.uploadForBytes("/api/accounts/import", "tai-khoan.xlsx", sheet);
        assertThat(handover.statusCode()).as(new String(handover.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return Workbooks.column(handover.body(), 0, 3);
    }

    /** Logs in with the handed-over password, chooses an own one and works with it. */
    private static Http ownPassword(int port, String login, String handedOver) {
        HttpResponse<String> changed = Http.as(port, login, handedOver).json("POST", "/api/me/password",
                "{\"currentPassword\":\"" + handedOver + "\",\"newPassword\":\"" + OWN_PASSWORD + "\"}");
        assertThat(changed.statusCode()).as(login + ": " + changed.body()).isEqualTo(204);
        return Http.as(port, login, OWN_PASSWORD);
    }

    private static byte[] registry() {
        return Workbooks.of("Đơn vị", List.of(UnitRegistry.HEADERS,
                List.of("SNV", "Sở Nội vụ", "DEPARTMENT", "Khối sở, ban, ngành", "", "01/01/2020", "", ""),
                List.of("XAPHU", "UBND xã Phú", "COMMUNE", "Khối xã, phường", "", "01/01/2020", "", "")));
    }

    /** Full marks on every leaf the unit enters, evidence where required, then the submission. */
    private static void selfAssess(Http official, String unit) throws IOException {
        JsonNode view = JSON.readTree(official.get(file(unit)).body());
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode leaf : view.path("leaves")) {
            ScoringMethod method = ScoringMethod.valueOf(leaf.path("method").asText());
            if (method == ScoringMethod.SURVEY) {
                continue;
            }
            answers.add(Map.of("leafCode", leaf.path("code").asText(), "value", method.fullMarksInput()));
            if (leaf.path("evidenceRequired").asBoolean()) {
                HttpResponse<String> uploaded = official.upload(file(unit) + "/evidence", "kiem-chung.pdf",
                        "%PDF-1.4 tài liệu kiểm chứng".getBytes(StandardCharsets.UTF_8), "leafCode", leaf.path("code").asText());
                assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
            }
        }
        HttpResponse<String> saved = official.json("PUT", file(unit) + "/answers", JSON.writeValueAsString(answers));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        HttpResponse<String> submitted = official.json("POST", file(unit) + "/submit", null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    }

    private static String surveyRates(Http standingBody) throws IOException {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (String unit : UNITS) {
            for (JsonNode leaf : JSON.readTree(standingBody.get(file(unit)).body()).path("leaves")) {
                if (leaf.path("method").asText().equals("SURVEY")) {
                    entries.add(Map.of("unitCode", unit, "leafCode", leaf.path("code").asText(), "rate", 85));
                }
            }
        }
        return JSON.writeValueAsString(entries);
    }

    private static JsonNode overview(Http standingBody) {
        try {
            return JSON.readTree(standingBody.get("/api/cycles/" + YEAR + "/overview").body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String file(String unit) {
        return "/api/cycles/" + YEAR + "/assessments/" + unit;
    }
}
