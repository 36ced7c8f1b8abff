package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.scoring.ScoringService;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.support.TestRules;
import vn.parindex.survey.SurveyEntry;
import vn.parindex.survey.SurveyService;
import vn.parindex.year.CycleRepository;

/** A year keeps the rules it was opened with; a draft is compared without storing; re-scoring is explicit and audited. */
class RuleVersionsIT extends IntegrationTest {

    private static final Path BANDS = TestRules.dir().resolve("ranking/classification.drl");

    @Autowired ResultService results;
    @Autowired SurveyService surveys;
    @Autowired CycleRepository cycles;
    @Autowired ScoringService scoring;
    @Autowired JdbcTemplate jdbc;

    private String original;
    private Http standingBody;

    @BeforeEach
    void remember() throws IOException {
        original = Files.readString(BANDS);
        scenario.ensureUser("nv-rules", Roles.STANDING_BODY);
        standingBody = Http.as(port, "nv-rules", "pw");
    }

    @AfterEach
    void restore() throws IOException {
        Files.writeString(BANDS, original);
        scoring.reload();
    }

    @Test
    void aDraftRuleSetIsComparedThenAdoptedOnlyByAnAuditedRescoring() throws IOException {
        int year = scenario.openYear(List.of("TD1"));
        scenario.throughAppraisal(year, "TD1", Map.of());
        surveys.importResults(year, List.of(new SurveyEntry("TD1", "8.1", BigDecimal.valueOf(80)),
                new SurveyEntry("TD1", "8.2", BigDecimal.valueOf(80)), new SurveyEntry("TD1", "8.3", BigDecimal.valueOf(80))),
                Scenario.role(Roles.SURVEY_OFFICE));
        surveys.complete(year, Scenario.role(Roles.SURVEY_OFFICE));
        scenario.runJobs(year);
        String opened = cycles.get(year).ruleHash();
        assertThat(results.results(year, ResultService.PRELIMINARY).get(0).classification()).isEqualTo("Tốt");

        Files.writeString(BANDS, original.replace("index >= 90", "index >= 95").replace("index < 90", "index < 95"));
        HttpResponse<String> reload = standingBody.json("POST", "/api/rules/reload", "");
        assertThat(reload.statusCode()).isEqualTo(200);

        HttpResponse<String> whatIf = standingBody.get("/api/cycles/" + year + "/what-if");
        assertThat(whatIf.body()).contains("\"storedClassification\":\"Tốt\"", "\"draftClassification\":\"Khá\"",
                "\"storedIndex\":94.00", "\"draftIndex\":94.00");
        assertThat(results.results(year, ResultService.PRELIMINARY).get(0).classification()).isEqualTo("Tốt");
        results.rescore(year, "TD1", ResultService.PRELIMINARY, "test", "thay đổi khác");
        assertThat(results.results(year, ResultService.PRELIMINARY).get(0).classification())
                .as("the year is still scored with the rules it was opened with").isEqualTo("Tốt");

        assertThat(standingBody.json("POST", "/api/cycles/" + year + "/rescore", "{}").statusCode()).isEqualTo(400);
        assertThat(standingBody.json("POST", "/api/cycles/" + year + "/rescore",
                "{\"reason\":\"Áp dụng ngưỡng xếp loại mới\"}").statusCode()).isEqualTo(204);

        assertThat(cycles.get(year).ruleHash()).isNotEqualTo(opened).isEqualTo(scoring.currentRuleHash());
        UnitResult rescored = results.results(year, ResultService.PRELIMINARY).get(0);
        assertThat(rescored.classification()).isEqualTo("Khá");
        assertThat(rescored.ruleHash()).isEqualTo(scoring.currentRuleHash());
        assertThat(jdbc.queryForObject("select reason from audit_log where action = 'YEAR_RESCORED' and year = ?",
                String.class, year)).isEqualTo("Áp dụng ngưỡng xếp loại mới");
    }

    @Test
    void aBrokenRuleFileIsRejectedAndTheCurrentRulesStay() throws IOException {
        String before = scoring.currentRuleHash();
        Files.writeString(BANDS, original + "\nrule \"hỏng\" when KhongCo() then end\n");

        HttpResponse<String> reload = standingBody.json("POST", "/api/rules/reload", "");

        assertThat(reload.statusCode()).isEqualTo(400);
        assertThat(reload.body()).contains("vẫn dùng bộ luật hiện tại", "classification.drl");
        assertThat(scoring.currentRuleHash()).isEqualTo(before);
        assertThat(Http.as(port, "td1-user-rules", "x").json("POST", "/api/rules/reload", "").statusCode()).isEqualTo(401);
    }
}
