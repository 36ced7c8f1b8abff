package vn.parindex.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.security.CurrentUser;
import vn.parindex.web.UserFacingException;

@Tag(name = "Kết quả", description = "Kết quả sơ bộ và chính thức, xếp hạng theo khối")
@RestController
class ResultController {

    private static String requireStage(String stage) {
        if (!ResultService.PRELIMINARY.equals(stage) && !ResultService.FINAL.equals(stage)) {
            throw UserFacingException.badRequest("Giai đoạn kết quả phải là PRELIMINARY hoặc FINAL.");
        }
        return stage;
    }

    record Rescoring(String reason) {
    }

    private final ResultService results;
    private final ResultComparison comparison;
    private final Improvements improvements;
    private final ResultChanges changes;

    ResultController(ResultService results, ResultComparison comparison, Improvements improvements, ResultChanges changes) {
        this.results = results;
        this.comparison = comparison;
        this.improvements = improvements;
        this.changes = changes;
    }

    @Operation(summary = "Đơn vị nên khắc phục gì: từng tiêu chí thành phần bị mất điểm, theo mức tăng chỉ số nếu đạt tối đa,"
            + " kèm xếp loại và thứ hạng khi đó (tính bằng bộ luật của năm)")
    @GetMapping("/api/cycles/{year}/units/{unitCode}/improvements")
    List<Improvements.Improvement> improvements(@PathVariable int year, @PathVariable String unitCode, CurrentUser user) {
        return improvements.of(year, unitCode, user);
    }

    record Ranking(Boolean ranked) {
    }

    @Operation(summary = "Đưa một đơn vị vào hoặc ra khỏi bảng xếp hạng của năm (vẫn được đánh giá, xếp loại)")
    @PutMapping("/api/cycles/{year}/units/{unitCode}/ranked")
    ResponseEntity<Void> ranked(@PathVariable int year, @PathVariable String unitCode, @RequestBody Ranking body,
                                CurrentUser user) {
        if (body == null || body.ranked() == null) {
            throw UserFacingException.badRequest("Cần cho biết đơn vị có được xếp hạng hay không (ranked: true/false).");
        }
        results.setRanked(year, unitCode, body.ranked(), user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Toàn tỉnh: các tiêu chí thành phần có nhiều đơn vị bị mất điểm nhất (cán bộ của tỉnh)")
    @GetMapping("/api/cycles/{year}/losses")
    List<Improvements.LeafLoss> losses(@PathVariable int year, CurrentUser user) {
        return improvements.province(year, user);
    }

    @Operation(summary = "Chỉ số thành phần theo lĩnh vực của từng đơn vị (PRELIMINARY hoặc FINAL)")
    @GetMapping("/api/cycles/{year}/results/areas")
    Map<String, Map<String, BigDecimal>> areas(@PathVariable int year,
                                               @RequestParam(defaultValue = ResultService.FINAL) String stage, CurrentUser user) {
        results.requireVisible(year, requireStage(stage), user);
        return results.areaIndices(year, stage);
    }

    /** A year with results the reader may see, and which stages of it. */
    record ResultYear(int year, List<String> stages) {
    }

    @Operation(summary = "Các năm có kết quả người dùng được xem (mới nhất trước), và giai đoạn nào (PRELIMINARY, FINAL)")
    @GetMapping("/api/results/years")
    List<ResultYear> resultYears(CurrentUser user) {
        return results.yearsWithResults().entrySet().stream()
                .map(year -> new ResultYear(year.getKey(), year.getValue().stream()
                        .filter(stage -> results.visible(year.getKey(), stage, user)).toList()))
                .filter(year -> !year.stages().isEmpty()).toList();
    }

    @Operation(summary = "Kết quả qua các năm của một đơn vị và các đơn vị tiền thân (sáp nhập năm 2025)")
    @GetMapping("/api/units/{unitCode}/history")
    List<ResultService.YearResult> history(@PathVariable String unitCode, CurrentUser user) {
        user.requireReadAccess(unitCode);
        return results.history(unitCode, user);
    }

    @Operation(summary = "So sánh giả định: chấm lại năm bằng bộ luật đang áp dụng, hoặc bằng một bản nháp (ruleSet), mà không lưu")
    @GetMapping("/api/cycles/{year}/what-if")
    List<WhatIfRow> whatIf(@PathVariable int year, @RequestParam(required = false) Long ruleSet, CurrentUser user) {
        return comparison.whatIf(year, ruleSet, user);
    }

    @Operation(summary = "Chấm lại năm đánh giá bằng bộ luật hiện tại (cơ quan thường trực, có lý do, được ghi nhật ký)")
    @PostMapping("/api/cycles/{year}/rescore")
    ResponseEntity<Void> rescore(@PathVariable int year, @RequestBody Rescoring body, CurrentUser user) {
        comparison.rescoreWithCurrentRules(year, body.reason(), user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Kết quả của năm theo giai đoạn (PRELIMINARY: sơ bộ, FINAL: chính thức), xếp theo khối và thứ hạng")
    @GetMapping("/api/cycles/{year}/results")
    List<UnitResult> results(@PathVariable int year, @RequestParam(defaultValue = ResultService.FINAL) String stage,
                             CurrentUser user) {
        results.requireVisible(year, requireStage(stage), user);
        return results.results(year, stage);
    }

    @Operation(summary = "Kết quả chính thức so với kết quả sơ bộ đã công bố: chỉ số, xếp loại, thứ hạng trước và sau của từng"
            + " đơn vị, và lý do (kiến nghị được chấp nhận, Hội đồng điều chỉnh; đơn vị chỉ xem lý do của mình)")
    @GetMapping("/api/cycles/{year}/results/changes")
    List<ResultChanges.ResultChange> changes(@PathVariable int year, CurrentUser user) {
        return changes.of(year, user);
    }
}
