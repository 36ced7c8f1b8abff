package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.indicator.SourceImport;
import vn.parindex.security.Roles;
import vn.parindex.support.Browser;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Layout;
import vn.parindex.support.Scenario;
import vn.parindex.support.Workbooks;

/** A commune opens its self-assessment with a leaf pre-filled from the portal's figures and confirms it in the Tasklist. */
class PrefillBrowserIT extends IntegrationTest {

    private static final String UNIT = "BRW_DIENSAN";
    private static final String UNIT_NAME = "UBND xã Điền Sẵn";
    private static final By PREFILL = By.cssSelector("[data-row='3.2'] [data-prefill='3.2']");

    @Autowired SourceImport sourceImport;
    @Autowired AssessmentService assessments;

    @Test
    void aPrefilledLeafAsksForConfirmationAndIsConfirmedInTheForm() throws IOException {
        scenario.registerCommune(UNIT, UNIT_NAME, "Khối xã kiểm thử điền sẵn");
        scenario.ensureUser("xa-dien-san", Roles.unitGroup(UNIT));
        int year = scenario.openYear(List.of(UNIT));
        importFigures(year);

        try (Browser b = Browser.start(port)) {
            b.resize(1366, 768);
            b.loginToTasklist("xa-dien-san", "pw");
            b.clickText("Tự đánh giá CCHC năm " + year + ": " + UNIT_NAME);
            b.clickText("Nhận xử lý");
            b.waitForText(PREFILL, "Điền sẵn từ Cổng Dịch vụ công quốc gia, trích xuất ngày 15/01/2026 — cần xác nhận (95 / 100)");
            assertThat(Layout.problems(b, "form.par-self-assessment", Layout.LEAF_CONTROLS)).as("at 1366 × 768").isEmpty();
            b.resize(390, 844);
            b.click(By.cssSelector("[data-row='3.2'] .par-prefill summary"));
            b.visible(By.cssSelector("[data-row='3.2'] .par-prefill-fix textarea"));
            b.screenshot("self-assessment-prefilled-390x844");
            assertThat(Layout.problems(b, "form.par-self-assessment", Layout.LEAF_CONTROLS)).as("at 390 × 844").isEmpty();

            b.click(By.cssSelector("[data-prefill-confirm='3.2']"));

            b.waitForText(PREFILL, "Đơn vị đã xác nhận số liệu từ Cổng Dịch vụ công quốc gia");
        }
        assertThat(assessments.view(year, UNIT, Scenario.unit(UNIT)).leaves().stream()
                .filter(l -> l.code().equals("3.2")).findFirst().orElseThrow().prefill().confirmedUnchanged()).isTrue();
    }

    private void importFigures(int year) throws IOException {
        byte[] template = sourceImport.template(year, Scenario.role(Roles.STANDING_BODY));
        byte[] filled = Workbooks.withRows(template, List.of(
                List.of(UNIT, "", "TTHC_DUNG_HAN", "1/" + year, "45", "50", "Cổng Dịch vụ công quốc gia", "15/01/2026"),
                List.of(UNIT, "", "TTHC_DUNG_HAN", "2/" + year, "50", "50", "Cổng Dịch vụ công quốc gia", "15/01/2026")));
        sourceImport.importWorkbook(year, "so-lieu.xlsx", filled.length,
                new MockMultipartFile("file", "so-lieu.xlsx", null, filled), Scenario.role(Roles.STANDING_BODY));
    }
}
