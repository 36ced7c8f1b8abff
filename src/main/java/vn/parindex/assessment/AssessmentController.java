package vn.parindex.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.parindex.evidence.EvidenceFile;
import vn.parindex.evidence.EvidenceStore;
import vn.parindex.security.CurrentUser;

@Tag(name = "Hồ sơ tự đánh giá", description = "Đơn vị tự chấm, tải tài liệu kiểm chứng, nộp hồ sơ")
@RestController
@RequestMapping("/api/cycles/{year}/assessments/{unitCode}")
class AssessmentController {

    private final AssessmentService service;
    private final EvidenceStore evidence;

    AssessmentController(AssessmentService service, EvidenceStore evidence) {
        this.service = service;
        this.evidence = evidence;
    }

    @Operation(summary = "Hồ sơ của đơn vị: tiêu chí, điểm theo từng bước, tài liệu kiểm chứng")
    @GetMapping
    AssessmentView view(@PathVariable int year, @PathVariable String unitCode, CurrentUser user) {
        return service.view(year, unitCode, user);
    }

    @Operation(summary = "Lưu kết quả tự đánh giá (hoặc giải trình) của các tiêu chí",
            description = "Lưu các tiêu chí hợp lệ; nếu có tiêu chí không hợp lệ, trả 400 với lỗi của từng tiêu chí trong fields"
                    + " (các tiêu chí hợp lệ vẫn được lưu).")
    @PutMapping("/answers")
    AssessmentView saveAnswers(@PathVariable int year, @PathVariable String unitCode,
                               @RequestBody List<AnswerInput> answers, CurrentUser user) {
        service.saveAnswers(year, unitCode, answers, user);
        return service.view(year, unitCode, user);
    }

    @Operation(summary = "Nộp hồ sơ tự đánh giá (hoặc giải trình)")
    @PostMapping("/submit")
    AssessmentView submit(@PathVariable int year, @PathVariable String unitCode, CurrentUser user) {
        service.submit(year, unitCode, user);
        return service.view(year, unitCode, user);
    }

    @Operation(summary = "Tải lên tài liệu kiểm chứng cho một tiêu chí")
    @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    EvidenceFile upload(@PathVariable int year, @PathVariable String unitCode, @RequestParam String leafCode,
                        @RequestParam("file") MultipartFile file, CurrentUser user) throws IOException {
        return service.upload(year, unitCode, leafCode, file, user);
    }

    @Operation(summary = "Tải về một tài liệu kiểm chứng")
    @GetMapping("/evidence/{id}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable int year, @PathVariable String unitCode,
                                                   @PathVariable long id, CurrentUser user) throws IOException {
        EvidenceFile file = service.evidenceFile(year, unitCode, id, user);
        InputStream content = evidence.openContent(file);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(out -> {
                    try (content) {
                        content.transferTo(out);
                    }
                });
    }

    @Operation(summary = "Xóa tài liệu kiểm chứng trước khi nộp")
    @DeleteMapping("/evidence/{id}")
    ResponseEntity<Void> delete(@PathVariable int year, @PathVariable String unitCode, @PathVariable long id,
                                CurrentUser user) {
        service.deleteEvidence(year, unitCode, id, user);
        return ResponseEntity.noContent().build();
    }
}
