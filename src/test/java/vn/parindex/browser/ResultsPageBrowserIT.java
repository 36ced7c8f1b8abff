package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.ranking.ResultService;
import vn.parindex.ranking.UnitResult;
import vn.parindex.security.Roles;
import vn.parindex.support.Browser;
import vn.parindex.support.IntegrationTest;

/** The public results page in a real browser, without login: the published ranking, the block filter, a unit's trend. */
class ResultsPageBrowserIT extends IntegrationTest {

    @Autowired ResultService results;

    @Test
    void anyoneReadsThePublishedRankingAndAUnitsTrend() {
        int earlier = scenario.publishedYear(Map.of("TD1", 60, "TD2", 100, "TH1", 90));
        int latest = scenario.publishedYear(Map.of("TD1", 80, "TD2", 70, "TH1", 50));
        List<UnitResult> ranking = results.results(latest, ResultService.FINAL);

        try (Browser b = Browser.start(port)) {
            b.go("/ket-qua.html");
            b.waitForText(By.id("results"), ranking.get(0).unitName());
            assertThat(new Select(b.visible(By.id("year"))).getFirstSelectedOption().getText()).isEqualTo(String.valueOf(latest));
            assertThat(b.all(By.cssSelector("tr.unit")).stream().map(this::rankNameIndex).toList())
                    .containsExactlyElementsOf(ranking.stream().map(r -> r.rank() + " " + r.unitName() + " " + decimal(r.index())).toList());

            Object workbookBytes = b.async("var done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('workbook').href).then(function (r) { return r.status === 200 ? r.arrayBuffer() : null; })"
                    + ".then(function (buffer) { done(buffer ? new TextDecoder('latin1').decode(new Uint8Array(buffer).slice(0, 2)) : 'refused'); });");
            assertThat(workbookBytes).as("the published ranking workbook, without login (a zip)").isEqualTo("PK");
            b.waitForText(By.id("legend"), "Nhóm 1");
            assertThat(b.visible(By.id("legend-title")).getText()).isEqualTo("Cách xếp loại: Hải Dương 2022 (QĐ 336/QĐ-UBND)");
            assertThat(b.visible(By.id("legend")).getText()).contains("Chỉ số từ 90 trở lên", "Chỉ số từ 80 trở lên",
                    "Các trường hợp còn lại");
            assertThat(b.visible(By.id("bands")).getText()).as("counts in the scheme's order").startsWith("Nhóm 1:");

            new Select(b.visible(By.id("block"))).selectByVisibleText("Khối sở thử nghiệm");
            assertThat(b.all(By.cssSelector("tr.unit")).stream().map(tr -> tr.getAttribute("data-unit")).toList())
                    .containsExactlyInAnyOrder("TD1", "TD2");

            b.click(By.cssSelector("tr.unit[data-unit='TD1']"));
            b.waitForText(By.id("trend"), String.valueOf(earlier));
            assertThat(b.visible(By.id("detail-title")).getText()).startsWith("Sở thử nghiệm TD1");
            assertThat(b.all(By.cssSelector("#detail tbody tr"))).hasSizeGreaterThanOrEqualTo(8);
            assertThat(b.all(By.cssSelector("tr.trend-year")).stream().map(tr -> tr.findElement(By.tagName("td")).getText()).toList())
                    .containsSubsequence(String.valueOf(earlier), String.valueOf(latest));
            assertThat(b.all(By.cssSelector("#trend-chart svg circle"))).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void onAPhoneThePublicationReadsWithoutSideScrollingAndAnonymousVisitorsCallNoClosedApi() {
        int year = scenario.publishedYear(Map.of("TD1", 85, "TD2", 75, "TH1", 95));

        try (Browser b = Browser.start(port)) {
            b.resize(390, 844);
            b.go("/ket-qua.html");
            b.waitForText(By.id("title"), "năm " + year + " (chính thức) — Tỉnh Hải Dương");
            b.waitForText(By.id("bands"), "đơn vị");
            List<?> layout = (List<?>) b.async("var done = arguments[arguments.length - 1];"
                    + "var name = document.querySelector('tr.unit td:nth-child(2)');"
                    + "var bar = document.querySelector('tr.unit td.bar-cell');"
                    + "done([document.documentElement.scrollWidth <= window.innerWidth,"
                    + " Math.round(name.getBoundingClientRect().width), getComputedStyle(bar).display,"
                    + " performance.getEntriesByType('resource').some(function (e) { return e.name.indexOf('/api/') >= 0; })]);");
            assertThat(layout.get(0)).as("no side scrolling at 390 px").isEqualTo(true);
            assertThat(((Number) layout.get(1)).intValue()).as("the unit's name is not one word per line").isGreaterThanOrEqualTo(120);
            assertThat(layout.get(2)).as("the bar column gives way on a phone").isEqualTo("none");
            assertThat(layout.get(3)).as("an anonymous visitor calls no API that needs a login").isEqualTo(false);
            assertThat(b.all(By.cssSelector("meta[name=viewport]")).get(0).getAttribute("content"))
                    .contains("width=device-width");
        }
    }

    /** TD1's survey at 60% loses it 6, 4 and 2 points on 8.1-8.3; TD2 loses nothing. */
    @Test
    void aUnitSeesWhatToFixOnItsDetailAndTheStandingBodyWhereUnitsLosePoints() {
        int year = scenario.publishedYear(Map.of("TD1", 60, "TD2", 100));
        scenario.ensureUser("dv-td1-khac-phuc-web", Roles.unitGroup("TD1"));
        scenario.ensureUser("nv-mat-diem", Roles.STANDING_BODY);

        try (Browser b = Browser.start(port)) {
            b.loginToTasklist("dv-td1-khac-phuc-web", "pw");
            b.go("/ket-qua.html");
            b.waitForText(By.id("year"), String.valueOf(year));
            new Select(b.visible(By.id("year"))).selectByVisibleText(String.valueOf(year));
            b.waitForText(By.id("results"), "Sở thử nghiệm TD1");
            b.click(By.cssSelector("tr.unit[data-unit='TD1']"));
            b.waitForText(By.id("fix"), "8.1");
            assertThat(b.all(By.cssSelector("tr.fix")).stream().map(tr -> tr.findElement(By.tagName("td")).getText()).toList())
                    .containsExactly("8.1", "8.2", "8.3");
            assertThat(b.all(By.cssSelector("tr.fix")).get(0).getText()).contains("+6,00");
        }
        try (Browser b = Browser.start(port)) {
            b.loginToTasklist("nv-mat-diem", "pw");
            b.go("/thuong-truc.html");
            b.waitForText(By.id("year"), String.valueOf(year));
            new Select(b.visible(By.id("year"))).selectByVisibleText(String.valueOf(year));
            b.waitForText(By.id("overview-title"), "Năm " + year);
            b.click(By.id("losses-load"));
            b.waitForText(By.id("losses"), "8.1");
            assertThat(b.visible(By.id("losses")).getText()).contains("1 / 2");
        }
    }

    private String rankNameIndex(WebElement row) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        return cells.get(0).getText() + " " + cells.get(1).getText() + " " + cells.get(2).getText();
    }

    /** As the page writes it in Vietnamese: two decimals after a comma. */
    private static String decimal(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
