package vn.parindex.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.assessment.AssessmentView;
import vn.parindex.complaint.ComplaintService;
import vn.parindex.org.Units;
import vn.parindex.ranking.Improvements;
import vn.parindex.ranking.ResultService;
import vn.parindex.ranking.UnitResult;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.spreadsheet.Xlsx;
import vn.parindex.survey.SurveyService;
import vn.parindex.web.UserFacingException;
import vn.parindex.year.Years;

@Tag(name = "Báo cáo", description = "Bảng xếp hạng và báo cáo Excel")
@RestController
class ReportController {

    private final ResultService results;
    private final RawExport raw;
    private final Years cycles;
    private final AssessmentService assessments;
    private final ComplaintService complaints;
    private final Units units;
    private final ReportContext context;
    private final Improvements improvements;
    private final SurveyService surveys;

    ReportController(ResultService results, RawExport raw, Years cycles, AssessmentService assessments,
                     ComplaintService complaints, Units units, ReportContext context, Improvements improvements,
                     SurveyService surveys) {
        this.improvements = improvements;
        this.surveys = surveys;
        this.context = context;
        this.results = results;
        this.raw = raw;
        this.cycles = cycles;
        this.assessments = assessments;
        this.complaints = complaints;
        this.units = units;
    }

    @Operation(summary = "Phiếu điểm của một đơn vị (.xlsx): từng tiêu chí, điểm tự đánh giá, thẩm định, kết quả, kiến nghị")
    @GetMapping("/api/cycles/{year}/reports/scorecard/{unitCode}.xlsx")
    ResponseEntity<byte[]> scorecard(@PathVariable int year, @PathVariable String unitCode,
                                     @RequestParam(required = false) String stage, CurrentUser user) {
        var view = assessments.view(year, unitCode, user);
        var ofUnit = complaints.list(year, user).stream().filter(c -> c.unitCode().equals(unitCode)).toList();
        String shown = stage == null ? latestVisibleStage(year, user) : stage;
        if (stage != null) {
            label(stage);
            results.requireVisible(year, stage, user);
        }
        ScorecardSummary summary = shown == null ? null : stageSummary(year, shown, view);
        if (summary == null) {
            shown = null;
            summary = ScorecardSummary.running(view, context.areaHeaders(year));
        }
        ReportHeading heading = context.heading("PHIẾU ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + year, year, shown)
                .about("Đơn vị: " + view.unitName() + " (" + unitCode + ") — " + view.statusLabel());
        return Xlsx.attachment("phieu-diem-" + year + "-" + (shown == null ? "tam-tinh" : ReportContext.stageSlug(shown))
                        + "-" + unitCode + ".xlsx")
                .body(Scorecard.write(heading, view, summary, ofUnit, surveys.notSurveyed(year, unitCode),
                        improvements.ifVisible(year, unitCode, user)));
    }

    /** The final stage if the reader may see it and it is stored, else the preliminary one; null if neither. */
    private String latestVisibleStage(int year, CurrentUser user) {
        List<String> stored = results.storedStages(year);
        return List.of(ResultService.FINAL, ResultService.PRELIMINARY).stream()
                .filter(s -> stored.contains(s) && results.visible(year, s, user)).findFirst().orElse(null);
    }

    /** The unit's stored result of a stage with its areas, or null if the unit has none at that stage. */
    private ScorecardSummary stageSummary(int year, String stage, AssessmentView view) {
        List<UnitResult> all = results.results(year, stage);
        return all.stream().filter(r -> r.unitCode().equals(view.unitCode())).findFirst()
                .map(r -> ScorecardSummary.ofResult(label(stage), r,
                        (int) all.stream().filter(o -> o.rankingBlock().equals(r.rankingBlock()) && o.rank() > 0).count(), view,
                        results.areaPoints(year, stage).getOrDefault(r.unitCode(), Map.of()),
                        results.areaIndices(year, stage).getOrDefault(r.unitCode(), Map.of()),
                        context.areaHeaders(year)))
                .orElse(null);
    }

    @Operation(summary = "Kết quả của một đơn vị qua các năm (.xlsx), cả các đơn vị tiền thân (sáp nhập năm 2025), có biểu đồ")
    @GetMapping("/api/units/{unitCode}/history.xlsx")
    ResponseEntity<byte[]> history(@PathVariable String unitCode, CurrentUser user) {
        user.requireReadAccess(unitCode);
        String name = units.name(unitCode).orElseThrow(() -> UserFacingException.notFound("Không có đơn vị mã " + unitCode + "."));
        var history = results.history(unitCode, user);
        String predecessors = String.join(", ", history.stream().map(ResultService.YearResult::unitName)
                .filter(n -> !n.equals(name)).distinct().toList());
        ReportHeading heading = context.heading("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH QUA CÁC NĂM", "Đơn vị: " + name + " (" + unitCode + ")"
                + (predecessors.isEmpty() ? "" : " — gồm kết quả của đơn vị tiền thân: " + predecessors));
        int latest = history.stream().mapToInt(ResultService.YearResult::year).max().orElse(0);
        return Xlsx.attachment("qua-cac-nam-" + unitCode + ".xlsx")
                .body(HistoryWorkbook.write(heading, history, latest == 0 ? Map.of() : context.areaHeaders(latest)));
    }

    @Operation(summary = "Toàn bộ điểm của năm (mỗi đơn vị, tiêu chí, giai đoạn một dòng) để phân tích (.xlsx)")
    @GetMapping("/api/cycles/{year}/reports/scores.xlsx")
    ResponseEntity<StreamingResponseBody> scores(@PathVariable int year, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        cycles.get(year);
        ReportHeading heading = context.heading("Điểm chỉ số CCHC năm " + year, year, null);
        StreamingResponseBody body = out -> raw.write(year, heading, out);
        return Xlsx.attachment("diem-cchc-" + year + ".xlsx").body(body);
    }

    @Operation(summary = "Bảng xếp hạng theo khối (.xlsx, mẫu phụ lục công bố, có biểu đồ chỉ số)")
    @GetMapping("/api/cycles/{year}/reports/ranking.xlsx")
    ResponseEntity<StreamingResponseBody> ranking(@PathVariable int year,
                                                  @RequestParam(defaultValue = ResultService.FINAL) String stage,
                                                  CurrentUser user) {
        results.requireVisible(year, stage, user);
        return rankingWorkbook(year, stage);
    }

    @Operation(summary = "Bảng xếp hạng chính thức đã công bố (.xlsx), không cần đăng nhập")
    @GetMapping("/public-api/years/{year}/ranking.xlsx")
    ResponseEntity<StreamingResponseBody> publishedRanking(@PathVariable int year) {
        if (!cycles.get(year).locked()) {
            throw UserFacingException.notFound("Năm " + year + " chưa công bố kết quả chính thức.");
        }
        return rankingWorkbook(year, ResultService.FINAL);
    }

    private ResponseEntity<StreamingResponseBody> rankingWorkbook(int year, String stage) {
        var rows = results.results(year, stage);
        if (rows.isEmpty()) {
            throw UserFacingException.notFound("Năm " + year + " chưa có kết quả " + label(stage) + ".");
        }
        // a final ranking sets each unit's preliminary standing beside its final one (both published by then, or staff's)
        Map<String, UnitResult> preliminary = ResultService.FINAL.equals(stage) ? results.results(year, ResultService.PRELIMINARY)
                .stream().collect(Collectors.toMap(UnitResult::unitCode, r -> r)) : Map.of();
        var content = new RankingWorkbook.Content(
                context.heading("BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + year, year, stage), rows,
                results.areaPoints(year, stage), context.areaHeaders(year), context.legend(year), preliminary);
        StreamingResponseBody body = out -> RankingWorkbook.write(content, out);
        return Xlsx.attachment("xep-hang-" + year + "-" + ReportContext.stageSlug(stage) + ".xlsx").body(body);
    }

    /** The stage's label; refuses a stage that is neither. */
    private static String label(String stage) {
        if (!List.of(ResultService.PRELIMINARY, ResultService.FINAL).contains(stage)) {
            throw UserFacingException.badRequest("Giai đoạn kết quả phải là PRELIMINARY hoặc FINAL.");
        }
        return ReportContext.stageLabel(stage);
    }
}
