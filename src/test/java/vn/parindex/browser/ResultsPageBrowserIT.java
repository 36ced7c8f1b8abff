package vn.parindex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.ranking.ResultService;
import vn.parindex.ranking.UnitResult;
import vn.parindex.security.Roles;
import vn.parindex.support.Browser;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Layout;
import vn.parindex.year.Cycle;
import vn.parindex.year.Years;

/**
 * The results page in a real browser: the published ranking, the block filter, each area's column, a unit's detail
 * and trend (across a merger), on a desktop and a phone, with and without login.
 */
class ResultsPageBrowserIT extends IntegrationTest {

    @Autowired ResultService results;
    @Autowired CycleCatalogue catalogue;
    @Autowired Years cycles;

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

    /**
     * A department formed from two others: each area's component index has its column, named; a unit's detail comes
     * into view naming its areas; its trend draws one line per unit over the years. On a desktop and on a phone.
     */
    @Test
    void aReaderComparesAreasAndFollowsAMergedUnitAcrossTheMerger() {
        scenario.ensureFixture();
        scenario.registerUnits(List.of(predecessor("KQA", ""), predecessor("KQB", "")));
        int first = scenario.publishedYear(Map.of("KQA", 70, "KQB", 90));
        int second = scenario.publishedYear(Map.of("KQA", 90, "KQB", 60));
        scenario.registerUnits(List.of(predecessor("KQA", second + "-12-31"), predecessor("KQB", second + "-12-31"),
                List.of("KQM", "Sở hợp nhất kết quả", "DEPARTMENT", "Khối sở thử nghiệm", "", (second + 1) + "-01-01", "",
                        "KQA, KQB")));
        int merged = scenario.publishedYear(Map.of("KQM", 80, "TD1", 60, "TD2", 70, "TD3", 90, "TH1", 50, "TH2", 75));
        Map<String, BigDecimal> mergedAreas = results.areaIndices(merged, ResultService.FINAL).get("KQM");
        Map<String, String> areaTitles = new TreeMap<>();
        Map<String, String> shortNames = new TreeMap<>();
        catalogue.leavesOfYear(merged).forEach(leaf -> {
            areaTitles.put(leaf.areaCode(), leaf.areaTitle());
            shortNames.put(leaf.areaCode(), leaf.areaShortTitle());
        });
        // the areas with a component index (bonus and penalty items have none)
        List<String> areaCodes = mergedAreas.keySet().stream().filter(code -> mergedAreas.get(code) != null)
                .sorted(Comparator.comparing(Integer::valueOf)).toList();

        try (Browser b = Browser.start(port)) {
            for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
                String screen = size[0] + "x" + size[1];
                b.resize(size[0], size[1]);
                b.go("/ket-qua.html");
                b.waitForText(By.id("results"), "Sở hợp nhất kết quả");
                assertThat(new Select(b.visible(By.id("year"))).getFirstSelectedOption().getText()).as("the latest year with results")
                        .isEqualTo(String.valueOf(latestPublished()));
                if (latestPublished() != merged) {
                    new Select(b.visible(By.id("year"))).selectByVisibleText(String.valueOf(merged));
                    b.waitForText(By.id("title"), "năm " + merged);
                }
                assertThat(b.all(By.cssSelector("#ranking-head th.area")).stream().map(WebElement::getText).toList())
                        .as("a column per area, under its short name").containsExactlyElementsOf(areaCodes.stream().map(shortNames::get).toList());
                assertThat(b.all(By.cssSelector("#ranking-head th.area")).stream().map(th -> th.getAttribute("title")).toList())
                        .as("its full name on hover").containsExactlyElementsOf(areaCodes.stream().map(areaTitles::get).toList());
                assertThat(b.all(By.cssSelector("#ranking-head th.change"))).as("nothing changed since the preliminary results").isEmpty();
                assertThat(b.all(By.cssSelector("tr.unit[data-unit='KQM'] td.area")).stream().map(WebElement::getText).toList())
                        .as("KQM's component index of each area").containsExactlyElementsOf(areaCodes.stream()
                                .map(code -> decimal(mergedAreas.get(code))).toList());
                b.screenshot("ket-qua-" + screen);
                assertThat(Layout.problems(b, "body", "select, tr.unit td.name")).as("what keeps a reader from the ranking (%s)", screen)
                        .isEmpty();

                b.click(By.cssSelector("tr.unit[data-unit='KQM']"));
                b.waitForText(By.id("detail-title"), "Sở hợp nhất kết quả");
                List<?> detail = (List<?>) b.script("var r = document.getElementById('detail-title').getBoundingClientRect();"
                        + "return [r.top, r.bottom, window.innerHeight];");
                assertThat(((Number) detail.get(0)).doubleValue()).as("the detail's top is in view (%s)", screen).isGreaterThanOrEqualTo(0);
                assertThat(((Number) detail.get(1)).doubleValue()).as("the detail's title is in view (%s)", screen)
                        .isLessThanOrEqualTo(((Number) detail.get(2)).doubleValue());
                assertThat(b.all(By.cssSelector("#detail tr.area")).stream().map(tr -> tr.findElement(By.tagName("td")).getText()).toList())
                        .as("the detail names each area").containsExactlyElementsOf(areaCodes.stream().map(code -> code + ". " + areaTitles.get(code)).toList());

                b.until("the trend draws a line per unit", "return document.querySelectorAll('#trend-chart svg g.trend-line').length === 3");
                assertThat(b.all(By.cssSelector("#trend-chart g.trend-line")).stream().map(g -> g.getAttribute("data-unit")).toList())
                        .as("the unit's own line, then each predecessor's").containsExactly("KQM", "KQA", "KQB");
                assertThat(b.all(By.cssSelector("#trend-legend li")).stream().map(WebElement::getText).toList())
                        .containsExactly("Sở hợp nhất kết quả", "Sở tiền thân KQA (đơn vị tiền thân)", "Sở tiền thân KQB (đơn vị tiền thân)");
                assertThat(b.all(By.cssSelector("#trend-chart text.axis-year")).stream().map(WebElement::getText).toList())
                        .as("each year once along the axis").containsExactly(String.valueOf(first), String.valueOf(second), String.valueOf(merged));
                List<?> xs = (List<?>) b.script("function xs(selector, attribute) { return Array.prototype.map.call("
                        + " document.querySelectorAll(selector), function (e) { return e.getAttribute(attribute); }).join(' '); }"
                        + "return [xs('#trend-chart text.axis-year', 'x'), xs(\"g[data-unit='KQA'] circle\", 'cx'),"
                        + " xs(\"g[data-unit='KQB'] circle\", 'cx'), xs(\"g[data-unit='KQM'] circle\", 'cx')];");
                String[] axis = ((String) xs.get(0)).split(" ");
                assertThat(xs.subList(1, 4)).as("each unit's points stand over its own years")
                        .isEqualTo(List.of(axis[0] + " " + axis[1], axis[0] + " " + axis[1], axis[2]));
                assertThat(b.all(By.cssSelector("#trend-chart g.trend-line polyline"))).hasSize(3);

                assertThat(b.script("return document.documentElement.scrollWidth <= window.innerWidth")).as("no side scrolling (%s)", screen)
                        .isEqualTo(true);
                assertThat(smallTexts(b)).as("text below 12 px (%s)", screen).isEmpty();
                b.screenshot("ket-qua-" + screen + "-don-vi");
                b.script("document.getElementById('trend-title').scrollIntoView();");
                b.screenshot("ket-qua-" + screen + "-qua-cac-nam");
            }
        }
    }

    /**
     * TD1's accepted complaint lifted it from second to first (see {@link vn.parindex.support.Scenario#yearWithAcceptedComplaint}):
     * anyone reads each unit's preliminary and final standing; TD1's own account also why.
     */
    @Test
    void theFinalRankingShowsEachUnitsChangeFromThePreliminaryOneAndTheUnitReadsWhy() throws IOException {
        int year = scenario.yearWithAcceptedComplaint();
        scenario.approve(year);
        scenario.ensureUser("dv-td1-thay-doi", Roles.unitGroup("TD1"));

        try (Browser b = Browser.start(port)) {
            showYear(b, year);
            assertThat(b.visible(By.cssSelector("#ranking-head th.change")).getText()).isEqualTo("Thay đổi so với sơ bộ");
            assertThat(changeOf(b, "TD1")).isEqualTo("Sơ bộ 94,00% · Nhóm 1 · hạng 2 → chính thức 97,00% · Nhóm 1 · hạng 1");
            assertThat(changeOf(b, "TD2")).isEqualTo("Sơ bộ 95,50% · Nhóm 1 · hạng 1 → chính thức 95,50% · Nhóm 1 · hạng 2");
            assertThat(changeOf(b, "TD3")).isEqualTo("—");
            b.screenshot("ket-qua-thay-doi");

            b.loginToTasklist("dv-td1-thay-doi", "pw");
            showYear(b, year);
            b.waitForText(By.cssSelector("tr.unit[data-unit='TD1'] td.change .why"),
                    "Kiến nghị được chấp nhận, tiêu chí 8.1: 15.00 điểm (Bổ sung 12 phiếu khảo sát hợp lệ)");
            assertThat(b.all(By.cssSelector("tr.unit[data-unit='TD2'] td.change .why"))).as("another unit's reasons").isEmpty();
        }
    }

    private static void showYear(Browser b, int year) {
        b.go("/ket-qua.html");
        b.waitForText(By.id("year"), String.valueOf(year));
        new Select(b.visible(By.id("year"))).selectByVisibleText(String.valueOf(year));
        b.waitForText(By.id("title"), "năm " + year + " (chính thức)");
        b.waitForText(By.cssSelector("tr.unit[data-unit='TD1'] td.change"), "chính thức");
    }

    private static String changeOf(Browser b, String unitCode) {
        return b.visible(By.cssSelector("tr.unit[data-unit='" + unitCode + "'] td.change")).getText();
    }

    /** The unit's own results are out for a year, the next is open without any: a signed-in unit lands on the former. */
    @Test
    void aSignedInUnitLandsOnTheLatestYearWithResultsItMaySee() {
        scenario.ensureUser("dv-td2-nam-mac-dinh", Roles.unitGroup("TD2"));
        int published = scenario.publishedYear(Map.of("TD2", 80, "TD3", 70));
        int open = scenario.openYear(List.of("TD2"));

        try (Browser b = Browser.start(port)) {
            b.loginToTasklist("dv-td2-nam-mac-dinh", "pw");
            b.go("/ket-qua.html");
            b.waitForText(By.id("title"), "năm " + published + " (chính thức)");
            b.waitForText(By.id("results"), "Sở thử nghiệm TD2");
            assertThat(new Select(b.visible(By.id("year"))).getFirstSelectedOption().getText()).isEqualTo(String.valueOf(published));
            assertThat(b.all(By.cssSelector("#year option")).stream().map(WebElement::getText).toList())
                    .as("a year without results is not offered").doesNotContain(String.valueOf(open));
            b.screenshot("ket-qua-dang-nhap");
        }
    }

    /** The latest year whose final results are published. */
    private int latestPublished() {
        return cycles.findAll().stream().filter(Cycle::locked).mapToInt(Cycle::year).max().orElseThrow();
    }

    /** Visible text drawn below 12 px: each as its text and size. */
    @SuppressWarnings("unchecked")
    private static List<String> smallTexts(Browser b) {
        return (List<String>) b.script("var small = [];"
                + "var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + "for (var text = walker.nextNode(); text; text = walker.nextNode()) {"
                + "  var parent = text.parentElement; if (!text.textContent.trim() || !parent.getClientRects().length) { continue; }"
                + "  var range = document.createRange(); range.selectNodeContents(text);"
                + "  if (!range.getClientRects().length) { continue; }"
                + "  var size = parseFloat(getComputedStyle(parent).fontSize);"
                + "  var svg = parent.closest('svg');"
                + "  if (svg) { size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width; }"
                + "  if (size < 12) { small.push(text.textContent.trim() + ' (' + size + ' px)'); }"
                + "}"
                + "return small;");
    }

    private static List<String> predecessor(String code, String validTo) {
        return List.of(code, "Sở tiền thân " + code, "DEPARTMENT", "Khối sở thử nghiệm", "", "2012-01-01", validTo, "");
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
