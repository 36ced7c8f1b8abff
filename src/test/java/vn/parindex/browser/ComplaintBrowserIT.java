package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.complaint.Complaint;
import vn.parindex.complaint.ComplaintService;
import vn.parindex.complaint.ComplaintStatus;
import vn.parindex.security.Roles;
import vn.parindex.signature.TestPki;
import vn.parindex.support.Browser;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.support.TestAnchors;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;

/**
 * In a real browser: a commune files a complaint on its preliminary result with a signed PDF (/kien-nghi.html), after
 * one with a file that is not what its name says was refused whole; the reviewer opens the decision task in the
 * Tasklist, finds the file and who signed it, accepts with new points; the unit reads the outcome.
 */
class ComplaintBrowserIT extends IntegrationTest {

    private static final String UNIT = "BRW_KN";
    private static final String UNIT_NAME = "UBND xã Kiến Nghị Thử";

    @Autowired ComplaintService complaints;

    @Test
    void aUnitComplainsWithEvidenceAndTheReviewerDecidesInTheTasklist(@TempDir Path dir) throws IOException {
        scenario.registerCommune(UNIT, UNIT_NAME, "Khối xã kiểm thử kiến nghị");
        scenario.ensureUser("xa-kien-nghi", Roles.unitGroup(UNIT));
        scenario.ensureUser("kn-trinh-duyet", Roles.COMPLAINT_REVIEWERS);
        int year = scenario.openYear(List.of(UNIT));
        scenario.throughAppraisal(year, UNIT, Map.of("1.2", BigDecimal.valueOf(50)));
        scenario.throughPreliminary(year, Map.of(UNIT, 80));
        Path pdf = Files.write(dir.resolve("bao-cao-bo-sung.pdf"),
                TestPki.sign(TestPki.pdf("Bao cao bo sung"), TestAnchors.CA.signer("Trần Thị B", "UBND xã Kiến Nghị Thử")));
        Path notPdf = Files.write(dir.resolve("bang-ke.pdf"), "chỉ là văn bản".getBytes(StandardCharsets.UTF_8));

        try (Browser b = Browser.start(port)) {
            b.loginToTasklist("xa-kien-nghi", "pw");
            b.go("/ket-qua.html");   // the unit reads its preliminary result, then follows the link to complain
            b.waitForText(By.id("year"), String.valueOf(year));
            new Select(b.visible(By.id("year"))).selectByVisibleText(String.valueOf(year));
            new Select(b.visible(By.id("stage"))).selectByValue("PRELIMINARY");
            b.waitForText(By.id("ranking"), UNIT_NAME);
            b.click(By.linkText("gửi kiến nghị"));
            new Select(b.visible(By.id("leaf"))).selectByValue("1.2");
            b.visible(By.id("reason")).sendKeys("Tỷ lệ hoàn thành kế hoạch là 100%, có báo cáo kèm theo");
            b.upload(By.id("files"), notPdf);
            b.click(By.id("send"));
            b.waitForText(By.id("message"), "Tệp \"bang-ke.pdf\" không đúng loại cho phép");
            assertThat(complaints.list(year, Scenario.role(Roles.COMPLAINT_REVIEWERS))).as("refused whole").isEmpty();
            b.script("document.getElementById('files').value = ''");
            b.upload(By.id("files"), pdf);
            b.click(By.id("send"));
            b.waitForText(By.id("message"), "Đang xử lý");
            Complaint filed = complaints.list(year, Scenario.role(Roles.COMPLAINT_REVIEWERS)).get(0);

            b.loginToTasklist("kn-trinh-duyet", "pw");
            String task = scenario.task(ProcessKeys.complaintKey(year, filed.id()), TaskKeys.DECIDE_COMPLAINT).getId();
            b.go("/camunda/app/tasklist/default/#/?task=" + task);
            b.clickText("Nhận xử lý");
            b.waitForText(By.id("cd-complaint"), "bao-cao-bo-sung.pdf (kiến nghị)");
            b.waitForText(By.cssSelector("#cd-complaint .par-signature.verified"), "Ký số: Trần Thị B (UBND xã Kiến Nghị Thử), ");
            b.click(By.cssSelector("input[name='cd-decision'][value='accept']"));
            b.visible(By.id("cd-points")).sendKeys("4");
            b.visible(By.id("cd-reason")).sendKeys("Báo cáo bổ sung chứng minh hoàn thành 100% kế hoạch");
            b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
            b.waitUntilGone("Giải quyết kiến nghị của " + UNIT_NAME);

            Complaint decided = complaints.get(filed.id(), Scenario.role(Roles.COMPLAINT_REVIEWERS));
            assertThat(decided.status()).isEqualTo(ComplaintStatus.ACCEPTED);
            assertThat(decided.newPoints()).isEqualByComparingTo("4");
            b.loginToTasklist("xa-kien-nghi", "pw");
            b.click(By.linkText("Kiến nghị"));   // in the Tasklist's header
            b.waitForText(By.id("complaints"), "Được chấp nhận");
        }
    }
}
