package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.security.Roles;
import vn.parindex.support.Browser;
import vn.parindex.support.IntegrationTest;
import vn.parindex.workflow.ProcessKeys;

/**
 * The models draw in a real browser: a unit sees in the Tasklist's "Sơ đồ" tab where its file stands; an
 * administrator sees in Cockpit where the year stands, with the number of instances waiting on each step.
 */
class DiagramBrowserIT extends IntegrationTest {

    private static final String UNIT = "SD_XA";
    private static final String UNIT_NAME = "UBND xã Sơ Đồ";

    @Autowired RuntimeService runtime;

    @Test
    void aUnitAndAnAdministratorSeeWhereTheYearStands() {
        scenario.registerCommune(UNIT, UNIT_NAME, "Khối xã kiểm thử sơ đồ");
        scenario.ensureUser("xa-so-do", Roles.unitGroup(UNIT));
        scenario.ensureUser("qt-so-do", Roles.ADMIN);
        int year = scenario.openYear(List.of(UNIT));

        try (Browser b = Browser.start(port)) {
            b.loginToTasklist("xa-so-do", "pw");
            b.clickText("Tự đánh giá CCHC năm " + year + ": " + UNIT_NAME);
            b.clickText("Sơ đồ");
            b.visible(By.cssSelector("[data-element-id='Task_SelfAssessment'].highlight"));
            assertThat(b.all(By.cssSelector("[data-element-id='SubProcess_SelfAssessment']"))).isNotEmpty();
            assertLabelsReadAsNames(b, "Task_SelfAssessment", "Tự đánh giá CCHC");
            b.screenshot("so-do-tasklist");

            b.loginToTasklist("qt-so-do", "pw");
            String cycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ProcessKeys.cycleKey(year))
                    .singleResult().getId();
            b.go("/camunda/app/cockpit/default/#/process-instance/" + cycle + "/runtime");
            b.waitForText(By.cssSelector(".djs-overlays[data-container-id='Task_ImportSurvey'] .instance-count"), "1");
            b.waitForText(By.cssSelector(".djs-overlays[data-container-id='Event_AllUnitsAppraised'] .instance-count"), "1");
            assertThat(b.all(By.cssSelector(".djs-overlays[data-container-id='Task_ApproveResults'] .instance-count"))
                    .stream().filter(badge -> badge.isDisplayed()).toList()).as("no instance waits for approval").isEmpty();
            assertLabelsReadAsNames(b, "Task_ImportSurvey", "Nhập kết quả điều tra xã hội học");
            b.screenshot("so-do-cockpit");
        }
    }

    /** Every label drawn reads as a name, not an expression, and the task's label is its name (drawn over lines). */
    @SuppressWarnings("unchecked")
    private static void assertLabelsReadAsNames(Browser b, String taskId, String taskLabel) {
        b.until("the diagram's labels are drawn", "return document.querySelectorAll('.djs-container svg text').length > 10");
        List<String> labels = (List<String>) b.script("return Array.prototype.map.call("
                + "document.querySelectorAll('.djs-container svg text'), function (t) {"
                + " return Array.prototype.map.call(t.querySelectorAll('tspan'), function (s) { return s.textContent; }).join(' '); });");
        assertThat(labels).as("labels drawn").isNotEmpty().noneMatch(label -> label.contains("${"));
        assertThat((String) b.script("return Array.prototype.map.call(document.querySelectorAll("
                + "\".djs-element[data-element-id='\" + arguments[0] + \"'] text tspan\"), function (s) { return s.textContent.trim(); }).join(' ');",
                taskId)).isEqualTo(taskLabel);
    }
}
