package vn.parindex.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.criteria.Leaf;
import vn.parindex.scoring.ScoringService;
import vn.parindex.scoring.facts.Band;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.WebappSession;
import vn.parindex.web.UserFacingException;
import vn.parindex.year.Cycle;
import vn.parindex.year.Years;

/** Published final results, readable without login (the announcement is public); nothing else is. */
@Tag(name = "Kết quả công bố", description = "Kết quả chính thức đã công bố, không cần đăng nhập")
@RestController
class PublicResultsController {

    private final Years cycles;
    private final ResultService results;
    private final ResultChanges changes;
    private final ScoringService scoring;
    private final CycleCatalogue catalogue;
    private final String province;

    PublicResultsController(Years cycles, ResultService results, ResultChanges changes, ScoringService scoring,
                            CycleCatalogue catalogue, @Value("${par.province:}") String province) {
        this.changes = changes;
        this.scoring = scoring;
        this.catalogue = catalogue;
        this.province = province;
        this.cycles = cycles;
        this.results = results;
    }

    /** What the public page shows around the results: the province's name, and whether the visitor is logged in. */
    record About(String province, boolean loggedIn) {
    }

    @Operation(summary = "Tên tỉnh, và người xem đã đăng nhập hay chưa (để trang kết quả không gọi API cần đăng nhập)")
    @GetMapping("/public-api/about")
    About about(HttpServletRequest request) {
        return new About(province, WebappSession.user(request).isPresent());
    }

    /** A year's classification scheme, for the results' legend: what each band requires. */
    record Legend(String scheme, String title, List<Band> bands) {
    }

    @Operation(summary = "Cách xếp loại của một năm đã mở: các loại theo thứ tự và quy tắc của từng loại")
    @GetMapping("/public-api/years/{year}/classification")
    Legend classification(@PathVariable int year) {
        Cycle cycle = cycles.find(year).orElseThrow(() -> UserFacingException.notFound("Chưa có năm đánh giá " + year + "."));
        List<Band> bands = scoring.bands(cycle.ruleHash(), cycle.classificationScheme());
        return new Legend(cycle.classificationScheme(), bands.isEmpty() ? cycle.classificationScheme() : bands.get(0).getSchemeTitle(),
                bands);
    }

    /** An area of a year's catalogue: its code, its name and the short name over a column of results. */
    record Area(String code, String title, String shortName) {
    }

    @Operation(summary = "Các lĩnh vực của một năm đã mở (mã, tên và tên ngắn), để đặt tên các chỉ số thành phần")
    @GetMapping("/public-api/years/{year}/catalogue/areas")
    List<Area> areaTitles(@PathVariable int year) {
        cycles.find(year).orElseThrow(() -> UserFacingException.notFound("Chưa có năm đánh giá " + year + "."));
        Map<String, Area> areas = new TreeMap<>(Leaf.AREA_ORDER);
        catalogue.leavesOfYear(year).forEach(leaf -> areas.putIfAbsent(leaf.areaCode(),
                new Area(leaf.areaCode(), leaf.areaTitle(), leaf.areaShortTitle())));
        return List.copyOf(areas.values());
    }

    @Operation(summary = "Các năm đã công bố kết quả chính thức")
    @GetMapping("/public-api/years")
    List<Integer> years() {
        return cycles.findAll().stream().filter(Cycle::locked).map(Cycle::year).toList();
    }

    @Operation(summary = "Kết quả chính thức đã công bố của một năm, theo khối và thứ hạng")
    @GetMapping("/public-api/years/{year}/results")
    List<UnitResult> results(@PathVariable int year) {
        return results.results(published(year), ResultService.FINAL);
    }

    @Operation(summary = "Kết quả chính thức đã công bố so với kết quả sơ bộ, từng đơn vị: chỉ số, xếp loại, thứ hạng "
            + "(lý do thay đổi chỉ đơn vị và cán bộ của tỉnh đọc được, qua /api/cycles/{year}/results/changes)")
    @GetMapping("/public-api/years/{year}/results/changes")
    List<ResultChanges.ResultChange> changes(@PathVariable int year) {
        return changes.of(published(year), CurrentUser.ANONYMOUS);
    }

    @Operation(summary = "Chỉ số thành phần theo lĩnh vực của kết quả chính thức đã công bố")
    @GetMapping("/public-api/years/{year}/areas")
    Map<String, Map<String, BigDecimal>> areas(@PathVariable int year) {
        return results.areaIndices(published(year), ResultService.FINAL);
    }

    @Operation(summary = "Kết quả chính thức đã công bố của một đơn vị qua các năm, cả các đơn vị tiền thân (sáp nhập năm 2025)")
    @GetMapping("/public-api/units/{unitCode}/history")
    List<ResultService.YearResult> history(@PathVariable String unitCode) {
        List<Integer> published = years();
        return results.history(unitCode, CurrentUser.ANONYMOUS).stream()
                .filter(r -> ResultService.FINAL.equals(r.stage()) && published.contains(r.year())).toList();
    }

    private int published(int year) {
        if (cycles.find(year).filter(Cycle::locked).isEmpty()) {
            throw UserFacingException.notFound("Năm " + year + " chưa công bố kết quả chính thức.");
        }
        return year;
    }
}
