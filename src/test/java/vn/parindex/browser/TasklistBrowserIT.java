package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.security.Roles;
import vn.parindex.support.Scenario;
import vn.parindex.support.Browser;
import vn.parindex.support.IntegrationTest;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;

/**
 * In a real browser: a commune's user finishes its self-assessment in the Tasklist (one entry, one PDF, submit);
 * a member of the appraisal team opens the appraisal task, finds the entry and the file, and asks for an
 * explanation of one leaf; the unit then sees that leaf with the team's remark, the others folded away.
 */
class TasklistBrowserIT extends IntegrationTest {

    private static final String UNIT = "BRW_XA";
    private static final String UNIT_NAME = "UBND xã Trình Duyệt";

    @Autowired Assessments assessments;

    @Test
    void aUnitSubmitsInTheTasklistAndTheTeamSeesItsEvidence(@TempDir Path dir) throws IOException {
        scenario.registerCommune(UNIT, UNIT_NAME, "Khối xã kiểm thử trình duyệt");
        scenario.ensureUser("xa-trinh-duyet", Roles.unitGroup(UNIT));
        scenario.ensureAppraiser("td-trinh-duyet", Scenario.ALL_AREAS);
        int year = scenario.openYear(List.of(UNIT));
        scenario.fillAll(year, UNIT, Map.of());
        byte[] pdfContent = "%PDF-1.4\n% Kế hoạch CCHC của xã\n".getBytes(StandardCharsets.UTF_8);
        Path pdf = Files.write(dir.resolve("ke-hoach-xa.pdf"), pdfContent);

        try (Browser b = Browser.start(port)) {
            selfAssessAndSubmit(b, year, pdf);
            assertThat(assessments.get(year, UNIT).status()).isEqualTo(AssessmentStatus.APPRAISAL_1);
            findTheEvidenceAsAppraiser(b, year, pdfContent.length);
            askForAnExplanation(b);
            assertThat(assessments.get(year, UNIT).status()).isEqualTo(AssessmentStatus.EXPLANATION);
            seeTheRequestAsTheUnit(b);
        }
    }

    private void selfAssessAndSubmit(Browser b, int year, Path pdf) {
        String taskName = "Tự đánh giá CCHC năm " + year + ": " + UNIT_NAME;
        b.loginToTasklist("xa-trinh-duyet", "pw");
        b.clickText(taskName);
        b.clickText("Nhận xử lý");
        By rate = By.cssSelector("input[data-leaf='1.2'][data-field='value']");
        b.visible(rate).clear();
        b.visible(rate).sendKeys("150\t");
        b.waitForText(By.cssSelector("[data-leaf-error='1.2']"), "chỉ nhận");
        b.visible(rate).clear();
        b.visible(rate).sendKeys("75\t");
        b.waitForText(By.cssSelector("[data-points='LEAF:1.2']"), "3,00");
        b.upload(By.cssSelector("input[data-upload='1.1']"), pdf);
        b.withText("ke-hoach-xa.pdf");
        b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
        b.waitForText(By.id("par-confirm-error"), "Hãy đánh dấu xác nhận");
        b.click(By.id("par-confirm"));
        b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
        b.waitUntilGone(taskName);
    }

    private void findTheEvidenceAsAppraiser(Browser b, int year, int pdfLength) {
        b.loginToTasklist("td-trinh-duyet", "pw");
        String task = scenario.task(ProcessKeys.unitKey(year, UNIT), TaskKeys.APPRAISAL_ROUND_1).getId();
        b.go("/camunda/app/tasklist/default/#/?task=" + task);
        b.clickText("Nhận xử lý");
        b.withText(UNIT_NAME);
        var link = b.visible(By.linkText("ke-hoach-xa.pdf"));
        Object downloaded = b.async("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(function (r) { return r.arrayBuffer(); })"
                + ".then(function (buffer) { done(buffer.byteLength); });", link.getAttribute("href"));
        assertThat(((Number) downloaded).intValue()).isEqualTo(pdfLength);
        assertThat(b.visible(By.id("pa-leaves")).getText()).contains("75");
    }

    private void askForAnExplanation(Browser b) {
        b.click(By.cssSelector("input[data-leaf='1.2'][data-field='needsExplanation']"));
        b.visible(By.cssSelector("textarea[data-leaf='1.2'][data-field='note']")).sendKeys("Thiếu báo cáo kết quả thực hiện kế hoạch");
        b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
        b.waitUntilGone("Thẩm định vòng 1: " + UNIT_NAME);
    }

    private void seeTheRequestAsTheUnit(Browser b) {
        b.loginToTasklist("xa-trinh-duyet", "pw");
        b.clickText("Giải trình, bổ sung tài liệu: " + UNIT_NAME);
        b.clickText("Nhận xử lý");
        b.waitForText(By.cssSelector("[data-row='1.2']"), "Yêu cầu giải trình: Thiếu báo cáo kết quả thực hiện kế hoạch");
        assertThat(b.all(By.cssSelector("[data-row='1.1']")).get(0).isDisplayed()).isFalse();
        b.click(By.id("par-show-all"));
        assertThat(b.visible(By.cssSelector("[data-row='1.1']")).isDisplayed()).isTrue();
    }
}
