package vn.parindex.report;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.criteria.Leaf;
import vn.parindex.cycle.ApprovalService;
import vn.parindex.ranking.ResultService;
import vn.parindex.scoring.ScoringService;
import vn.parindex.year.Cycle;
import vn.parindex.year.Years;

/**
 * What the printed reports say around their tables: the province, a year's stage and decision, the areas' column
 * headers and the bands of the year's scheme. The one place the reports look these up.
 */
@Component
class ReportContext {

    private final String province;
    private final Years cycles;
    private final CycleCatalogue catalogue;
    private final ApprovalService approvals;
    private final ScoringService scoring;

    ReportContext(@Value("${par.province:}") String province, Years cycles, CycleCatalogue catalogue,
                  ApprovalService approvals, ScoringService scoring) {
        this.province = province;
        this.cycles = cycles;
        this.catalogue = catalogue;
        this.approvals = approvals;
        this.scoring = scoring;
    }

    /** A heading for a year's report at a stage (null: no stage), with the approval of its final results if given. */
    ReportHeading heading(String title, int year, String stage) {
        StringBuilder details = new StringBuilder();
        if (stage != null) {
            details.append("Kết quả ").append(stageLabel(stage));
            if (ResultService.FINAL.equals(stage)) {
                approvals.approvedOn(year).ifPresent(day -> details.append(", phê duyệt ngày ")
                        .append(day.format(ReportFormat.DATE)));
            }
            details.append(" — ");
        }
        return new ReportHeading(province, title, details.append("lập ngày ").append(ReportFormat.today()).toString());
    }

    ReportHeading heading(String title, String details) {
        return new ReportHeading(province, title, details + " — lập ngày " + ReportFormat.today());
    }

    /** Each area's column header by code, in catalogue order: "1. " and the area's name. */
    Map<String, String> areaHeaders(int year) {
        Map<String, String> headers = new TreeMap<>(Leaf.AREA_ORDER);
        catalogue.leavesOfYear(year).forEach(leaf -> headers.putIfAbsent(leaf.areaCode(), leaf.areaCode() + ". " + leaf.areaShortTitle()));
        return headers;
    }

    BandLegend legend(int year) {
        Cycle cycle = cycles.get(year);
        var bands = scoring.bands(cycle.ruleHash(), cycle.classificationScheme());
        return new BandLegend(bands.isEmpty() ? cycle.classificationScheme() : bands.get(0).getSchemeTitle(), bands);
    }

    static String stageLabel(String stage) {
        return ResultService.PRELIMINARY.equals(stage) ? "sơ bộ" : "chính thức";
    }

    /** The stage as file names spell it: "so-bo", "chinh-thuc". */
    static String stageSlug(String stage) {
        return ResultService.PRELIMINARY.equals(stage) ? "so-bo" : "chinh-thuc";
    }
}
