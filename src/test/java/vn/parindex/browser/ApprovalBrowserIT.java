package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.security.Roles;
import vn.parindex.support.Browser;
import vn.parindex.support.IntegrationTest;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.year.CyclePhase;
import vn.parindex.year.Years;

/**
 * In a real browser: the survey office finds the year's templates in its task; the standing body reviews and publishes the preliminary ranking; after the complaint window
 * leadership sends the ranking back with a reason, the council lowers a leaf in its revision
 * form, and leadership, seeing the change against the preliminary results and its reason, approves: the year is
 * published.
 */
class ApprovalBrowserIT extends IntegrationTest {

    @Autowired Years cycles;
    @Autowired TaskService tasks;

    @Test
    void leadershipSendsBackTheCouncilRevisesAndLeadershipApproves() {
        scenario.ensureUser("ld-trinh-duyet", Roles.LEADERSHIP);
        scenario.ensureUser("hd-trinh-duyet", Roles.COUNCIL);
        scenario.ensureUser("nv-trinh-duyet", Roles.STANDING_BODY);
        scenario.ensureUser("dt-trinh-duyet", Roles.SURVEY_OFFICE);
        int year = scenario.openYear(List.of("TD1", "TD2"));
        scenario.throughAppraisal(year, "TD1", Map.of());
        scenario.throughAppraisal(year, "TD2", Map.of());

        try (Browser b = Browser.start(port)) {
            b.loginToTasklist("dt-trinh-duyet", "pw");
            openTask(b, year, TaskKeys.IMPORT_SURVEY);
            b.waitForText(By.id("sv-template-counts"), "nhập số phiếu");
            assertThat(b.visible(By.id("sv-template-counts")).getAttribute("href"))
                    .endsWith("/api/cycles/" + year + "/survey/template.xlsx?answerCounts=true");
            tasks.setAssignee(scenario.task(ProcessKeys.cycleKey(year), TaskKeys.IMPORT_SURVEY).getId(), null);
            scenario.importSurvey(year, Map.of("TD1", 80, "TD2", 80));

            b.loginToTasklist("nv-trinh-duyet", "pw");
            openTask(b, year, TaskKeys.REVIEW_PRELIMINARY);
            b.waitForText(By.id("pr-results"), "Sở thử nghiệm TD1");
            assertThat(b.visible(By.id("pr-window")).getText()).isEqualTo("5 ngày");
            b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
            b.waitUntilGone("Xem xét, công bố kết quả sơ bộ năm " + year);
            scenario.runJobs(year);
            assertThat(cycles.get(year).phase()).isEqualTo(CyclePhase.PRELIMINARY_PUBLISHED);
            scenario.advance(year, Duration.ofDays(6));

            b.loginToTasklist("ld-trinh-duyet", "pw");
            openTask(b, year, TaskKeys.APPROVE_RESULTS);
            b.waitForText(By.id("ap-results"), "Sở thử nghiệm TD2");
            assertThat(changeCell(b, "TD2")).as("nothing changed since the preliminary results").isEqualTo("—");
            b.click(By.cssSelector("input[name='ap-decision'][value='sendback']"));
            b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
            b.waitForText(By.id("ap-error"), "phải nêu lý do");
            b.visible(By.id("ap-reason")).sendKeys("Đề nghị rà soát tiêu chí 1.2 của Sở thử nghiệm TD2");
            b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
            b.waitUntilGone("Phê duyệt kết quả Chỉ số CCHC năm " + year);
            assertThat(cycles.get(year).phase()).isEqualTo(CyclePhase.COUNCIL_REVISION);

            b.loginToTasklist("hd-trinh-duyet", "pw");
            openTask(b, year, TaskKeys.COUNCIL_REVISION);
            b.waitForText(By.id("cr-reason"), "Đề nghị rà soát tiêu chí 1.2");
            b.visible(By.id("cr-unit")).sendKeys("TD2");
            b.visible(By.id("cr-leaf")).sendKeys("1.2");
            b.visible(By.id("cr-points")).sendKeys("1");
            b.visible(By.id("cr-why")).sendKeys("Tỷ lệ hoàn thành kế hoạch tính lại theo báo cáo quý IV");
            b.click(By.id("cr-save"));
            b.waitForText(By.id("cr-done"), "TD2 – 1.2: 1");
            b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
            b.waitUntilGone("Hội đồng thẩm định xem xét lại kết quả năm " + year);
            scenario.runJobs(year);

            b.loginToTasklist("ld-trinh-duyet", "pw");
            openTask(b, year, TaskKeys.APPROVE_RESULTS);
            b.waitForText(By.id("ap-results"), "Hội đồng thẩm định điều chỉnh, tiêu chí 1.2: 1.00 điểm");
            assertThat(changeCell(b, "TD2")).startsWith("Sơ bộ 94.00% · Nhóm 1 · hạng ").contains(" → chính thức ")
                    .endsWith("Hội đồng thẩm định điều chỉnh, tiêu chí 1.2: 1.00 điểm"
                            + " (Tỷ lệ hoàn thành kế hoạch tính lại theo báo cáo quý IV)");
            b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
            b.waitUntilGone("Phê duyệt kết quả Chỉ số CCHC năm " + year);
        }
        scenario.runJobs(year);
        assertThat(cycles.get(year).phase()).isEqualTo(CyclePhase.PUBLISHED);
    }

    /** The approval form's "Thay đổi" cell of the unit's row. */
    private static String changeCell(Browser b, String unitCode) {
        return b.visible(By.cssSelector("#ap-results tr[data-unit='" + unitCode + "'] td:last-child")).getText();
    }

    private void openTask(Browser b, int year, String taskKey) {
        b.go("/camunda/app/tasklist/default/#/?task=" + scenario.task(ProcessKeys.cycleKey(year), taskKey).getId());
        b.clickText("Nhận xử lý");
    }
}
