package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.AssessmentView;
import vn.parindex.assessment.AssessmentView.LeafView;
import vn.parindex.security.Roles;
import vn.parindex.signature.TestPki;
import vn.parindex.support.Browser;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Layout;
import vn.parindex.support.Scenario;
import vn.parindex.support.TestAnchors;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;

/**
 * The self-assessment and appraisal forms as a person meets them in the Tasklist on the commonest office laptop
 * (1366 × 768) and on a phone (390 × 844): every input of every leaf reachable without scrolling sideways, text
 * readable, each error at its leaf; a draft with a wrong answer keeps the right ones, and the wrong one stays marked
 * after a reload. Screenshots in target/screenshots/ for review.
 */
class SelfAssessmentFormBrowserIT extends IntegrationTest {

    private static final String UNIT = "BRW_BOCUC";
    private static final String UNIT_NAME = "UBND xã Bố Cục Biểu Mẫu";
    private static final By RATE = By.cssSelector("[data-row='1.2'] input[data-field='value']");
    private static final By CHOICE = By.cssSelector("[data-row='1.4'] select[data-field='value']");

    @Autowired Assessments assessments;
    @Autowired AssessmentService assessmentService;

    @Test
    void theSelfAssessmentFitsALaptopAndAPhoneAndADraftKeepsItsValidAnswers(@TempDir Path dir) throws IOException {
        scenario.registerCommune(UNIT, UNIT_NAME, "Khối xã kiểm thử bố cục");
        scenario.ensureUser("xa-bo-cuc", Roles.unitGroup(UNIT));
        int year = scenario.openYear(List.of(UNIT));
        scenario.fillAll(year, UNIT, Map.of());
        Path text = Files.writeString(dir.resolve("ghi-chu.txt"), "Ghi chú không phải tài liệu kiểm chứng");

        try (Browser b = Browser.start(port)) {
            b.resize(1366, 768);
            b.loginToTasklist("xa-bo-cuc", "pw");
            b.clickText("Tự đánh giá CCHC năm " + year + ": " + UNIT_NAME);
            b.clickText("Nhận xử lý");
            b.visible(RATE);
            b.screenshot("self-assessment-1366x768");
            assertThat(Layout.problems(b, "form.par-self-assessment", Layout.LEAF_CONTROLS)).as("at 1366 × 768").isEmpty();

            b.upload(By.cssSelector("input[data-upload='1.1']"), text);
            b.waitForText(By.cssSelector("[data-row='1.1'] [data-leaf-error='1.1']"), "không đúng loại cho phép");
            Layout.assertBesideLeaf(b, "1.1");
            b.upload(By.cssSelector("input[data-upload='1.1']"), Files.write(dir.resolve("ke-hoach-da-ky.pdf"), signedPdf()));
            b.waitForText(By.cssSelector("[data-row='1.1'] .par-signature.verified"), "Ký số: Nguyễn Văn A (Sở Nội vụ), ");
            assertThat(b.visible(By.cssSelector("[data-row='1.1'] .par-signature.verified")).getText())
                    .endsWith("nguyên vẹn, chứng thư hợp lệ, chưa kiểm tra thu hồi");

            b.visible(RATE).sendKeys(Keys.chord(Keys.CONTROL, "a"), "150\t");
            b.waitForText(By.cssSelector("[data-row='1.2'] [data-leaf-error='1.2']"), "chỉ nhận tỷ lệ từ 0 đến 100");
            new Select(b.visible(CHOICE)).selectByValue("0");
            b.until("leaf 1.4's running points after its save", "return document.querySelector(\"[data-points='LEAF:1.4']\").textContent.indexOf('0,00') >= 0");
            assertThat(answer(year, UNIT, "1.4")).as("the right answer is saved beside the wrong one").isEqualByComparingTo("0");
            assertThat(answer(year, UNIT, "1.2")).as("the wrong one is not: the earlier answer stays").isEqualByComparingTo("100");

            b.refresh();
            b.waitForText(By.cssSelector("[data-row='1.2'] [data-leaf-error='1.2']"), "Chưa lưu: chỉ nhận tỷ lệ từ 0 đến 100");
            assertThat(b.visible(RATE).getAttribute("value")).as("the wrong answer is shown again, marked").isEqualTo("150");
            assertThat(b.visible(By.cssSelector("[data-row='1.2']")).getAttribute("class")).contains("invalid");
            assertThat(new Select(b.visible(CHOICE)).getFirstSelectedOption().getAttribute("value")).isEqualTo("0");
            Layout.assertBesideLeaf(b, "1.2");
            b.screenshot("self-assessment-1366x768-wrong-answer-after-reload");

            b.click(By.id("par-confirm"));
            b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
            b.waitForText(By.id("par-error"), "chưa lưu các mục có dữ liệu không hợp lệ");
            assertThat(assessments.get(year, UNIT).status()).as("no submission while an answer is wrong").isEqualTo(AssessmentStatus.DRAFT);

            b.resize(390, 844);
            b.visible(RATE);
            b.screenshot("self-assessment-390x844");
            assertThat(Layout.problems(b, "form.par-self-assessment", Layout.LEAF_CONTROLS)).as("at 390 × 844").isEmpty();
            Layout.assertBesideLeaf(b, "1.2");
        }
    }

    @Test
    void theAppraisalFitsALaptopAndAPhoneAndAWrongValueIsMarkedAtItsLeaf() {
        String unit = UNIT + "_TD";
        scenario.registerCommune(unit, UNIT_NAME + " (thẩm định)", "Khối xã kiểm thử bố cục");
        scenario.ensureAppraiser("td-bo-cuc", Scenario.ALL_AREAS);
        scenario.ensureUser("xa-bo-cuc-td", Roles.unitGroup(unit));
        int year = scenario.openYear(List.of(unit));
        assertThat(Http.as(port, "xa-bo-cuc-td", "pw").upload("/api/cycles/" + year + "/assessments/" + unit + "/evidence",
                "quyet-dinh-da-ky.pdf", signedPdf(), "leafCode", "1.1").statusCode()).isEqualTo(200);
        scenario.throughAppraisalStart(year, unit);
        String task = scenario.task(ProcessKeys.unitKey(year, unit), TaskKeys.APPRAISAL_ROUND_1).getId();

        try (Browser b = Browser.start(port)) {
            b.resize(1366, 768);
            b.loginToTasklist("td-bo-cuc", "pw");
            b.go("/camunda/app/tasklist/default/#/?task=" + task);
            b.clickText("Nhận xử lý");
            By value = By.cssSelector("[data-row='1.2'] input[data-field='value']");
            b.visible(value);
            b.waitForText(By.cssSelector("[data-row='1.1'] .par-signature.verified"), "Ký số: Nguyễn Văn A (Sở Nội vụ), ");
            b.screenshot("appraisal-1366x768");
            assertThat(Layout.problems(b, "form.par-appraisal", Layout.LEAF_CONTROLS)).as("at 1366 × 768").isEmpty();

            b.visible(value).sendKeys("150");
            b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
            b.waitForText(By.cssSelector("[data-row='1.2'] [data-leaf-error='1.2']"), "chỉ nhận tỷ lệ từ 0 đến 100");
            assertThat(b.visible(By.cssSelector("[data-row='1.2']")).getAttribute("class")).contains("invalid");
            Layout.assertBesideLeaf(b, "1.2");
            b.screenshot("appraisal-1366x768-wrong-value");
            assertThat(scenario.task(ProcessKeys.unitKey(year, unit), TaskKeys.APPRAISAL_ROUND_1)).as("nothing confirmed").isNotNull();

            b.resize(390, 844);
            b.visible(value);
            b.screenshot("appraisal-390x844");
            assertThat(Layout.problems(b, "form.par-appraisal", Layout.LEAF_CONTROLS)).as("at 390 × 844").isEmpty();
            Layout.assertBesideLeaf(b, "1.2");
            b.screenshot("appraisal-390x844-wrong-value");
        }
    }

    @Test
    void aDecimalCommaIsSavedAndScoredAndTextInANumberStaysMarkedAtItsLeafAcrossAReload() {
        String unit = UNIT + "_SO";
        scenario.registerCommune(unit, UNIT_NAME + " (số thập phân)", "Khối xã kiểm thử bố cục");
        scenario.ensureUser("xa-so-thap-phan", Roles.unitGroup(unit));
        int year = scenario.openYear(List.of(unit));
        scenario.fillAll(year, unit, Map.of());
        List<String> rates = view(year, unit).leaves().stream().filter(LeafView::rate).map(LeafView::code).toList();
        String comma = rates.get(0);
        String text = rates.get(1);
        By commaInput = By.cssSelector("[data-row='" + comma + "'] input[data-field='value']");
        By textInput = By.cssSelector("[data-row='" + text + "'] input[data-field='value']");
        By textError = By.cssSelector("[data-leaf-error='" + text + "']");
        String pointsBefore = "return document.querySelector(\"[data-points='LEAF:" + comma + "']\").textContent";

        try (Browser b = Browser.start(port)) {
            b.resize(1366, 768);
            b.loginToTasklist("xa-so-thap-phan", "pw");
            b.clickText("Tự đánh giá CCHC năm " + year + ": " + UNIT_NAME + " (số thập phân)");
            b.clickText("Nhận xử lý");
            b.visible(commaInput);
            b.until("leaf " + comma + "'s running points", pointsBefore + ".length > 0");
            Object fullMarks = b.script(pointsBefore);

            b.visible(commaInput).sendKeys(Keys.chord(Keys.CONTROL, "a"), "1,5\t");
            b.until("leaf " + comma + "'s running points after its save", pointsBefore + " !== arguments[0]", fullMarks);
            assertThat(answer(year, unit, comma)).as("a decimal comma read as Vietnamese writes it").isEqualByComparingTo("1.5");
            assertThat(b.script(pointsBefore)).as("and scored").isEqualTo("Điểm tạm tính: "
                    + leaf(year, unit, comma).runningPoints().setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ','));

            b.visible(textInput).sendKeys(Keys.chord(Keys.CONTROL, "a"), "abc\t");
            b.waitForText(textError, "kết quả \"abc\" không phải là số");
            new Select(b.visible(CHOICE)).selectByValue("0");
            b.until("leaf 1.4's running points after its save", "return document.querySelector(\"[data-points='LEAF:1.4']\").textContent.indexOf('0,00') >= 0");
            assertThat(answer(year, unit, "1.4")).as("the other leaves are saved beside the text").isEqualByComparingTo("0");
            assertThat(answer(year, unit, text)).as("the text is not: the earlier answer stays").isEqualByComparingTo("100");

            b.refresh();
            b.waitForText(textError, "Chưa lưu: kết quả \"abc\" không phải là số");
            assertThat(b.visible(textInput).getAttribute("value")).as("the text is shown again as typed, marked").isEqualTo("abc");
            assertThat(b.visible(By.cssSelector("[data-row='" + text + "']")).getAttribute("class")).contains("invalid");
            assertThat(b.visible(commaInput).getAttribute("value")).as("the saved number, with its decimal comma").isEqualTo("1,5");
            Layout.assertBesideLeaf(b, text);
            b.screenshot("self-assessment-1366x768-text-in-a-number");
        }
    }

    @Test
    void aCompletionClickedTwiceIsSentOnce() {
        String unit = UNIT + "_HT";
        scenario.registerCommune(unit, UNIT_NAME + " (hoàn thành)", "Khối xã kiểm thử bố cục");
        scenario.ensureUser("xa-hoan-thanh", Roles.unitGroup(unit));
        int year = scenario.openYear(List.of(unit));
        scenario.fillAll(year, unit, Map.of());

        try (Browser b = Browser.start(port)) {
            b.resize(1366, 768);
            b.loginToTasklist("xa-hoan-thanh", "pw");
            b.clickText("Tự đánh giá CCHC năm " + year + ": " + UNIT_NAME + " (hoàn thành)");
            b.clickText("Nhận xử lý");
            b.visible(RATE);
            b.click(By.id("par-confirm"));
            // the submissions sent counted, and the way back to the task list noted instead of taken
            b.script("window.parSubmits = 0; var fetch = window.fetch;"
                    + "window.fetch = function (url) { if (String(url).endsWith('/submit')) { window.parSubmits++; }"
                    + "  return fetch.apply(this, arguments); };"
                    + "ParForms.done = function () { window.parDone = true; };"
                    + "var complete = document.querySelector('button[ng-click=\\'complete()\\']');"
                    + "complete.click(); complete.click();");

            b.until("the submission's answer", "return window.parDone === true");
            assertThat(b.script("return window.parSubmits")).as("one submission sent").isEqualTo(1L);
            assertThat(b.script("return document.querySelector('button[ng-click=\\'complete()\\']').disabled"))
                    .as("no further click once submitted").isEqualTo(true);
            assertThat(b.script("return document.getElementById('par-error').textContent")).as("no refusal shown").isEqualTo("");
            assertThat(assessments.get(year, unit).status()).isEqualTo(AssessmentStatus.APPRAISAL_1);
        }
    }

    private AssessmentView view(int year, String unit) {
        return assessmentService.view(year, unit, Scenario.unit(unit));
    }

    private LeafView leaf(int year, String unit, String code) {
        return view(year, unit).leaves().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    private BigDecimal answer(int year, String unit, String code) {
        return leaf(year, unit, code).answers().get("SELF").value();
    }

    /** A PDF signed under the integration tests' trusted CA. */
    private static byte[] signedPdf() {
        return TestPki.sign(TestPki.pdf("Ke hoach CCHC"), TestAnchors.CA.signer("Nguyễn Văn A", "Sở Nội vụ"));
    }
}
