package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.review.AppraiserAreas;
import vn.parindex.rules.RuleSets;
import vn.parindex.security.Roles;
import vn.parindex.support.Browser;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Layout;
import vn.parindex.support.Scenario;
import vn.parindex.support.Workbooks;

/**
 * The standing body works in its workspace: loads accounts and appraisers' fields, opens a year from the proposed
 * defaults and changes one of its windows, follows a unit's submission in the counts and the files, resets a password.
 */
class WorkspaceBrowserIT extends IntegrationTest {

    @Autowired AppraiserAreas areas;
    @Autowired RuleSets ruleSets;

    /** The folder's rules back in force for other tests, after a test adopted an edited catalogue. */
    @AfterEach
    void restoreRules() {
        ruleSets.reloadFromFolder("test");
    }

    private static final String UNIT = "XWS";
    private static final String UNIT_NAME = "UBND xã Bàn Làm Việc";

    @Test
    void theOverviewCountsASubmissionAndListsTheFileWaitingForTheTeam() {
        scenario.registerCommune(UNIT, UNIT_NAME, "Khối xã kiểm thử bàn làm việc");
        scenario.ensureUser("nv-ban-lam-viec", Roles.STANDING_BODY);
        scenario.ensureUser("xws-user", Roles.unitGroup(UNIT));
        int year = scenario.openYear(List.of(UNIT));
        assertThat(Http.as(port, "xws-user", "pw").get("/api/cycles/" + year + "/overview").statusCode()).isEqualTo(403);

        try (Browser b = Browser.start(port)) {
            b.loginToTasklist("nv-ban-lam-viec", "pw");
            b.click(By.linkText("Bàn làm việc"));   // in the Tasklist's header
            b.waitForText(By.id("who"), "Tài khoản: nv-ban-lam-viec");
            showYear(b, year);
            b.waitForText(By.id("counts"), "Đã nộp hồ sơ 0");
            b.waitForText(By.id("files"), UNIT_NAME);

            scenario.throughAppraisalStart(year, UNIT);
            showYear(b, year);
            b.waitForText(By.id("counts"), "Đã nộp hồ sơ 1");
            b.waitForText(By.id("counts"), "Thẩm định vòng 1 1");
            b.waitForText(By.id("waiting"), "lĩnh vực 1: 1");
            new Select(b.visible(By.id("filter-status"))).selectByVisibleText("Thẩm định vòng 1");
            b.waitForText(By.id("files"), UNIT_NAME);
            new Select(b.visible(By.id("filter-status"))).selectByVisibleText("Tất cả");
            assertThat(b.all(By.cssSelector("#files a[href$='/reports/scorecard/" + UNIT + ".xlsx']"))).hasSize(1);

            b.click(By.id("accounts-load"));
            b.visible(By.id("account-filter")).sendKeys("xws-user");
            b.click(By.cssSelector("tr[data-login='xws-user'] button.reset"));
            b.waitForText(By.cssSelector("tr[data-login='xws-user'] .result"), "Mật khẩu mới (trao một lần): ");
            String handedOver = b.visible(By.cssSelector("tr[data-login='xws-user'] .result")).getText()
                    .replace("Mật khẩu mới (trao một lần): ", "");
            assertThat(Http.as(port, "xws-user", handedOver).get("/api/me").body()).contains("\"passwordChangeRequired\":true");
        }
    }

    @Test
    void theStandingBodyLoadsAccountsWithFieldsAndOpensAYearFromTheWorkspace(@TempDir Path dir) throws IOException {
        scenario.registerCommune("XWS2", "UBND xã Mở Năm", "Khối xã kiểm thử bàn làm việc");
        scenario.ensureUser("nv-mo-nam", Roles.STANDING_BODY);
        Http standingBody = Http.as(port, "nv-mo-nam", "pw");
        Path sheet = Files.write(dir.resolve("tai-khoan.xlsx"), Workbooks.withRows(
                standingBody.getBytes("/api/accounts/template.xlsx").body(),
                List.of(List.of("xws2-van-thu", "Vũ Văn Giang", "XWS2", "", "", ""),
                        List.of("td-ban-lam-viec", "Hoàng Thị Hoa", "appraisal-team", "", "", "1, 2"))));
        Path broken = Files.write(dir.resolve("tai-khoan-loi.xlsx"), Workbooks.withRows(
                standingBody.getBytes("/api/accounts/template.xlsx").body(),
                List.of(List.of("xws2-loi", "Vũ Văn Lỗi", "KHONGCO", "", "", ""),
                        List.of("xws2-loi-2", "Vũ Thị Lỗi", "XWS2", "", "abc", ""))));
        int year = scenario.unusedYear();

        try (Browser b = Browser.start(port)) {
            b.loginToTasklist("nv-mo-nam", "pw");
            b.go("/thuong-truc.html");
            b.waitForText(By.id("who"), "Tài khoản: nv-mo-nam");
            b.upload(By.id("accounts-file"), broken);
            b.click(By.cssSelector("button[data-upload='accounts']"));
            b.waitForText(By.id("accounts-message"), "chưa tạo hay sửa tài khoản nào");
            assertThat(b.all(By.cssSelector("#accounts-message li"))).as("each problem on its own line")
                    .extracting(e -> e.getText()).satisfiesExactly(
                            first -> assertThat(first).startsWith("Dòng 2, cột "),
                            second -> assertThat(second).startsWith("Dòng 3, cột Điện thoại"));
            b.upload(By.id("catalogue-file"), broken);
            b.click(By.cssSelector("button[data-upload='catalogue']"));
            b.waitForText(By.id("catalogue-message"), "chưa thay đổi gì");
            assertThat(b.all(By.cssSelector("#catalogue-message li"))).as("the catalogue's problems in place")
                    .extracting(e -> e.getText()).anySatisfy(p -> assertThat(p).startsWith("Thiếu trang tính"));
            Path unchanged = Files.write(dir.resolve("bo-tieu-chi.xlsx"), standingBody.getBytes("/api/catalogue.xlsx").body());
            b.upload(By.id("catalogue-file"), unchanged);
            b.click(By.cssSelector("button[data-upload='catalogue']"));
            b.waitForText(By.id("catalogue-message"), "Tệp không khác bộ luật đang áp dụng");
            Path edited = Files.write(dir.resolve("bo-tieu-chi-sua.xlsx"), Workbooks.edit(Files.readAllBytes(unchanged),
                    wb -> wb.getSheet("mau-so-ban-nganh").getRow(4).getCell(7).setCellValue("Tuyên truyền CCHC trên cổng thông tin")));
            b.upload(By.id("catalogue-file"), edited);
            b.click(By.cssSelector("button[data-upload='catalogue']"));
            b.waitForText(By.id("catalogue-message"), "mau-so-ban-nganh.csv (25 tiêu chí thành phần). So sánh và áp dụng");
            String draft = b.visible(By.cssSelector("#rule-sets tr")).getAttribute("data-rule-set");
            assertThat(b.visible(By.cssSelector("#rule-sets tr")).getText()).contains("Bản nháp", "Bộ tiêu chí", "nv-mo-nam");
            b.click(By.cssSelector("#rule-sets tr[data-rule-set='" + draft + "'] button.adopt"));
            b.waitForText(By.id("rule-sets-message"), "Đã áp dụng phiên bản " + draft + " cho mọi máy chủ");
            b.waitForText(By.cssSelector("#rule-sets tr[data-rule-set='" + draft + "']"), "Đang áp dụng");
            assertThat(ruleSets.latest().id()).isEqualTo(Long.parseLong(draft));
            b.upload(By.id("accounts-file"), sheet);
            b.click(By.cssSelector("button[data-upload='accounts']"));
            b.waitForText(By.id("accounts-message"),
                    "Đã nạp 2 tài khoản: 2 mới, 0 cập nhật; tệp mật khẩu ban đầu đã được tải về (chỉ một lần).");
            assertThat(areas.of("td-ban-lam-viec")).containsExactlyInAnyOrder("1", "2");
            assertThat(standingBody.get("/api/accounts").body()).contains("\"login\":\"xws2-van-thu\"");

            b.click(By.cssSelector("#open-year summary"));
            b.until("the defaults proposed", "return document.getElementById('new-reminder').value === '3'"
                    + " && document.getElementById('new-complaint').value === '5' && document.getElementById('new-year').value !== ''");
            b.visible(By.id("new-year")).clear();
            b.visible(By.id("new-year")).sendKeys(String.valueOf(year));
            String dueSoon = Scenario.dueSoon();   // once: a minute may turn between two calls
            b.async("document.getElementById('new-due').value = '" + dueSoon + "'; arguments[arguments.length - 1]();");
            b.waitForText(By.id("new-scheme"), "MAU-DIEM");
            new Select(b.visible(By.id("new-scheme"))).selectByValue("MAU-DIEM");
            b.click(By.id("open"));
            b.waitForText(By.id("open-message"), "Đã mở năm " + year + ".");
            assertThat(Http.anonymous(port).get("/public-api/years/" + year + "/classification").body())
                    .as("the year opened with the scheme chosen on the page").contains("\"scheme\":\"MAU-DIEM\"");
            b.waitForText(By.id("overview-title"), "Năm " + year);
            b.waitForText(By.id("files"), "UBND xã Mở Năm");
            b.click(By.id("rule-sets-load"));
            b.waitForText(By.cssSelector("#rule-sets tr[data-rule-set='" + draft + "']"), String.valueOf(year));

            b.waitForText(By.id("windows"), "5 ngày kể từ khi công bố kết quả sơ bộ");
            LocalDateTime due = LocalDateTime.parse(dueSoon);
            b.waitForText(By.id("windows"), due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
            scenario.runJobs(year);   // the units' processes start, as the job executor would
            b.click(By.cssSelector("#window-form summary"));
            b.visible(By.id("w-complaint")).clear();
            b.visible(By.id("w-complaint")).sendKeys("10");
            b.click(By.id("w-save"));
            b.waitForText(By.id("w-message"), "Thiếu lý do thay đổi thời hạn.");
            b.visible(By.id("w-reason")).sendKeys("Theo kế hoạch của UBND");
            b.click(By.id("w-save"));
            b.waitForText(By.id("w-message"), "Đã lưu thay đổi thời hạn.");
            b.waitForText(By.id("windows"), "10 ngày kể từ khi công bố kết quả sơ bộ");
            b.screenshot("thuong-truc-thoi-han");
        }
    }

    /**
     * The workspace in the Tasklist's look on a laptop and a phone: every control reachable without scrolling
     * sideways, text readable; a catalogue with a row error and a sum it leaves wrong lists both beside its upload.
     */
    @Test
    void theWorkspaceFitsALaptopAndAPhoneAndListsEveryProblemOfAFileBesideIt(@TempDir Path dir) throws IOException {
        scenario.registerCommune("XWS3", "UBND xã Bàn Làm Việc Nhỏ", "Khối xã kiểm thử bàn làm việc");
        scenario.ensureUser("nv-ban-nho", Roles.STANDING_BODY);
        int year = scenario.openYear(List.of("XWS3"));
        Http standingBody = Http.as(port, "nv-ban-nho", "pw");
        Path catalogue = Files.write(dir.resolve("bo-tieu-chi.xlsx"), Workbooks.edit(
                standingBody.getBytes("/api/catalogue.xlsx").body(), wb -> {
                    wb.getSheet("mau-cap-xa").getRow(1).getCell(8).setCellValue(5);
                    wb.getSheet("mau-cap-xa").getRow(4).createCell(10).setCellValue(3);
                }));

        try (Browser b = Browser.start(port)) {
            b.loginToTasklist("nv-ban-nho", "pw");
            for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
                String screen = size[0] + "x" + size[1];
                b.resize(size[0], size[1]);
                b.go("/thuong-truc.html");
                b.waitForText(By.id("who"), "Tài khoản: nv-ban-nho");
                b.waitForText(By.id("year"), String.valueOf(year));
                new Select(b.visible(By.id("year"))).selectByVisibleText(String.valueOf(year));
                b.waitForText(By.id("files"), "UBND xã Bàn Làm Việc Nhỏ");
                b.visible(By.id("account-filter")).sendKeys("nv-ban-nho");
                b.click(By.id("accounts-load"));
                b.waitForText(By.id("accounts"), "nv-ban-nho");
                assertThat(b.async("var done = arguments[arguments.length - 1]; document.fonts.ready.then(function () {"
                        + " done(getComputedStyle(document.body).fontFamily.indexOf('IBMPlexSans') >= 0 && Array.from(document.fonts)"
                        + ".some(function (f) { return f.family.replace(/[\"']/g, '') === 'IBMPlexSans' && f.status === 'loaded'; })); });"))
                        .as("the Tasklist's font, loaded (%s)", screen).isEqualTo(true);
                b.screenshot("thuong-truc-" + screen);
                assertThat(Layout.problems(b, "#workspace", "input, select, textarea, button, a")).as("at %s", screen).isEmpty();

                b.upload(By.id("catalogue-file"), catalogue);
                b.click(By.cssSelector("button[data-upload='catalogue']"));
                b.waitForText(By.id("catalogue-message"), "Tệp bộ tiêu chí có 3 lỗi; chưa thay đổi gì.");
                assertThat(b.all(By.cssSelector("#catalogue-message li"))).extracting(e -> e.getText()).as("every problem at once")
                        .containsExactly("Trang tính \"mau-cap-xa\", dòng 5: Phương pháp YES_NO không dùng tham số.",
                                "Trang tính \"mau-cap-xa\": tiêu chí K1 có điểm tối đa 10 nhưng các thành phần cộng lại 13.",
                                "Trang tính \"mau-cap-xa\": tổng điểm tối đa (không kể điểm thưởng, điểm trừ) là 103, phải bằng 100.");
                Layout.assertBeside(b, ".tools > div:has(#catalogue-file)", "#catalogue-message", "the catalogue's upload");
                b.screenshot("thuong-truc-" + screen + "-loi-bo-tieu-chi");
                assertThat(Layout.problems(b, "#workspace", "input, select, textarea, button, a")).as("with the problems, at %s", screen)
                        .isEmpty();
            }
        }
    }

    private static void showYear(Browser b, int year) {
        b.go("/thuong-truc.html");
        b.waitForText(By.id("who"), "Tài khoản: nv-ban-lam-viec");
        Select years = new Select(b.visible(By.id("year")));
        b.waitForText(By.id("year"), String.valueOf(year));
        years.selectByVisibleText(String.valueOf(year));
        b.waitForText(By.id("overview-title"), "Năm " + year);
    }
}
