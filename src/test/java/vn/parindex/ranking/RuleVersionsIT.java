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
import vn.parindex.scoring.SchemeTable;
import vn.parindex.scoring.ScoringService;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.support.TestRules;
import vn.parindex.support.Workbooks;
import vn.parindex.survey.SurveyEntry;
import vn.parindex.survey.SurveyService;
import vn.parindex.year.CycleRepository;

/** A year keeps the rules it was opened with; a draft is compared without storing; re-scoring is explicit and audited. */
class RuleVersionsIT extends IntegrationTest {

    private static final Path BANDS = TestRules.dir().resolve(SchemeTable.FILE);
    private static final Path DRL = TestRules.dir().resolve("ranking/classification.drl");

    @Autowired ResultService results;
    @Autowired SurveyService surveys;
    @Autowired CycleRepository cycles;
    @Autowired ScoringService scoring;
    @Autowired JdbcTemplate jdbc;

    private String original;
    private String originalDrl;
    private Http standingBody;

    @BeforeEach
    void remember() throws IOException {
        original = Files.readString(BANDS);
        originalDrl = Files.readString(DRL);
        scenario.ensureUser("nv-rules", Roles.STANDING_BODY);
        standingBody = Http.as(port, "nv-rules", "pw");
    }

    @AfterEach
    void restore() throws IOException {
        Files.writeString(BANDS, original);
        Files.writeString(DRL, originalDrl);
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
        assertThat(results.results(year, ResultService.PRELIMINARY).get(0).classification()).isEqualTo("Nhóm 1");

        Files.writeString(BANDS, original.replace(";1;Nhóm 1;90;;", ";1;Nhóm 1;95;;"));
        HttpResponse<String> reload = standingBody.json("POST", "/api/rules/reload", "");
        assertThat(reload.statusCode()).isEqualTo(200);

        HttpResponse<String> whatIf = standingBody.get("/api/cycles/" + year + "/what-if");
        assertThat(whatIf.body()).contains("\"storedClassification\":\"Nhóm 1\"", "\"draftClassification\":\"Nhóm 2\"",
                "\"storedIndex\":94.00", "\"draftIndex\":94.00");
        assertThat(results.results(year, ResultService.PRELIMINARY).get(0).classification()).isEqualTo("Nhóm 1");
        results.compute(year, ResultService.PRELIMINARY, "test");
        assertThat(results.results(year, ResultService.PRELIMINARY).get(0).classification())
                .as("the year is still scored with the rules it was opened with").isEqualTo("Nhóm 1");

        assertThat(standingBody.json("POST", "/api/cycles/" + year + "/rescore", "{}").statusCode()).isEqualTo(400);
        assertThat(standingBody.json("POST", "/api/cycles/" + year + "/rescore",
                "{\"reason\":\"Áp dụng ngưỡng xếp loại mới\"}").statusCode()).isEqualTo(204);

        assertThat(cycles.get(year).ruleHash()).isNotEqualTo(opened).isEqualTo(scoring.currentRuleHash());
        UnitResult rescored = results.results(year, ResultService.PRELIMINARY).get(0);
        assertThat(rescored.classification()).isEqualTo("Nhóm 2");
        assertThat(rescored.ruleHash()).isEqualTo(scoring.currentRuleHash());
        assertThat(jdbc.queryForObject("select reason from audit_log where action = 'YEAR_RESCORED' and year = ?",
                String.class, year)).isEqualTo("Áp dụng ngưỡng xếp loại mới");
    }

    @Test
    void aBrokenRuleFileIsRejectedAndTheCurrentRulesStay() throws IOException {
        String before = scoring.currentRuleHash();
        Files.writeString(DRL, originalDrl + "\nrule \"hỏng\" when KhongCo() then end\n");

        HttpResponse<String> reload = standingBody.json("POST", "/api/rules/reload", "");

        assertThat(reload.statusCode()).isEqualTo(400);
        assertThat(reload.body()).contains("vẫn dùng bộ luật hiện tại", "classification.drl");
        assertThat(scoring.currentRuleHash()).isEqualTo(before);

        Files.writeString(DRL, originalDrl);
        Files.writeString(BANDS, original.replace(";3;Nhóm 3;0;;", ";3;Nhóm 3;10;;"));
        HttpResponse<String> badTable = standingBody.json("POST", "/api/rules/reload", "");
        assertThat(badTable.statusCode()).isEqualTo(400);
        assertThat(badTable.body()).contains("cách xếp loại HD2022: loại cuối (\\\"Nhóm 3\\\") phải có tối thiểu 0");
        assertThat(scoring.currentRuleHash()).isEqualTo(before);
        assertThat(Http.as(port, "td1-user-rules", "x").json("POST", "/api/rules/reload", "").statusCode()).isEqualTo(401);
    }

    /** A refused row no longer hides another scheme's problem or a cell the table cannot hold: one answer lists all. */
    @Test
    void aSchemeTableListsEveryProblemInOneAnswer() throws IOException {
        byte[] table = standingBody.getBytes("/api/classification-schemes.xlsx").body();
        byte[] broken = Workbooks.withRows(table, List.of(
                List.of("TINH-Y", "Tỉnh Y; 2026", "INDEX", "", "1", "Loại A", "nhiều", "", ""),
                List.of("TINH-Z", "Tỉnh Z 2026", "INDEX", "", "1", "Loại A", "85", "", "")));

        HttpResponse<String> refused = standingBody.upload("/api/classification-schemes", "cach-xep-loai.xlsx", broken);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Bảng cách xếp loại có 3 lỗi; chưa thay đổi gì.",
                "ô \\\"Tỉnh Y; 2026\\\" chứa dấu ';'",
                "cột \\\"Tối thiểu\\\": \\\"nhiều\\\" không phải là số",
                "cách xếp loại TINH-Z: loại cuối");
        assertThat(Files.readString(BANDS)).isEqualTo(original);
    }

    @Test
    void theStandingBodyAddsASchemeFromExcelAndAYearOpenedWithItShowsItsLegend() throws IOException {
        byte[] table = standingBody.getBytes("/api/classification-schemes.xlsx").body();
        byte[] broken = Workbooks.withRows(table, List.of(List.of("TINH-X", "Tỉnh X 2026", "INDEX", "", "1", "Loại A", "85", "", "")));
        HttpResponse<String> refused = standingBody.upload("/api/classification-schemes", "cach-xep-loai.xlsx", broken);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("cách xếp loại TINH-X: loại cuối");
        assertThat(scoring.currentSchemes()).doesNotContainKey("TINH-X");
        assertThat(Files.readString(BANDS)).isEqualTo(original);

        byte[] added = Workbooks.withRows(table, List.of(
                List.of("TINH-X", "Tỉnh X 2026", "INDEX", "x", "1", "Loại A", "85", "AREA", "75"),
                List.of("TINH-X", "Tỉnh X 2026", "INDEX", "x", "2", "Loại B", "0", "", "")));
        scenario.ensureUser("dt-rules", Roles.SURVEY_OFFICE);
        assertThat(Http.as(port, "dt-rules", "pw").upload("/api/classification-schemes", "x.xlsx", added).statusCode())
                .isEqualTo(403);
        HttpResponse<String> accepted = standingBody.upload("/api/classification-schemes", "cach-xep-loai.xlsx", added);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"TINH-X\"",
                "Chỉ số từ 85 trở lên; không có chỉ số thành phần của lĩnh vực nào dưới 75% điểm tối đa");
        assertThat(Files.readString(BANDS)).as("the shipped rows come back unchanged through Excel")
                .startsWith(original).endsWith("TINH-X;Tỉnh X 2026;INDEX;x;1;Loại A;85;AREA;75\n"
                        + "TINH-X;Tỉnh X 2026;INDEX;x;2;Loại B;0;;\n");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'CLASSIFICATION_SCHEMES_UPLOADED'",
                Integer.class)).isPositive();

        int year = scenario.openYear(List.of("TD1"), "TINH-X", "SHARE");
        HttpResponse<String> legend = Http.anonymous(port).get("/public-api/years/" + year + "/classification");
        assertThat(legend.body()).contains("\"scheme\":\"TINH-X\"", "\"title\":\"Tỉnh X 2026\"", "\"label\":\"Loại B\"",
                "Các trường hợp còn lại");
    }
}
