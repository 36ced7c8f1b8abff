package vn.parindex.report;

import java.util.Map;
import java.util.TreeMap;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.complaint.ComplaintService;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.org.UnitRepository;
import vn.parindex.ranking.Improvements;
import vn.parindex.ranking.ResultService;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.spreadsheet.Xlsx;
import vn.parindex.survey.SurveyRepository;
import vn.parindex.web.UserFacingException;
import vn.parindex.year.CycleRepository;

@Tag(name = "Báo cáo", description = "Bảng xếp hạng và báo cáo Excel")
@RestController
class ReportController {

    private final ResultService results;
    private final RawExport raw;
    private final CycleRepository cycles;
    private final AssessmentService assessments;
    private final ComplaintService complaints;
    private final UnitRepository units;
    private final CycleCatalogue catalogue;
    private final Improvements improvements;
    private final SurveyRepository surveys;

    ReportController(ResultService results, RawExport raw, CycleRepository cycles, AssessmentService assessments,
                     ComplaintService complaints, UnitRepository units, CycleCatalogue catalogue, Improvements improvements,
                     SurveyRepository surveys) {
        this.improvements = improvements;
        this.surveys = surveys;
        this.catalogue = catalogue;
        this.results = results;
        this.raw = raw;
        this.cycles = cycles;
        this.assessments = assessments;
        this.complaints = complaints;
        this.units = units;
    }

    @Operation(summary = "Phiếu điểm của một đơn vị (.xlsx): từng tiêu chí, điểm tự đánh giá, thẩm định, kết quả, kiến nghị")
    @GetMapping("/api/cycles/{year}/reports/scorecard/{unitCode}.xlsx")
    ResponseEntity<byte[]> scorecard(@PathVariable int year, @PathVariable String unitCode, CurrentUser user) {
        var view = assessments.view(year, unitCode, user);
        var ofUnit = complaints.list(year, user).stream().filter(c -> c.unitCode().equals(unitCode)).toList();
        return Xlsx.attachment("phieu-diem-" + unitCode + "-" + year + ".xlsx")
                .body(Scorecard.write(view, ofUnit, surveys.notSurveyed(year, unitCode), improvements.ifVisible(year, unitCode, user)));
    }

    @Operation(summary = "Kết quả của một đơn vị qua các năm (.xlsx), cả các đơn vị tiền thân (sáp nhập năm 2025), có biểu đồ")
    @GetMapping("/api/units/{unitCode}/history.xlsx")
    ResponseEntity<byte[]> history(@PathVariable String unitCode, CurrentUser user) {
        user.requireReadAccess(unitCode);
        String name = units.name(unitCode).orElseThrow(() -> UserFacingException.notFound("Không có đơn vị mã " + unitCode + "."));
        return Xlsx.attachment("qua-cac-nam-" + unitCode + ".xlsx").body(HistoryWorkbook.write(unitCode, name, results.history(unitCode, user)));
    }

    @Operation(summary = "Toàn bộ điểm của năm (mỗi đơn vị, tiêu chí, giai đoạn một dòng) để phân tích (.xlsx)")
    @GetMapping("/api/cycles/{year}/reports/scores.xlsx")
    ResponseEntity<StreamingResponseBody> scores(@PathVariable int year, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        cycles.get(year);
        StreamingResponseBody body = out -> raw.write(year, out);
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
        var areaPoints = results.areaPoints(year, stage);
        Map<String, String> areas = new TreeMap<>();
        areaPoints.values().forEach(points -> points.keySet().forEach(code -> areas.put(code, code)));
        catalogue.leavesOfYear(year).forEach(leaf -> areas.computeIfPresent(leaf.areaCode(), (code, title) -> leaf.areaTitle()));
        StreamingResponseBody body = out -> RankingWorkbook.write(year, label(stage), rows, areaPoints, areas, out);
        return Xlsx.attachment("xep-hang-cchc-" + year + ".xlsx").body(body);
    }

    private static String label(String stage) {
        return switch (stage) {
            case ResultService.PRELIMINARY -> "sơ bộ";
            case ResultService.FINAL -> "chính thức";
            default -> throw UserFacingException.badRequest("Giai đoạn kết quả phải là PRELIMINARY hoặc FINAL.");
        };
    }
}
