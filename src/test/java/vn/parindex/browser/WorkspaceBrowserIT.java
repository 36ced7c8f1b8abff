package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.parindex.security.Roles;
import vn.parindex.support.Browser;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;

/** The standing body follows a year in its workspace: a unit's submission shows in the counts and in the files. */
class WorkspaceBrowserIT extends IntegrationTest {

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

    private static void showYear(Browser b, int year) {
        b.go("/thuong-truc.html");
        b.waitForText(By.id("who"), "Tài khoản: nv-ban-lam-viec");
        Select years = new Select(b.visible(By.id("year")));
        b.waitForText(By.id("year"), String.valueOf(year));
        years.selectByVisibleText(String.valueOf(year));
        b.waitForText(By.id("overview-title"), "Năm " + year);
    }
}
