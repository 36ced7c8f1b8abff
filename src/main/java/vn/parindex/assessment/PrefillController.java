package vn.parindex.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.security.CurrentUser;
import vn.parindex.web.Numbers;
import vn.parindex.web.UserFacingException;

@Tag(name = "Số liệu điền sẵn", description = "Đơn vị xác nhận hoặc sửa số liệu điền sẵn từ hệ thống dịch vụ công")
@RestController
@RequestMapping("/api/cycles/{year}/assessments/{unitCode}/prefills/{leafCode}")
class PrefillController {

    private final PrefillDecisions decisions;
    private final AssessmentService assessments;

    PrefillController(PrefillDecisions decisions, AssessmentService assessments) {
        this.decisions = decisions;
        this.assessments = assessments;
    }

    @Operation(summary = "Xác nhận số liệu điền sẵn của một tiêu chí (số liệu của lần nhập mới nhất, nếu có)")
    @PostMapping("/confirmation")
    AssessmentView confirm(@PathVariable int year, @PathVariable String unitCode, @PathVariable String leafCode,
                           CurrentUser user) {
        decisions.confirm(year, unitCode, leafCode, user);
        return assessments.view(year, unitCode, user);
    }

    @Operation(summary = "Sửa số liệu điền sẵn: tử số, mẫu số, giải trình và tài liệu kiểm chứng (bắt buộc)")
    @PostMapping(path = "/correction", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AssessmentView correct(@PathVariable int year, @PathVariable String unitCode, @PathVariable String leafCode,
                           @RequestParam(required = false) String numerator,
                           @RequestParam(required = false) String denominator,
                           @RequestParam(required = false) String note,
                           @RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user)
            throws IOException {
        decisions.correct(year, unitCode, leafCode, number("Tử số", numerator), number("Mẫu số", denominator), note, file,
                user);
        return assessments.view(year, unitCode, user);
    }

    private static BigDecimal number(String which, String typed) {
        if (typed == null || typed.isBlank()) {
            throw UserFacingException.badRequest("Cần nhập cả tử số và mẫu số.");
        }
        try {
            return Numbers.parse(typed);
        } catch (NumberFormatException e) {
            throw UserFacingException.badRequest(which + " không phải là số hợp lệ (" + Numbers.RULE + ").");
        }
    }
}
