package vn.parindex.cycle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.review.AppraisalService;
import vn.parindex.security.CurrentUser;
import vn.parindex.year.Cycle;
import vn.parindex.year.Years;

@Tag(name = "Năm đánh giá", description = "Mở năm đánh giá, phê duyệt, hội đồng xem xét lại")
@RestController
@RequestMapping("/api/cycles")
class CycleController {

    record ApprovalDecision(boolean approved, String reason) {
    }

    record Adjustment(String unitCode, String leafCode, BigDecimal points, String reason) {
    }

    private final CycleOpening opening;
    private final Years cycles;
    private final ApprovalService approval;
    private final PreliminaryPublication preliminary;
    private final AppraisalService appraisal;
    private final CycleProposal proposal;

    CycleController(CycleOpening opening, Years cycles, ApprovalService approval,
                    PreliminaryPublication preliminary, AppraisalService appraisal, CycleProposal proposal) {
        this.appraisal = appraisal;
        this.proposal = proposal;
        this.opening = opening;
        this.cycles = cycles;
        this.approval = approval;
        this.preliminary = preliminary;
    }

    @Operation(summary = "Các năm đánh giá")
    @GetMapping
    List<Cycle> list() {
        return cycles.findAll();
    }

    @Operation(summary = "Một năm đánh giá")
    @GetMapping("/{year}")
    Cycle one(@PathVariable int year) {
        return cycles.get(year);
    }

    @Operation(summary = "Đề xuất cho năm mở tiếp theo: năm, hạn nộp hồ sơ, thời gian nhắc việc, thời hạn giải trình, "
            + "thời hạn kiến nghị và các giá trị mặc định khác")
    @GetMapping("/proposal")
    OpenCycleRequest propose(CurrentUser user) {
        user.requireStandingBodyOrAdmin();
        return proposal.propose();
    }

    /** The opened year, and what the standing body should still put right before the rounds begin. */
    record Opened(@JsonUnwrapped Cycle cycle, List<String> warnings) {
    }

    @Operation(summary = "Mở năm đánh giá (cơ quan thường trực); cảnh báo các lĩnh vực chưa có thành viên tổ thẩm định")
    @PostMapping
    ResponseEntity<Opened> open(@RequestBody OpenCycleRequest request, CurrentUser user) {
        Cycle cycle = opening.open(request, user);
        List<String> warnings = appraisal.areasWithoutAppraiser(cycle.year()).stream()
                .map(area -> "Lĩnh vực " + area + " chưa có thành viên tổ thẩm định được phân công: "
                        + "vòng thẩm định không thể kết thúc cho đến khi phân công.").toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(new Opened(cycle, warnings));
    }

    @Operation(summary = "Cơ quan thường trực công bố kết quả sơ bộ đã xem xét; mở thời hạn kiến nghị")
    @PostMapping("/{year}/preliminary/publish")
    ResponseEntity<Void> publishPreliminary(@PathVariable int year, CurrentUser user) {
        preliminary.publish(year, user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Lãnh đạo phê duyệt kết quả, hoặc trả lại Hội đồng thẩm định kèm lý do")
    @PostMapping("/{year}/approval")
    ResponseEntity<Void> decide(@PathVariable int year, @RequestBody ApprovalDecision body, CurrentUser user) {
        approval.decide(year, body.approved(), body.reason(), user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Các quyết định phê duyệt hoặc trả lại của lãnh đạo, mới nhất trước")
    @GetMapping("/{year}/approval")
    List<ApprovalService.Decision> decisions(@PathVariable int year, CurrentUser user) {
        return approval.decisions(year, user);
    }

    @Operation(summary = "Hội đồng điều chỉnh điểm một tiêu chí (khi kết quả bị trả lại)")
    @PutMapping("/{year}/council-adjustments")
    ResponseEntity<Void> adjust(@PathVariable int year, @RequestBody Adjustment body, CurrentUser user) {
        approval.adjust(year, body.unitCode(), body.leafCode(), body.points(), body.reason(), user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Hội đồng hoàn thành xem xét lại, trình lãnh đạo phê duyệt")
    @PostMapping("/{year}/council-revision/complete")
    ResponseEntity<Void> finishRevision(@PathVariable int year, CurrentUser user) {
        approval.finishRevision(year, user);
        return ResponseEntity.noContent().build();
    }
}
