package vn.parindex.complaint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.security.CurrentUser;

@Tag(name = "Kiến nghị", description = "Đơn vị kiến nghị về kết quả sơ bộ; bộ phận giải quyết kiến nghị quyết định")
@RestController
class ComplaintController {

    /** newPoints: a JSON number, or text as typed ("1,5"). */
    record Decision(boolean accepted, String newPoints, String reason) {
    }

    private final ComplaintService service;

    ComplaintController(ComplaintService service) {
        this.service = service;
    }

    @Operation(summary = "Gửi kiến nghị về điểm một tiêu chí của kết quả sơ bộ, kèm tài liệu kiểm chứng (không bắt buộc)",
            description = "Kiến nghị và các tệp được kiểm tra cùng lúc; một tệp không hợp lệ thì không nhận gì cả. "
                    + "Tệp chỉ được lưu khi kiến nghị được thụ lý.")
    @PostMapping(path = "/api/cycles/{year}/complaints", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Complaint file(@PathVariable int year, @RequestParam(required = false) String unitCode,
                   @RequestParam(required = false) String leafCode, @RequestParam(required = false) String reason,
                   @RequestParam(name = "files", required = false) List<MultipartFile> files,
                   CurrentUser user) throws IOException {
        return service.file(year, unitCode, leafCode, reason, files == null ? List.of() : files, user);
    }

    @Operation(summary = "Danh sách kiến nghị (đơn vị chỉ thấy kiến nghị của mình)")
    @GetMapping("/api/cycles/{year}/complaints")
    List<Complaint> list(@PathVariable int year, CurrentUser user) {
        return service.list(year, user);
    }

    @Operation(summary = "Một kiến nghị")
    @GetMapping("/api/complaints/{id}")
    Complaint one(@PathVariable long id, CurrentUser user) {
        return service.get(id, user);
    }

    @Operation(summary = "Quyết định kiến nghị: chấp nhận với điểm mới và lý do, hoặc không chấp nhận với lý do")
    @PostMapping("/api/complaints/{id}/decision")
    Complaint decide(@PathVariable long id, @RequestBody Decision body, CurrentUser user) {
        return service.decide(id, body.accepted(), body.newPoints(), body.reason(), user);
    }
}
