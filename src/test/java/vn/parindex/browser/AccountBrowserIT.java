package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.parindex.security.Roles;
import vn.parindex.support.Browser;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Workbooks;

/**
 * A commune's official logs in with the password the standing body handed over, is taken to choose his own (the
 * Tasklist shows him nothing before) and then finds his task.
 */
class AccountBrowserIT extends IntegrationTest {

    private static final String UNIT = "XACC";
    private static final String UNIT_NAME = "UBND xã Tài Khoản";

    @Test
    void aHandedOverPasswordIsReplacedAndTheTaskIsThere() throws IOException {
        scenario.registerCommune(UNIT, UNIT_NAME, "Khối xã kiểm thử tài khoản");
        scenario.ensureUser("nv-account-browser", Roles.STANDING_BODY);
        Http standingBody = Http.as(port, "nv-account-browser", "pw");
        byte[] sheet = Workbooks.withRows(standingBody.getBytes("/api/accounts/template.xlsx").body(),
                List.of(List.of("xa-tai-khoan", "Phạm Thị Dung", UNIT, "dung@xa.gov.vn", "", "")));
        String handedOver = Workbooks.column(standingBody.uploadForBytes("/api/accounts/import", "tai-khoan.xlsx", sheet).body(),
                0, 3).get("xa-tai-khoan");
        int year = scenario.openYear(List.of(UNIT));

        try (Browser b = Browser.start(port)) {
            b.submitTasklistLogin("xa-tai-khoan", handedOver);
            b.waitForText(By.id("who"), "bạn cần đổi mật khẩu được cấp");
            b.visible(By.id("current")).sendKeys(handedOver);
            b.visible(By.id("chosen")).sendKeys("Mat-khau-cua-Dung-2026");
            b.visible(By.id("again")).sendKeys("Mat-khau-cua-Dung-2026");
            b.click(By.cssSelector("button[type=submit]"));
            b.waitForText(By.id("message"), "Đã đổi mật khẩu.");

            b.loginToTasklist("xa-tai-khoan", "Mat-khau-cua-Dung-2026");
            b.withText("Tự đánh giá CCHC năm " + year + ": " + UNIT_NAME);
        }
        assertThat(Http.as(port, "xa-tai-khoan", "Mat-khau-cua-Dung-2026").get("/api/me").body())
                .contains("\"passwordChangeRequired\":false");
    }
}
