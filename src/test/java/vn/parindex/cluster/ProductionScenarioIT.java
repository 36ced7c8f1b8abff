package vn.parindex.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.support.ProductionYear.handOver;
import static vn.parindex.support.ProductionYear.ownPassword;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.org.UnitRegistry;
import vn.parindex.support.AppNode;
import vn.parindex.support.Await;
import vn.parindex.support.Http;
import vn.parindex.support.ProductionYear;
import vn.parindex.support.TestMail;
import vn.parindex.support.Workbooks;
import vn.parindex.workflow.TaskKeys;

/**
 * A province's first year on the production profile, from an empty PostgreSQL, through the product's own API and
 * files only: the administrator creates the standing body's account, the standing body loads units and accounts and
 * opens the year, units change their handed-over passwords and submit, each field confirms its areas, the survey
 * office imports, the standing body publishes the preliminary results, and the units' mailboxes receive it.
 */
class ProductionScenarioIT {

    private static final int YEAR = 2025;
    private static final List<String> UNITS = List.of("SNV", "XAPHU");
    private final ProductionYear year = new ProductionYear(YEAR);

    @Test
    void aProvinceGoesFromAnEmptyDatabaseToPublishedPreliminaryResults() throws Exception {
        try (AppNode node = ProductionYear.startNode("production", Map.of())) {
            int port = node.port();
            Http admin = Http.as(port, "admin", ProductionYear.ADMIN_PASSWORD);
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
            assertThat(year.overview(standingBody).path("files").size()).isEqualTo(UNITS.size());

            for (String unit : UNITS) {
                Http official = ownPassword(port, unit.toLowerCase(), passwords.get(unit.toLowerCase()));
                Await.until(unit + "'s self-assessment waits in its Tasklist", Duration.ofSeconds(60),
                        () -> year.waits(official, YEAR + ":" + unit, TaskKeys.SELF_ASSESSMENT));
                year.answer(official, unit, Map.of());
                HttpResponse<String> submitted = official.json("POST", year.file(unit) + "/submit", null);
                assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
            }
            Await.until("both files reach appraisal", Duration.ofSeconds(60),
                    () -> year.overview(standingBody).path("byStatus").path("Thẩm định vòng 1").asInt() == UNITS.size());
            for (String appraiser : List.of("td-a", "td-b")) {
                Http member = ownPassword(port, appraiser, passwords.get(appraiser));
                for (String unit : UNITS) {
                    HttpResponse<String> confirmed = member.json("POST", year.file(unit) + "/appraisal/complete", null);
                    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
                }
            }
            Http survey = ownPassword(port, "dieu-tra", passwords.get("dieu-tra"));
            assertThat(survey.json("PUT", "/api/cycles/" + YEAR + "/survey", year.surveyRates(standingBody, UNITS, 85))
                    .statusCode()).isEqualTo(200);
            assertThat(survey.json("POST", "/api/cycles/" + YEAR + "/survey/complete", null).statusCode()).isEqualTo(204);
            Await.until("the preliminary results wait for the standing body", Duration.ofSeconds(90), () ->
                    standingBody.get("/api/cycles/" + YEAR + "/results?stage=PRELIMINARY").body().contains("\"unitCode\":\"SNV\""));

            assertThat(standingBody.json("POST", "/api/cycles/" + YEAR + "/preliminary/publish", null).statusCode()).isEqualTo(204);

            Await.until("the year is published to the units", Duration.ofSeconds(60),
                    () -> year.overview(standingBody).path("phase").asText().startsWith("Đã công bố kết quả sơ bộ"));
            Await.until("the units' mailboxes hold the publication", Duration.ofSeconds(60),
                    () -> UNITS.stream().allMatch(unit -> !TestMail.received("vanthu@" + unit.toLowerCase() + ".gov.vn",
                            "Đã công bố kết quả sơ bộ", "năm " + YEAR).isEmpty()));
            assertThat(Http.as(port, "snv", ProductionYear.OWN_PASSWORD).get("/api/cycles/" + YEAR
                    + "/results?stage=PRELIMINARY").statusCode()).isEqualTo(200);
        }
    }

    private static byte[] registry() {
        return Workbooks.of("Đơn vị", List.of(UnitRegistry.HEADERS,
                List.of("SNV", "Sở Nội vụ", "DEPARTMENT", "Khối sở, ban, ngành", "", "01/01/2020", "", ""),
                List.of("XAPHU", "UBND xã Phú", "COMMUNE", "Khối xã, phường", "", "01/01/2020", "", "")));
    }
}
