package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;

/** Results reach units only as the standing body publishes them; staff read them as soon as they are computed. */
class ResultVisibilityIT extends IntegrationTest {

    @Test
    void unitsReadPreliminaryResultsOncePublishedAndFinalOnesOnceTheYearIsPublished() {
        scenario.ensureUser("td1-visible", Roles.unitGroup("TD1"));
        scenario.ensureUser("nv-visible", Roles.STANDING_BODY);
        Http unit = Http.as(port, "td1-visible", "pw");
        Http standingBody = Http.as(port, "nv-visible", "pw");
        int year = scenario.openYear(List.of("TD1", "TD2"));
        List.of("TD1", "TD2").forEach(code -> scenario.throughAppraisal(year, code, Map.of()));
        scenario.importSurvey(year, Map.of("TD1", 80, "TD2", 90));
        String base = "/api/cycles/" + year;
        List<String> preliminary = List.of(base + "/results?stage=PRELIMINARY", base + "/results/areas?stage=PRELIMINARY",
                base + "/reports/ranking.xlsx?stage=PRELIMINARY");

        for (String path : preliminary) {
            refused(unit, path, "Kết quả sơ bộ năm " + year + " chưa được công bố.");
            assertThat(standingBody.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(unit.get("/api/units/TD1/history").body()).doesNotContain("\"year\":" + year);
        assertThat(unit.get("/api/results/years").body()).as("the years a unit may read").doesNotContain("\"year\":" + year);
        assertThat(standingBody.get("/api/results/years").body()).contains("{\"year\":" + year + ",\"stages\":[\"PRELIMINARY\"]}");

        scenario.publishPreliminary(year);
        assertThat(unit.get("/api/results/years").body()).contains("{\"year\":" + year + ",\"stages\":[\"PRELIMINARY\"]}");
        for (String path : preliminary) {
            assertThat(unit.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(unit.get("/api/units/TD1/history").body()).contains("\"year\":" + year);

        scenario.advance(year, Duration.ofDays(6));
        refused(unit, base + "/results?stage=FINAL", "Kết quả chính thức năm " + year + " chưa được công bố.");
        assertThat(standingBody.get(base + "/results?stage=FINAL").statusCode()).isEqualTo(200);
        assertThat(unit.get("/api/results/years").body()).as("final results computed, not yet published")
                .contains("{\"year\":" + year + ",\"stages\":[\"PRELIMINARY\"]}");
        assertThat(standingBody.get("/api/results/years").body()).contains("{\"year\":" + year + ",\"stages\":[\"PRELIMINARY\",\"FINAL\"]}");
        assertThat(Http.anonymous(port).get("/public-api/years/" + year + "/catalogue/areas").body())
                .as("the areas' names, for anyone").contains("{\"code\":\"1\",\"title\":\"Công tác chỉ đạo, điều hành cải cách hành chính\","
                        + "\"shortName\":\"Chỉ đạo, điều hành\"}");
    }

    private static void refused(Http user, String path, String message) {
        var response = user.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(403);
        assertThat(response.body()).as(path).contains(message);
    }
}
