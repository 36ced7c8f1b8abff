package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.review.AppraiserAreas;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.support.TasklistSession;
import vn.parindex.support.Workbooks;

/** The standing body creates the province's accounts from one sheet; each person replaces the password handed over. */
class AccountsIT extends IntegrationTest {

    @Autowired IdentityService identity;
    @Autowired AppraiserAreas areas;
    @Autowired JdbcTemplate jdbc;

    private Http standingBody;

    @BeforeEach
    void standingBody() {
        scenario.ensureFixture();
        scenario.ensureUser("nv-accounts", Roles.STANDING_BODY);
        standingBody = Http.as(port, "nv-accounts", "pw");
    }

    @Test
    void aSheetWithAnyBadRowCreatesNothingAndListsEveryProblem() throws IOException {
        byte[] sheet = filled(List.of(
                List.of("Bad Login!", "Người A", "TD1", "", "", ""),
                List.of("acc-x1", "", "KHONGCO", "khong-phai-thu", "abc", ""),
                List.of("acc-x2", "Người B", "TD1", "", "", "1"),
                List.of("acc-x3", "Người C", "appraisal-team", "", "", "1, 42"),
                List.of("acc-x3", "Người C", "council", "", "", ""),
                List.of("admin", "Quản trị", "council", "", "", ""),
                List.of("acc-x4", "Người D", "appraisal-team", "", "", "1, 8")));
        long before = identity.createUserQuery().count();

        HttpResponse<String> response = standingBody.upload("/api/accounts/import", "tai-khoan.xlsx", sheet);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("chưa tạo hay sửa tài khoản nào",
                "Dòng 2, cột Tên đăng nhập: \\\"Bad Login!\\\" không hợp lệ",
                "Dòng 3, cột Họ và tên: thiếu họ và tên.",
                "Dòng 3, cột Đơn vị hoặc vai trò: không có đơn vị hoặc vai trò \\\"KHONGCO\\\"",
                "Dòng 3, cột Thư điện tử: \\\"khong-phai-thu\\\" không phải địa chỉ thư điện tử.",
                "Dòng 3, cột Điện thoại: \\\"abc\\\" không phải số điện thoại.",
                "Dòng 4, cột Lĩnh vực thẩm định: chỉ thành viên tổ thẩm định được phân công lĩnh vực.",
                "Dòng 5, cột Lĩnh vực thẩm định: không có lĩnh vực \\\"42\\\"",
                "Dòng 6, cột Tên đăng nhập: tên đăng nhập acc-x3 bị trùng trong tệp.",
                "Dòng 7, cột Tên đăng nhập: admin là tài khoản quản trị hệ thống",
                "Dòng 8, cột Lĩnh vực thẩm định: lĩnh vực \\\"8\\\" (Tác động của cải cách hành chính (điều tra xã hội học)) "
                        + "được chấm bằng kết quả điều tra xã hội học, không do tổ thẩm định chấm.");
        assertThat(identity.createUserQuery().count()).isEqualTo(before);
    }

    @Test
    void accountsAreCreatedWithHandedOverPasswordsThatMustBeChangedAndUpdatedByTheNextSheet() throws IOException {
        byte[] sheet = filled(List.of(
                List.of("acc-td1", "Nguyễn Văn An", "td1", "an@td1.gov.vn", "0220 3851 234", ""),
                List.of("acc-tham-dinh", "Trần Thị Bình", "Tổ giúp việc thẩm định", "binh@snv.gov.vn", "", "2, 3")));

        HttpResponse<byte[]> created = standingBody.uploadForBytes("/api/accounts/import", "tai-khoan.xlsx", sheet);
        HttpResponse<byte[]> council = admin().uploadForBytes("/api/accounts/import", "tai-khoan.xlsx",
                filled(List.of(List.of("acc-hoi-dong", "Lê Văn Cường", "council", "", "", ""))));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(council.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(created.headers().firstValue("Accounts-Created")).hasValue("2");
        assertThat(created.headers().firstValue("Accounts-Updated")).hasValue("0");
        Map<String, String> passwords = passwords(created.body());
        assertThat(passwords).containsOnlyKeys("acc-td1", "acc-tham-dinh");
        assertThat(passwords(council.body())).containsOnlyKeys("acc-hoi-dong");
        assertThat(passwords.values()).allSatisfy(p -> assertThat(p).hasSize(14));
        assertThat(identity.createGroupQuery().groupMember("acc-td1").singleResult().getId()).isEqualTo("unit-TD1");
        assertThat(identity.createUserQuery().userId("acc-td1").singleResult().getEmail()).isEqualTo("an@td1.gov.vn");
        assertThat(areas.of("acc-tham-dinh")).containsExactlyInAnyOrder("2", "3");
        assertThat(identity.createGroupQuery().groupMember("acc-hoi-dong").singleResult().getId()).isEqualTo(Roles.COUNCIL);

        Http unit = Http.as(port, "acc-td1", passwords.get("acc-td1"));
        assertThat(unit.get("/api/me").body()).contains("\"passwordChangeRequired\":true");
        HttpResponse<String> blocked = unit.get("/api/cycles");
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.body()).contains("Bạn cần đổi mật khẩu được cấp trước khi làm việc");
        assertThat(unit.get("/engine-rest/task/count").body()).as("the engine's REST API").contains("Bạn cần đổi mật khẩu");
        Http tasklist = TasklistSession.login(port, "acc-td1", passwords.get("acc-td1")).http();
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task/count").body()).as("the Tasklist")
                .contains("Bạn cần đổi mật khẩu");
        assertThat(tasklist.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").body())
                .as("the Cockpit's plugins").contains("Bạn cần đổi mật khẩu");
        assertThat(tasklist.get("/camunda/api/cockpit/plugin/base/static/../../../engine/engine/default/task/count").body())
                .as("no way around through the plugins' scripts").doesNotContain("\"count\"");
        assertThat(tasklist.get("/camunda/api/admin/auth/user/default").body())
                .as("who is signed in, for the Tasklist to lead to the change").contains("\"userId\":\"acc-td1\"");
        assertThat(Http.as(port, "acc-td1", "sai-mat-khau").get("/engine-rest/task/count").statusCode())
                .as("a wrong password is the engine's to refuse").isEqualTo(401);
        HttpResponse<String> aroundTheApp = unit.json("PUT", "/engine-rest/user/acc-td1/credentials",
                "{\"password\":\"Mat-khau-rieng-2026\",\"authenticatedUserPassword\":\"" + passwords.get("acc-td1") + "\"}");
        assertThat(aroundTheApp.statusCode()).isEqualTo(403);
        assertThat(aroundTheApp.body()).contains("Mật khẩu được đổi tại trang Đổi mật khẩu");
        assertThat(identity.checkPassword("acc-td1", passwords.get("acc-td1"))).isTrue();
        assertThat(unit.json("POST", "/api/me/password", "{\"currentPassword\":\"" + passwords.get("acc-td1")
                + "\",\"newPassword\":\"ngan\"}").statusCode()).isEqualTo(400);
        assertThat(unit.json("POST", "/api/me/password", "{\"currentPassword\":\"sai-mat-khau\",\"newPassword\":"
                + "\"Mat-khau-rieng-2026\"}").body()).contains("Mật khẩu hiện tại không đúng.");
        assertThat(unit.json("POST", "/api/me/password", "{\"currentPassword\":\"" + passwords.get("acc-td1")
                + "\",\"newPassword\":\"Mat-khau-rieng-2026\"}").statusCode()).isEqualTo(204);
        Http own = Http.as(port, "acc-td1", "Mat-khau-rieng-2026");
        assertThat(own.get("/api/cycles").statusCode()).isEqualTo(200);
        assertThat(own.get("/engine-rest/task/count").statusCode()).isEqualTo(200);
        assertThat(own.get("/api/me").body()).contains("\"passwordChangeRequired\":false");

        byte[] again = filled(List.of(List.of("acc-hoi-dong", "Lê Văn Cường", "Lãnh đạo UBND tỉnh", "", "", "")));
        HttpResponse<byte[]> updated = admin().uploadForBytes("/api/accounts/import", "tai-khoan.xlsx", again);
        assertThat(updated.headers().firstValue("Accounts-Created")).hasValue("0");
        assertThat(updated.headers().firstValue("Accounts-Updated")).hasValue("1");
        assertThat(passwords(updated.body())).containsEntry("acc-hoi-dong", "");
        assertThat(identity.createGroupQuery().groupMember("acc-hoi-dong").list()).extracting(g -> g.getId())
                .containsExactly(Roles.LEADERSHIP);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action in ('ACCOUNT_CREATED', 'ACCOUNT_UPDATED') "
                + "and new_value like 'acc-%'", Integer.class)).isEqualTo(4);
    }

    @Test
    void theStandingBodyResetsPasswordsAndAssignsFieldsButNotForAdministratorsOrByOthers() {
        scenario.ensureUser("acc-reset", Roles.unitGroup("TD2"));
        scenario.ensureUser("acc-field", Roles.APPRAISAL_TEAM);

        HttpResponse<String> reset = standingBody.json("POST", "/api/accounts/acc-reset/password-reset", null);
        assertThat(reset.statusCode()).isEqualTo(200);
        String password = reset.body().replaceAll(".*\"password\":\"([^\"]+)\".*", "$1");
        assertThat(Http.as(port, "acc-reset", "pw").get("/api/me").statusCode()).as("the old password is gone").isEqualTo(401);
        assertThat(Http.as(port, "acc-reset", password).get("/api/me").body()).contains("\"passwordChangeRequired\":true");
        assertThat(standingBody.json("POST", "/api/accounts/admin/password-reset", null).statusCode()).isEqualTo(403);
        assertThat(Http.as(port, "acc-field", "pw").json("POST", "/api/accounts/acc-reset/password-reset", null)
                .statusCode()).isEqualTo(403);

        assertThat(standingBody.json("PUT", "/api/accounts/acc-field/areas", "[\"6\",\"7\"]").statusCode()).isEqualTo(204);
        assertThat(areas.of("acc-field")).containsExactlyInAnyOrder("6", "7");
        assertThat(standingBody.json("PUT", "/api/accounts/acc-field/areas", "[\"99\"]").body())
                .contains("Không thể phân công: không có lĩnh vực \\\"99\\\" trong bộ tiêu chí");
        HttpResponse<String> survey = standingBody.json("PUT", "/api/accounts/acc-field/areas", "[\"7\",\"8\"]");
        assertThat(survey.statusCode()).isEqualTo(400);
        assertThat(survey.body()).as("area 8 exists: it is scored by the survey, not appraised")
                .contains("lĩnh vực \\\"8\\\"", "được chấm bằng kết quả điều tra xã hội học, không do tổ thẩm định chấm.")
                .doesNotContain("không có lĩnh vực");
        assertThat(standingBody.json("PUT", "/api/accounts/acc-reset/areas", "[\"1\"]").body())
                .contains("Chỉ thành viên tổ thẩm định được phân công lĩnh vực.");
        assertThat(standingBody.get("/api/accounts").body()).contains("\"login\":\"acc-field\"", "\"areas\":[\"6\",\"7\"]")
                .as("a user created without names has none, not \"null null\"").contains("\"login\":\"acc-field\",\"name\":\"\"");
    }

    @Test
    void onlyAnAdministratorResetsLeadershipTheCouncilAndTheStandingBodyAndNobodyHisOwnPassword() {
        List<String> administered = List.of("acc-r-lanhdao", "acc-r-hoidong", "acc-r-noivu");
        scenario.ensureUser("acc-r-lanhdao", Roles.LEADERSHIP);
        scenario.ensureUser("acc-r-hoidong", Roles.COUNCIL);
        scenario.ensureUser("acc-r-noivu", Roles.STANDING_BODY);
        List<String> others = List.of("acc-r-unit", "acc-r-td", "acc-r-dieutra", "acc-r-kiennghi");
        scenario.ensureUser("acc-r-unit", Roles.unitGroup("TD2"));
        scenario.ensureUser("acc-r-td", Roles.APPRAISAL_TEAM);
        scenario.ensureUser("acc-r-dieutra", Roles.SURVEY_OFFICE);
        scenario.ensureUser("acc-r-kiennghi", Roles.COMPLAINT_REVIEWERS);

        for (String login : administered) {
            HttpResponse<String> refused = standingBody.json("POST", "/api/accounts/" + login + "/password-reset", null);
            assertThat(refused.statusCode()).as(login).isEqualTo(403);
            assertThat(refused.body()).as(login).contains("chỉ quản trị viên hệ thống được cấp lại");
            assertThat(identity.checkPassword(login, "pw")).as(login + " keeps his password").isTrue();
            assertThat(Http.as(port, login, "pw").get("/api/me").body()).contains("\"passwordChangeRequired\":false");
        }
        HttpResponse<String> own = standingBody.json("POST", "/api/accounts/nv-accounts/password-reset", null);
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("Không cấp lại mật khẩu của chính mình");
        assertThat(identity.checkPassword("nv-accounts", "pw")).isTrue();
        assertThat(admin().json("POST", "/api/accounts/admin/password-reset", null).statusCode())
                .as("an administrator neither").isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'PASSWORD_RESET' and new_value like "
                + "'acc-r-%'", Integer.class)).as("nothing done, nothing audited").isZero();

        for (String login : others) {
            assertThat(standingBody.json("POST", "/api/accounts/" + login + "/password-reset", null).statusCode())
                    .as(login).isEqualTo(200);
        }
        HttpResponse<String> byAdministrator = admin().json("POST", "/api/accounts/acc-r-lanhdao/password-reset", null);
        assertThat(byAdministrator.statusCode()).isEqualTo(200);
        assertThat(identity.checkPassword("acc-r-lanhdao", "pw")).isFalse();
        assertThat(standingBody.json("POST", "/api/accounts/acc-r-hoidong/unlock", null).statusCode())
                .as("lifting waits hands nothing over").isEqualTo(204);
    }

    @Test
    void theStandingBodyCannotGiveOrChangeAnAccountOfLeadershipTheCouncilOrTheStandingBodyByImport() throws IOException {
        scenario.ensureUser("imp-lanhdao", Roles.LEADERSHIP);
        scenario.ensureUser("imp-unit", Roles.unitGroup("TD1"));
        long before = identity.createUserQuery().count();

        HttpResponse<String> refused = standingBody.upload("/api/accounts/import", "tai-khoan.xlsx", filled(List.of(
                List.of("imp-lanhdao", "Lãnh đạo", "TD1", "ke-gian@td1.gov.vn", "", ""),
                List.of("imp-unit", "Văn thư", "Lãnh đạo UBND tỉnh", "", "", ""),
                List.of("imp-moi", "Người mới", "council", "", "", ""),
                List.of("nv-accounts", "Chính mình", "standing-body", "", "", ""))));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains(
                "Dòng 2, cột Tên đăng nhập: imp-lanhdao là tài khoản vai trò Lãnh đạo UBND tỉnh; chỉ quản trị viên hệ thống được sửa.",
                "Dòng 3, cột Đơn vị hoặc vai trò: chỉ quản trị viên hệ thống được giao vai trò Lãnh đạo UBND tỉnh.",
                "Dòng 4, cột Đơn vị hoặc vai trò: chỉ quản trị viên hệ thống được giao vai trò Hội đồng thẩm định.",
                "Dòng 5, cột Đơn vị hoặc vai trò: chỉ quản trị viên hệ thống được giao vai trò Cơ quan thường trực");
        assertThat(identity.createUserQuery().count()).isEqualTo(before);
        assertThat(identity.createUserQuery().userId("imp-lanhdao").singleResult().getEmail()).isNull();
        assertThat(identity.createGroupQuery().groupMember("imp-unit").singleResult().getId()).isEqualTo("unit-TD1");
        List<String> offered = new ArrayList<>();
        Workbooks.edit(standingBody.getBytes("/api/accounts/template.xlsx").body(), workbook ->
                workbook.getSheet("Vai trò").forEach(row -> offered.add(row.getCell(0).getStringCellValue())));
        assertThat(offered).as("the standing body's template offers only the roles it may give")
                .contains(Roles.APPRAISAL_TEAM).doesNotContain(Roles.LEADERSHIP, Roles.COUNCIL, Roles.STANDING_BODY);

        assertThat(admin().upload("/api/accounts/import", "tai-khoan.xlsx", filled(List.of(
                List.of("imp-unit", "Văn thư", "Lãnh đạo UBND tỉnh", "", "", "")))).statusCode()).isEqualTo(200);
        assertThat(identity.createGroupQuery().groupMember("imp-unit").singleResult().getId()).isEqualTo(Roles.LEADERSHIP);
    }

    @Test
    void aChosenPasswordMustBeHardToGuessAndNotHoldTheLogin() {
        scenario.ensureUser("acc-chooser", Roles.unitGroup("TD2"));
        Http user = Http.as(port, "acc-chooser", "pw");
        Map<String, String> refusals = Map.of(
                "aaaaaaaaaaaa", "Mật khẩu mới quá dễ đoán",
                "123456789012", "Mật khẩu mới quá dễ đoán",
                "password1234", "Mật khẩu mới quá dễ đoán",
                "Hoa-sen-ACC-CHOOSER-2026", "Mật khẩu mới không được chứa tên đăng nhập (acc-chooser).",
                "ngan-qua", "Mật khẩu mới phải dài 12–128 ký tự.");
        refusals.forEach((weak, message) -> {
            HttpResponse<String> refused = user.json("POST", "/api/me/password", ownPassword("pw", weak));
            assertThat(refused.statusCode()).as(weak).isEqualTo(400);
            assertThat(refused.body()).as(weak).contains(message);
            assertThat(identity.checkPassword("acc-chooser", "pw")).as(weak).isTrue();
        });

        assertThat(user.json("POST", "/api/me/password", ownPassword("pw", "Hoa-sen-tren-ho-thang-9")).statusCode())
                .isEqualTo(204);
        assertThat(identity.checkPassword("acc-chooser", "Hoa-sen-tren-ho-thang-9")).isTrue();
    }

    @Test
    void openingAYearWarnsAboutAreasNobodyAppraises() {
        List<String> fieldSeven = jdbc.queryForList("select user_id from appraiser_area where area_code = '7'", String.class);
        jdbc.update("delete from appraiser_area where area_code = '7'");
        try {
            HttpResponse<String> opened = standingBody.json("POST", "/api/cycles", "{\"year\":" + scenario.unusedYear()
                    + ",\"selfAssessmentDue\":\"" + Scenario.dueSoon() + "\",\"unitCodes\":[\"TD3\"]}");

            assertThat(opened.statusCode()).isEqualTo(201);
            assertThat(opened.body()).contains("\"phase\":\"OPEN\"", "\"warnings\":[\"Lĩnh vực 7 chưa có thành viên tổ "
                    + "thẩm định được phân công: vòng thẩm định không thể kết thúc cho đến khi phân công.\"");
        } finally {
            fieldSeven.forEach(user -> jdbc.update("insert into appraiser_area (user_id, area_code) values (?, '7')", user));
        }
    }

    private byte[] filled(List<List<String>> rows) throws IOException {
        HttpResponse<byte[]> template = standingBody.getBytes("/api/accounts/template.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        Workbooks.edit(template.body(), workbook -> {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tài khoản");
            assertThat(workbook.getSheet("Vai trò")).isNotNull();
            List<String> areas = new ArrayList<>();
            workbook.getSheet("Lĩnh vực").forEach(row -> areas.add(String.join(" | ", row.getCell(0).getStringCellValue(),
                    row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue())));
            assertThat(areas).as("the sheet the guide points to, with each area's name and who scores it").contains(
                    "Mã lĩnh vực | Tên lĩnh vực | Cách chấm",
                    "8 | Tác động của cải cách hành chính (điều tra xã hội học) | Điều tra xã hội học (không phân công)");
            assertThat(areas.stream().filter(a -> a.startsWith("2 | ")).findFirst().orElseThrow()).endsWith("| Tổ thẩm định chấm");
            assertThat(workbook.getSheet("Hướng dẫn").getRow(2).getCell(0).getStringCellValue()).contains("trang \"Lĩnh vực\"");
        });
        return Workbooks.withRows(template.body(), rows);
    }

    private Http admin() {
        return Http.as(port, "admin", "admin");
    }

    private static String ownPassword(String current, String chosen) {
        return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + chosen + "\"}";
    }

    private static Map<String, String> passwords(byte[] handover) throws IOException {
        return Workbooks.column(handover, 0, 3);
    }
}
