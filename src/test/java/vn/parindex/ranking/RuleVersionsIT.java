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
import vn.parindex.rules.RuleSets;
import vn.parindex.scoring.SchemeTable;
import vn.parindex.scoring.ScoringService;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.support.RuleDrafts;
import vn.parindex.support.TestRules;
import vn.parindex.support.Workbooks;
import vn.parindex.survey.SurveyEntry;
import vn.parindex.survey.SurveyService;
import vn.parindex.year.Years;

/**
 * Rules are versions in the database: an upload is a draft, compared with a year without storing anything, then
 * adopted; a year keeps the rules it was opened with; re-scoring is explicit and audited; rules/ is never written.
 */
class RuleVersionsIT extends IntegrationTest {

    private static final Path BANDS = TestRules.dir().resolve(SchemeTable.FILE);
    private static final Path DRL = TestRules.dir().resolve("ranking/classification.drl");

    @Autowired ResultService results;
    @Autowired SurveyService surveys;
    @Autowired Years cycles;
    @Autowired ScoringService scoring;
    @Autowired RuleSets ruleSets;
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

    /** The folder's rules back in force for the other tests (a test here edits rules/ as a developer would). */
    @AfterEach
    void restore() throws IOException {
        Files.writeString(BANDS, original);
        Files.writeString(DRL, originalDrl);
        ruleSets.reloadFromFolder("test");
    }

    @Test
    void aDraftIsComparedWithAYearThenAdoptedAndAppliedToTheYearOnlyByAnAuditedRescoring() throws IOException {
        int year = scenario.openYear(List.of("TD1"));
        scenario.throughAppraisal(year, "TD1", Map.of());
        surveys.importResults(year, List.of(new SurveyEntry("TD1", "8.1", BigDecimal.valueOf(80)),
                new SurveyEntry("TD1", "8.2", BigDecimal.valueOf(80)), new SurveyEntry("TD1", "8.3", BigDecimal.valueOf(80))),
                Scenario.role(Roles.SURVEY_OFFICE));
        surveys.complete(year, Scenario.role(Roles.SURVEY_OFFICE));
        scenario.runJobs(year);
        String opened = cycles.get(year).ruleHash();
        assertThat(cycles.get(year).ruleSetVersion()).as("the version the year was opened with")
                .isEqualTo(ruleSets.current().id());
        assertThat(results.results(year, ResultService.PRELIMINARY).get(0).classification()).isEqualTo("Nhóm 1");

        byte[] table = Workbooks.edit(standingBody.getBytes("/api/classification-schemes.xlsx").body(),
                wb -> wb.getSheetAt(0).getRow(1).getCell(6).setCellValue(95));   // HD2022's first band from 90 to 95
        long draft = RuleDrafts.id(standingBody.upload("/api/classification-schemes", "cach-xep-loai.xlsx", table));
        assertThat(standingBody.get("/api/cycles/" + year + "/what-if").body()).as("the rules in force: nothing changes")
                .contains("\"storedClassification\":\"Nhóm 1\"", "\"draftClassification\":\"Nhóm 1\"");

        HttpResponse<String> whatIf = standingBody.get("/api/cycles/" + year + "/what-if?ruleSet=" + draft);
        assertThat(whatIf.body()).contains("\"storedClassification\":\"Nhóm 1\"", "\"draftClassification\":\"Nhóm 2\"",
                "\"storedIndex\":94.00", "\"draftIndex\":94.00");
        assertThat(standingBody.get("/api/cycles/" + year + "/what-if?ruleSet=999999").statusCode()).isEqualTo(404);
        assertThat(standingBody.get("/api/cycles/" + year + "/what-if?ruleSet=hai").statusCode()).isEqualTo(400);
        assertThat(results.results(year, ResultService.PRELIMINARY).get(0).classification()).isEqualTo("Nhóm 1");
        HttpResponse<String> adopted = standingBody.json("POST", "/api/rule-sets/" + draft + "/adoption", "");
        assertThat(adopted.body()).contains("\"state\":\"ADOPTED\"", "\"adoptedBy\":\"nv-rules\"");
        assertThat(standingBody.json("POST", "/api/rule-sets/" + draft + "/adoption", "").statusCode())
                .as("adopted once").isEqualTo(409);
        results.compute(year, ResultService.PRELIMINARY, "test");
        assertThat(results.results(year, ResultService.PRELIMINARY).get(0).classification())
                .as("the year is still scored with the rules it was opened with").isEqualTo("Nhóm 1");

        assertThat(standingBody.json("POST", "/api/cycles/" + year + "/rescore", "{}").statusCode()).isEqualTo(400);
        assertThat(standingBody.json("POST", "/api/cycles/" + year + "/rescore",
                "{\"reason\":\"Áp dụng ngưỡng xếp loại mới\"}").statusCode()).isEqualTo(204);

        assertThat(cycles.get(year).ruleHash()).isNotEqualTo(opened).isEqualTo(scoring.currentRuleHash());
        assertThat(cycles.get(year).ruleSetVersion()).as("re-scored with the adopted draft").isEqualTo(draft);
        UnitResult rescored = results.results(year, ResultService.PRELIMINARY).get(0);
        assertThat(rescored.classification()).isEqualTo("Nhóm 2");
        assertThat(rescored.ruleHash()).isEqualTo(scoring.currentRuleHash());
        assertThat(jdbc.queryForObject("select reason from audit_log where action = 'YEAR_RESCORED' and year = ?",
                String.class, year)).isEqualTo("Áp dụng ngưỡng xếp loại mới");
    }

    /** Read at start-up, before the application runs: the event reaches the audit log's listener even then. */
    @Test
    void theFirstRuleSetReadFromTheFolderAtStartUpIsAudited() {
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'RULE_SET_ADOPTED' and actor = 'system' "
                + "and old_value = 'null'", Integer.class)).isOne();
    }

    @Test
    void aBrokenRuleFileIsRejectedAndTheCurrentRulesStay() throws IOException {
        String before = scoring.currentRuleHash();
        Files.writeString(DRL, originalDrl + "\nrule \"hỏng\" when KhongCo() then end\n");
        int versions = versions();

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
        assertThat(versions()).as("no version of a broken folder").isEqualTo(versions);
        assertThat(Http.as(port, "td1-user-rules", "x").json("POST", "/api/rules/reload", "").statusCode()).isEqualTo(401);
    }

    /** A refused row no longer hides another scheme's problem or a cell the table cannot hold: one answer lists all. */
    @Test
    void aSchemeTableListsEveryProblemInOneAnswer() throws IOException {
        byte[] table = standingBody.getBytes("/api/classification-schemes.xlsx").body();
        byte[] broken = Workbooks.withRows(table, List.of(
                List.of("TINH-Y", "Tỉnh Y; 2026", "INDEX", "", "1", "Loại A", "nhiều", "", ""),
                List.of("TINH-Z", "Tỉnh Z 2026", "INDEX", "", "1", "Loại A", "85", "", "")));

        int versions = versions();
        HttpResponse<String> refused = standingBody.upload("/api/classification-schemes", "cach-xep-loai.xlsx", broken);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Bảng cách xếp loại có 3 lỗi; chưa thay đổi gì.",
                "ô \\\"Tỉnh Y; 2026\\\" chứa dấu ';'",
                "cột \\\"Tối thiểu\\\": \\\"nhiều\\\" không phải là số",
                "cách xếp loại TINH-Z: loại cuối");
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void theStandingBodyAddsASchemeFromExcelAndAYearOpenedWithItShowsItsLegend() throws IOException {
        String inForce = ruleSets.latest().file(SchemeTable.FILE).orElseThrow();
        byte[] table = standingBody.getBytes("/api/classification-schemes.xlsx").body();
        byte[] broken = Workbooks.withRows(table, List.of(List.of("TINH-X", "Tỉnh X 2026", "INDEX", "", "1", "Loại A", "85", "", "")));
        HttpResponse<String> refused = standingBody.upload("/api/classification-schemes", "cach-xep-loai.xlsx", broken);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("cách xếp loại TINH-X: loại cuối");
        assertThat(scoring.currentSchemes()).doesNotContainKey("TINH-X");

        byte[] added = Workbooks.withRows(table, List.of(
                List.of("TINH-X", "Tỉnh X 2026", "INDEX", "x", "1", "Loại A", "85", "AREA", "75"),
                List.of("TINH-X", "Tỉnh X 2026", "INDEX", "x", "2", "Loại B", "0", "", "")));
        scenario.ensureUser("dt-rules", Roles.SURVEY_OFFICE);
        assertThat(Http.as(port, "dt-rules", "pw").upload("/api/classification-schemes", "x.xlsx", added).statusCode())
                .isEqualTo(403);
        HttpResponse<String> accepted = standingBody.upload("/api/classification-schemes", "cach-xep-loai.xlsx", added);
        long draft = RuleDrafts.id(accepted);
        assertThat(accepted.body()).contains("\"TINH-X\"", "Đã lập bản nháp số " + draft,
                "Chỉ số từ 85 trở lên; không có chỉ số thành phần của lĩnh vực nào dưới 75% điểm tối đa");
        assertThat(scoring.currentSchemes()).as("a draft until adopted").doesNotContainKey("TINH-X");
        assertThat(standingBody.json("POST", "/api/rule-sets/" + draft + "/adoption", "").statusCode()).isEqualTo(200);
        assertThat(scoring.currentSchemes()).containsKey("TINH-X");
        assertThat(ruleSets.current().file(SchemeTable.FILE).orElseThrow()).as("the rows in force come back unchanged through Excel")
                .startsWith(inForce).endsWith("TINH-X;Tỉnh X 2026;INDEX;x;1;Loại A;85;AREA;75\n"
                        + "TINH-X;Tỉnh X 2026;INDEX;x;2;Loại B;0;;\n");
        assertThat(Files.readString(BANDS)).as("rules/ is never written").isEqualTo(original);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'RULE_SET_ADOPTED' and new_value = ?",
                Integer.class, String.valueOf(draft))).isOne();

        int year = scenario.openYear(List.of("TD1"), "TINH-X", "SHARE");
        HttpResponse<String> legend = Http.anonymous(port).get("/public-api/years/" + year + "/classification");
        assertThat(legend.body()).contains("\"scheme\":\"TINH-X\"", "\"title\":\"Tỉnh X 2026\"", "\"label\":\"Loại B\"",
                "Các trường hợp còn lại");
    }

    /** A draft made from a version no longer in force would undo what was adopted since: refused; a draft may be discarded. */
    @Test
    void aDraftOfAnOlderVersionIsNotAdoptedAndADraftCanBeDiscarded() throws IOException {
        byte[] table = standingBody.getBytes("/api/classification-schemes.xlsx").body();
        long first = RuleDrafts.id(standingBody.upload("/api/classification-schemes", "a.xlsx", Workbooks.withRows(table,
                List.of(List.of("TINH-A", "Tỉnh A", "INDEX", "", "1", "Loại A", "0", "", "")))));
        long second = RuleDrafts.id(standingBody.upload("/api/classification-schemes", "b.xlsx", Workbooks.withRows(table,
                List.of(List.of("TINH-B", "Tỉnh B", "INDEX", "", "1", "Loại A", "0", "", "")))));
        assertThat(standingBody.json("POST", "/api/rule-sets/" + first + "/adoption", "").statusCode()).isEqualTo(200);

        HttpResponse<String> stale = standingBody.json("POST", "/api/rule-sets/" + second + "/adoption", "");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Bản nháp số " + second + " lập từ phiên bản", "Hãy nạp lại tệp");
        assertThat(scoring.currentSchemes()).containsKey("TINH-A").doesNotContainKey("TINH-B");

        assertThat(standingBody.json("DELETE", "/api/rule-sets/" + first, "").statusCode()).as("adopted, not a draft").isEqualTo(409);
        assertThat(standingBody.json("DELETE", "/api/rule-sets/" + second, "").statusCode()).isEqualTo(204);
        assertThat(standingBody.get("/api/rule-sets").body()).doesNotContain("\"id\":" + second + ",")
                .contains("\"id\":" + first + ",\"state\":\"ADOPTED\"");
        assertThat(standingBody.json("POST", "/api/rule-sets/" + second + "/adoption", "").statusCode()).isEqualTo(404);
        scenario.ensureUser("dt-rules", Roles.SURVEY_OFFICE);
        assertThat(Http.as(port, "dt-rules", "pw").get("/api/rule-sets").statusCode()).isEqualTo(403);
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from rule_set", Integer.class);
    }
}
