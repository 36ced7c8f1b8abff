package vn.parindex.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.security.CurrentUser;

@Tag(name = "Thẩm định", description = "Tổ giúp việc thẩm định hồ sơ theo lĩnh vực")
@RestController
@RequestMapping("/api/cycles/{year}/assessments/{unitCode}/appraisal")
class AppraisalController {

    private final AppraisalService service;

    AppraisalController(AppraisalService service) {
        this.service = service;
    }

    @Operation(summary = "Lưu kết quả thẩm định các tiêu chí (giá trị thẩm định, nhận xét, đề nghị giải trình)")
    @PutMapping
    ResponseEntity<Void> save(@PathVariable int year, @PathVariable String unitCode,
                              @RequestBody List<AnswerInput> entries, CurrentUser user) {
        service.save(year, unitCode, entries, user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Vòng thẩm định hiện tại của hồ sơ với thành viên: lĩnh vực của mình, lĩnh vực mình đã xác nhận, "
            + "lĩnh vực còn chờ")
    @GetMapping
    AppraisalService.MemberRound round(@PathVariable int year, @PathVariable String unitCode, CurrentUser user) {
        return service.memberRound(year, unitCode, user);
    }

    @Operation(summary = "Xác nhận các lĩnh vực mình phụ trách trong vòng thẩm định hiện tại; "
            + "vòng kết thúc khi mọi lĩnh vực đã được xác nhận")
    @PostMapping("/complete")
    AppraisalService.RoundState complete(@PathVariable int year, @PathVariable String unitCode, CurrentUser user) {
        return service.completeRound(year, unitCode, user);
    }
}
