package vn.parindex.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.parindex.assessment.AssessmentView;
import vn.parindex.ranking.UnitResult;

/**
 * The top of a scorecard: each area's points and component index, then the index, the band and the rank in the
 * block — of a stored stage's result, or worked out from the current entries while no result may be shown.
 */
record ScorecardSummary(String source, List<AreaLine> areas, BigDecimal points, BigDecimal index, String band,
                        String rank) {

    record AreaLine(String name, BigDecimal achieved, BigDecimal applicable, BigDecimal index) {
    }

    /** A stage's stored result; blockSize: the units ranked in its block. */
    static ScorecardSummary ofResult(String stageLabel, UnitResult result, int blockSize, AssessmentView view,
                                     Map<String, BigDecimal> areaPoints, Map<String, BigDecimal> areaIndices,
                                     Map<String, String> areaHeaders) {
        String rank = result.rank() == 0 ? UnitResult.NOT_RANKED
                : result.rank() + "/" + blockSize + " trong khối " + result.rankingBlock();
        return new ScorecardSummary("Kết quả " + stageLabel, areas(view, areaHeaders, areaPoints, areaIndices),
                result.achieved().subtract(result.penalty()), result.index(), result.classification(), rank);
    }

    /** From the current entries, with neither band nor rank: no result of the year may be shown to the reader yet. */
    static ScorecardSummary running(AssessmentView view, Map<String, String> areaHeaders) {
        return new ScorecardSummary("Tạm tính theo điểm hiện có (chưa có kết quả công bố)", areas(view, areaHeaders, null, null),
                view.totals().get("achieved"), view.totals().get("index"), null, null);
    }

    /** points, indices: a stored stage's by area; null to take the current entries'. */
    private static List<AreaLine> areas(AssessmentView view, Map<String, String> headers, Map<String, BigDecimal> points,
                                        Map<String, BigDecimal> indices) {
        List<AreaLine> lines = new ArrayList<>();
        view.subtotals().stream().filter(s -> "AREA".equals(s.level())).forEach(s -> lines.add(new AreaLine(
                headers.getOrDefault(s.code(), s.code()), points == null ? s.achieved() : points.get(s.code()), s.applicable(),
                indices == null ? s.index() : indices.get(s.code()))));
        return lines;
    }
}
