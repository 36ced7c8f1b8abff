package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.org.UnitRegistry;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.survey.SurveyEntry;
import vn.parindex.survey.SurveyService;

/** A unit formed by a merger sees the results of the units it was formed from, year by year. */
class HistoryIT extends IntegrationTest {

    @Autowired SurveyService surveys;
    @Autowired UnitRegistry registry;
    @Autowired ResultService results;

    @Test
    void aMergedUnitsHistoryFollowsItsPredecessors() {
        int before = scenario.openYear(List.of("TD2", "TD3"));
        preliminary(before, List.of("TD2", "TD3"));
        scenario.ensureFixture();
        registry.load(List.of(
                List.of("Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối xếp hạng", "Mã đơn vị cấp trên", "Hiệu lực từ",
                        "Hiệu lực đến", "Đơn vị tiền thân"),
                List.of("TDM", "Sở hợp nhất thử nghiệm", "DEPARTMENT", "Khối sở thử nghiệm", "", "2020-01-01", "", "TD2, TD3")), "test");
        scenario.ensureUser("tdm-user", Roles.unitGroup("TDM"));
        int after = scenario.openYear(List.of("TDM"));
        preliminary(after, List.of("TDM"));

        HttpResponse<String> history = Http.as(port, "tdm-user", "pw").get("/api/units/TDM/history");

        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(results.history("TDM")).extracting(r -> r.year() + " " + r.unitCode() + " " + r.stage())
                .containsExactly(before + " TD2 PRELIMINARY", before + " TD3 PRELIMINARY", after + " TDM PRELIMINARY");
        assertThat(Http.as(port, "tdm-user", "pw").get("/api/units/TD1/history").statusCode()).isEqualTo(403);
    }

    private void preliminary(int year, List<String> units) {
        List<SurveyEntry> survey = new ArrayList<>();
        for (String unit : units) {
            scenario.throughAppraisal(year, unit, Map.of());
            List.of("8.1", "8.2", "8.3").forEach(leaf -> survey.add(new SurveyEntry(unit, leaf, BigDecimal.valueOf(70))));
        }
        surveys.importResults(year, survey, Scenario.role(Roles.SURVEY_OFFICE));
        surveys.complete(year, Scenario.role(Roles.SURVEY_OFFICE));
    }
}
