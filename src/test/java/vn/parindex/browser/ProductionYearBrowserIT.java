package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.support.ProductionYear.OWN_PASSWORD;
import static vn.parindex.support.ProductionYear.handOver;
import static vn.parindex.support.ProductionYear.ownPassword;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.parindex.support.AppNode;
import vn.parindex.support.Await;
import vn.parindex.support.Browser;
import vn.parindex.support.Http;
import vn.parindex.support.ProductionYear;
import vn.parindex.support.TestMail;
import vn.parindex.support.Workbooks;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;

/**
 * A province's year in Chromium on the production profile, from an empty PostgreSQL to published final results, on
 * the product's own screens where a person works: the standing body's workspace, the password page, the Tasklist's
 * forms, the complaint page and the leadership's approval; GreenMail receives the mails and one of their links is
 * followed. Two departments of one block: Sở Tư pháp leads the preliminary ranking, Sở Nội vụ's accepted complaint
 * puts it first, and leadership sees that change with its reason before approving.
 */
class ProductionYearBrowserIT {

    /** The address users open: every link in a mail starts with it; the test follows the path on the node. */
    private static final String PUBLIC_URL = "https://chisocchc.tinh-thu.gov.vn";
    private static final String LEAF = "4.1";
    private static final String COMPLAINT_REASON = "Quyết định quy định chức năng, nhiệm vụ đã ban hành tháng 3";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "(/\\S*)");

    @Test
    void aYearWalksFromAnEmptyDatabaseToPublishedFinalResults(@TempDir Path dir) throws Exception {
        try (AppNode node = ProductionYear.startNode("production-walk", Map.of("par.public-url", PUBLIC_URL,
                "par.mail.digest-cron", "*/2 * * * * *"));
             Browser b = Browser.start(node.port())) {
            int port = node.port();
            // Accounts through the API: the workspace hands the initial passwords back as a download, which a
            // headless browser saves out of the test's reach.
            Map<String, String> staff = handOver(Http.as(port, "admin", ProductionYear.ADMIN_PASSWORD), List.of(
                    List.of("nv-walk", "Đỗ Thị Hạnh", "standing-body", "hanh@walk.gov.vn", "", ""),
                    List.of("ld-walk", "Nguyễn Văn Lãnh", "leadership", "lanh@walk.gov.vn", "", "")));
            changePassword(b, "nv-walk", staff.get("nv-walk"));
            Http standingBody = Http.as(port, "nv-walk", OWN_PASSWORD);

            b.loginToTasklist("nv-walk", OWN_PASSWORD);
            b.go("/thuong-truc.html");
            b.waitForText(By.id("who"), "Tài khoản: nv-walk");
            Path registry = Files.write(dir.resolve("don-vi.xlsx"), Workbooks.withRows(
                    download(b, "a[href='/api/units/template.xlsx']"), List.of(
                            List.of("SNV", "Sở Nội vụ", "DEPARTMENT", "Khối sở, ban, ngành", "", "01/01/2020", "", ""),
                            List.of("STP", "Sở Tư pháp", "DEPARTMENT", "Khối sở, ban, ngành", "", "01/01/2020", "", ""))));
            b.upload(By.id("units-file"), registry);
            b.click(By.cssSelector("button[data-upload='units']"));
            b.waitForText(By.id("units-message"), "Đã nạp 2 đơn vị: 2 mới, 0 cập nhật.");
            Map<String, String> passwords = handOver(standingBody, List.of(
                    List.of("snv", "Văn thư Sở Nội vụ", "SNV", "vanthu@snv.walk.gov.vn", "", ""),
                    List.of("stp", "Văn thư Sở Tư pháp", "STP", "vanthu@stp.walk.gov.vn", "", ""),
                    List.of("td-a", "Thẩm định viên A", "appraisal-team", "td-a@walk.gov.vn", "", "1, 2, 3, 4"),
                    List.of("td-b", "Thẩm định viên B", "appraisal-team", "td-b@walk.gov.vn", "", "5, 6, 7, 9"),
                    List.of("dieu-tra", "Cán bộ điều tra", "survey-office", "", "", ""),
                    List.of("kn-walk", "Người giải quyết kiến nghị", "complaint-reviewers", "", "", "")));

            b.click(By.cssSelector("#open-year summary"));
            b.until("the proposed year and windows", "return document.getElementById('new-year').value !== ''"
                    + " && document.getElementById('new-due').value !== '' && document.getElementById('new-complaint').value === '5'");
            int year = Integer.parseInt(b.visible(By.id("new-year")).getAttribute("value"));
            b.click(By.id("open"));
            b.waitForText(By.id("open-message"), "Đã mở năm " + year + ".");
            b.waitForText(By.id("windows"), "5 ngày kể từ khi công bố kết quả sơ bộ");
            ProductionYear walk = new ProductionYear(year);

            // Sở Nội vụ says No on 4.1 (4 points), Sở Tư pháp on 1.4 (2 points): Sở Tư pháp leads
            selfAssessAndSubmit(b, year, port, "snv", passwords.get("snv"), Map.of(LEAF, BigDecimal.ZERO));
            selfAssessAndSubmit(b, year, port, "stp", passwords.get("stp"), Map.of("1.4", BigDecimal.ZERO));
            Await.until("both files reach appraisal", Duration.ofSeconds(60),
                    () -> walk.overview(standingBody).path("byStatus").path("Thẩm định vòng 1").asInt() == 2);
            b.loginToTasklist("nv-walk", OWN_PASSWORD);
            showYear(b, year);
            b.waitForText(By.id("counts"), "Thẩm định vòng 1 2");

            Await.until("the appraiser's daily digest lists the files waiting for him", Duration.ofSeconds(30),
                    () -> !TestMail.received("td-a@walk.gov.vn", "việc đang chờ anh/chị xử lý").isEmpty());
            assertThat(body(TestMail.received("td-a@walk.gov.vn", "việc đang chờ anh/chị xử lý").get(0)))
                    .contains(PUBLIC_URL + "/camunda/app/tasklist/default/#/?task=");
            // Appraisal and survey through the API: the appraiser's Tasklist queue and form are being reworked
            // elsewhere, and the survey import is a file the survey office's own tool produces.
            for (String appraiser : List.of("td-a", "td-b")) {
                Http member = ownPassword(port, appraiser, passwords.get(appraiser));
                for (String unit : List.of("SNV", "STP")) {
                    HttpResponse<String> confirmed = member.json("POST", walk.file(unit) + "/appraisal/complete", null);
                    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
                }
            }
            Http survey = ownPassword(port, "dieu-tra", passwords.get("dieu-tra"));
            assertThat(survey.json("PUT", "/api/cycles/" + year + "/survey", walk.surveyRates(standingBody,
                    List.of("SNV", "STP"), 85)).statusCode()).isEqualTo(200);
            assertThat(survey.json("POST", "/api/cycles/" + year + "/survey/complete", null).statusCode()).isEqualTo(204);

            Await.until("the preliminary results wait for the standing body", Duration.ofSeconds(90),
                    () -> walk.waits(standingBody, ProcessKeys.cycleKey(year), TaskKeys.REVIEW_PRELIMINARY));
            openTask(b, walk.taskId(standingBody, ProcessKeys.cycleKey(year), TaskKeys.REVIEW_PRELIMINARY));
            b.waitForText(By.id("pr-results"), "Sở Tư pháp");
            assertThat(b.visible(By.id("pr-window")).getText()).isEqualTo("5 ngày");
            b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
            b.waitUntilGone("Xem xét, công bố kết quả sơ bộ năm " + year);
            Await.until("the preliminary results published", Duration.ofSeconds(60),
                    () -> walk.overview(standingBody).path("phase").asText().startsWith("Đã công bố kết quả sơ bộ"));

            String preliminaryMail = mail("vanthu@snv.walk.gov.vn",
                    "Chỉ số CCHC năm " + year + " – Sở Nội vụ: Đã công bố kết quả sơ bộ");
            b.loginToTasklist("snv", OWN_PASSWORD);
            b.go(link(preliminaryMail, "/kien-nghi.html"));
            new Select(b.visible(By.id("leaf"))).selectByValue(LEAF);
            b.visible(By.id("reason")).sendKeys(COMPLAINT_REASON);
            b.upload(By.id("files"), Files.write(dir.resolve("quyet-dinh.pdf"),
                    "%PDF-1.4\n% quyết định\n".getBytes(StandardCharsets.UTF_8)));
            b.click(By.id("send"));
            b.waitForText(By.id("message"), "Đang xử lý");

            // The reviewer's decision through the API (its Tasklist form is walked by ComplaintBrowserIT)
            Http reviewer = ownPassword(port, "kn-walk", passwords.get("kn-walk"));
            long complaint = JSON.readTree(reviewer.get("/api/cycles/" + year + "/complaints").body()).get(0).path("id").asLong();
            HttpResponse<String> decided = reviewer.json("POST", "/api/complaints/" + complaint + "/decision",
                    "{\"accepted\":true,\"newPoints\":4,\"reason\":\"" + COMPLAINT_REASON + "\"}");
            assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
            Await.until("the complaint's process ends", Duration.ofSeconds(60), () -> reviewer
                    .get("/engine-rest/process-instance/count?processDefinitionKey=ComplaintHandling").body().contains("\"count\":0"));
            b.go("/kien-nghi.html");
            b.waitForText(By.id("complaints"), "Được chấp nhận");

            b.loginToTasklist("nv-walk", OWN_PASSWORD);
            showYear(b, year);
            b.click(By.cssSelector("#window-form summary"));
            b.visible(By.id("w-reason")).sendKeys("Các kiến nghị đã giải quyết xong");
            b.click(By.id("w-close-complaints"));
            b.waitForText(By.id("w-message"), "Đã lưu thay đổi thời hạn.");

            Http leadership = ownPassword(port, "ld-walk", staff.get("ld-walk"));
            Await.until("the final results wait for leadership", Duration.ofSeconds(90),
                    () -> walk.waits(leadership, ProcessKeys.cycleKey(year), TaskKeys.APPROVE_RESULTS));
            b.loginToTasklist("ld-walk", OWN_PASSWORD);
            openTask(b, walk.taskId(leadership, ProcessKeys.cycleKey(year), TaskKeys.APPROVE_RESULTS));
            b.waitForText(By.id("ap-results"), "Kiến nghị được chấp nhận");
            assertThat(changeCell(b, "SNV")).startsWith("Sơ bộ ").contains("hạng 2 → chính thức ").contains("hạng 1")
                    .endsWith("Kiến nghị được chấp nhận, tiêu chí " + LEAF + ": 4.00 điểm (" + COMPLAINT_REASON + ")");
            assertThat(changeCell(b, "STP")).contains("hạng 1 → chính thức ").contains("hạng 2");
            b.screenshot("nam-san-xuat-phe-duyet");
            b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
            b.waitUntilGone("Phê duyệt kết quả Chỉ số CCHC năm " + year);

            Await.until("the final results published", Duration.ofSeconds(60),
                    () -> walk.overview(standingBody).path("phase").asText().startsWith("Đã công bố kết quả chính thức"));
            assertThat(mail("vanthu@stp.walk.gov.vn", "Chỉ số CCHC năm " + year + " – Sở Tư pháp: Kết quả chính thức khác"))
                    .as("the unit pushed down is told why")
                    .contains("hạng 1 → hạng 2", "thứ hạng thay đổi theo kết quả của đơn vị khác", PUBLIC_URL + "/ket-qua.html");
            String finalMail = mail("vanthu@snv.walk.gov.vn",
                    "Chỉ số CCHC năm " + year + " – Sở Nội vụ: Đã công bố kết quả chính thức");
            b.go(link(finalMail, "/ket-qua.html"));
            b.withText("Sở Nội vụ");
        }
    }

    /** At first login the Tasklist takes the holder of a handed-over password to the page where he chooses his own. */
    private static void changePassword(Browser b, String login, String handedOver) {
        b.submitTasklistLogin(login, handedOver);
        b.until(login + " taken to the password page", "return location.pathname === '/doi-mat-khau.html'");
        b.waitForText(By.id("who"), "bạn cần đổi mật khẩu được cấp");
        b.visible(By.id("current")).sendKeys(handedOver);
        b.visible(By.id("chosen")).sendKeys(OWN_PASSWORD);
        b.visible(By.id("again")).sendKeys(OWN_PASSWORD);
        b.click(By.cssSelector("#form button[type=submit]"));
        b.waitForText(By.id("message"), "Đã đổi mật khẩu.");
    }

    /**
     * The unit's official changes his password, finds the self-assessment in his Tasklist and submits it there. The
     * answers are saved through the API first: typing a whole catalogue is the form's own tests' business.
     */
    private static void selfAssessAndSubmit(Browser b, int year, int port, String login, String handedOver,
                                            Map<String, BigDecimal> answers) throws Exception {
        changePassword(b, login, handedOver);
        Http official = Http.as(port, login, OWN_PASSWORD);
        ProductionYear walk = new ProductionYear(year);
        String unit = login.toUpperCase();
        String key = ProcessKeys.unitKey(year, unit);
        Await.until(unit + "'s self-assessment waits in its Tasklist", Duration.ofSeconds(60),
                () -> walk.waits(official, key, TaskKeys.SELF_ASSESSMENT));
        walk.answer(official, unit, answers);
        b.loginToTasklist(login, OWN_PASSWORD);
        openTask(b, walk.taskId(official, key, TaskKeys.SELF_ASSESSMENT));
        // the form grows while it draws its leaves: the confirmation is clicked once their points are shown
        b.until("the saved answers' points", "var p = document.querySelector(\"[data-points^='LEAF:']\");"
                + " return p && p.textContent !== ''");
        assertThat(b.script("var box = document.getElementById('par-confirm'); box.scrollIntoView({block: 'end'});"
                + " return box.getBoundingClientRect().bottom <= document.getElementById('footer-timezone').getBoundingClientRect().top;"))
                .as("the confirmation, the form's last line, scrolls clear of the Tasklist's footer").isEqualTo(true);
        b.click(By.id("par-confirm"));
        b.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
        b.waitUntilGone("Tự đánh giá CCHC năm");
    }

    private static void openTask(Browser b, String taskId) {
        b.go("/camunda/app/tasklist/default/#/?task=" + taskId);
        b.clickText("Nhận xử lý");
        // the Tasklist draws the form again once the claim is through: work starts on that one
        b.until("the form enabled by the claim", "return document.querySelector('.disabled-form') === null");
    }

    private static void showYear(Browser b, int year) {
        b.go("/thuong-truc.html");
        b.waitForText(By.id("year"), String.valueOf(year));
        new Select(b.visible(By.id("year"))).selectByVisibleText(String.valueOf(year));
        b.waitForText(By.id("overview-title"), "Năm " + year);
    }

    /** The approval form's "Thay đổi" cell of the unit's row. */
    private static String changeCell(Browser b, String unitCode) {
        return b.visible(By.cssSelector("#ap-results tr[data-unit='" + unitCode + "'] td:last-child")).getText();
    }

    /** What the page's link downloads, fetched in the page with its session. */
    private static byte[] download(Browser b, String link) {
        return Base64.getDecoder().decode((String) b.async("var done = arguments[arguments.length - 1];"
                + " fetch(document.querySelector(arguments[0]).href).then(function (r) { return r.blob(); })"
                + ".then(function (blob) { var reader = new FileReader();"
                + " reader.onload = function () { done(reader.result.split(',')[1]); }; reader.readAsDataURL(blob); });", link));
    }

    /** The body of the one mail whose subject starts as given, once it has arrived. */
    private static String mail(String recipient, String subject) throws Exception {
        Await.until(recipient + " receives \"" + subject + "…\"", Duration.ofSeconds(30),
                () -> !TestMail.received(recipient, subject).isEmpty());
        List<MimeMessage> received = TestMail.received(recipient, subject);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).startsWith(subject).doesNotEndWith("…");
        return body(received.get(0));
    }

    private static String body(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    /** The path of the mail's link to this page, checked to start with the public address. */
    private static String link(String body, String page) {
        Matcher links = LINK.matcher(body);
        while (links.find()) {
            if (links.group(1).startsWith(page)) {
                return links.group(1);
            }
        }
        throw new AssertionError("No link to " + PUBLIC_URL + page + " in:\n" + body);
    }
}
