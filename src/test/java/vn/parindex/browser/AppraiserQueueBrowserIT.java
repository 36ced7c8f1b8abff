package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.parindex.security.Roles;
import vn.parindex.support.Browser;
import vn.parindex.support.IntegrationTest;

/**
 * In a real browser: an appraiser's filter "Hồ sơ chờ tôi thẩm định" lists the file with the unit's name and block; his
 * areas come first in the form, the others folded; once he confirms, the form says so and the file leaves his queue.
 * A unit's incomplete submission is refused at the click, its gaps listed by area.
 */
class AppraiserQueueBrowserIT extends IntegrationTest {

    private static final String UNIT = "BRW_HANGDOI";
    private static final String UNIT_NAME = "UBND xã Hàng Đợi";
    private static final String BLOCK = "Khối xã kiểm thử hàng đợi";

    @Test
    void anAppraiserFindsHisFileInHisQueueWithHisAreasFirstAndConfirmsOnce() {
        scenario.registerCommune(UNIT, UNIT_NAME, BLOCK);
        scenario.ensureAppraiser("td-hang-doi", Set.of("2", "3", "6", "7"));
        int year = scenario.openYear(List.of(UNIT));
        scenario.throughAppraisalStart(year, UNIT);
        String taskName = "Thẩm định vòng 1: " + UNIT_NAME + " (" + BLOCK + ")";

        try (Browser b = Browser.start(port)) {
            b.loginToTasklist("td-hang-doi", "pw");
            b.clickText("Hồ sơ chờ tôi thẩm định");
            b.clickText(taskName);
            b.clickText("Nhận xử lý");
            b.waitForText(By.cssSelector("#pa-leaves > :first-child"), "2. ");
            assertThat(b.visible(By.cssSelector("#pa-leaves > :first-child")).getText()).contains("(lĩnh vực của bạn)");
            assertThat(b.visible(By.cssSelector("input[data-leaf='2.1'][data-field='value']")).isDisplayed()).isTrue();
            assertThat(b.all(By.cssSelector("details.pa-other[data-area='1']")).get(0).getAttribute("open")).as("folded").isNull();
            assertThat(b.all(By.cssSelector("[data-row='1.1']")).get(0).isDisplayed()).isFalse();

            b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
            b.waitForText(By.id("pa-state"), "Bạn đã xác nhận lĩnh vực 2, 3, 6, 7");
            b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
            b.waitForText(By.id("pa-error"), "không cần xác nhận lại");

            b.go("/camunda/app/tasklist/default/");
            b.clickText("Hồ sơ chờ tôi thẩm định");
            b.waitUntilGone(taskName);
        }
    }

    @Test
    void anIncompleteSubmissionIsRefusedAtTheClickWithItsGapsByArea() {
        String unit = "BRW_THIEU";
        scenario.registerCommune(unit, "UBND xã Thiếu Hồ Sơ", "Khối xã kiểm thử hồ sơ thiếu");
        scenario.ensureUser("xa-thieu", Roles.unitGroup(unit));
        int year = scenario.openYear(List.of(unit));
        scenario.fillAll(year, unit, Map.of());
        String taskName = "Tự đánh giá CCHC năm " + year + ": UBND xã Thiếu Hồ Sơ";

        try (Browser b = Browser.start(port)) {
            b.loginToTasklist("xa-thieu", "pw");
            b.clickText(taskName);
            b.clickText("Nhận xử lý");
            By value = By.cssSelector("input[data-leaf='1.2'][data-field='value']");
            b.visible(value).clear();
            b.visible(value).sendKeys("\t");
            b.click(By.id("par-confirm"));
            b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));

            b.waitForText(By.id("par-error"), "Hồ sơ chưa đầy đủ, chưa nộp");
            assertThat(b.visible(By.cssSelector("#par-error [data-missing-area]")).getText()).startsWith("Lĩnh vực 1.")
                    .contains("Tiêu chí 1.2");
            assertThat(b.visible(By.cssSelector("[data-row='1.2']")).getAttribute("class")).as("marked at its leaf").contains("invalid");
            b.withText(taskName);
        }
    }
}
