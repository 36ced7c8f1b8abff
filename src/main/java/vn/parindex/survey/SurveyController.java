package vn.parindex.survey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.security.CurrentUser;
import vn.parindex.spreadsheet.Xlsx;

@Tag(name = "Điều tra xã hội học", description = "Nhập kết quả điều tra của năm")
@RestController
@RequestMapping("/api/cycles/{year}/survey")
class SurveyController {

    private final SurveyService service;

    SurveyController(SurveyService service) {
        this.service = service;
    }

    @Operation(summary = "Nhập (thay thế) toàn bộ kết quả điều tra: đơn vị, tiêu chí, tỷ lệ % hoặc số phiếu theo phương án (answerCounts)")
    @PutMapping
    Map<String, Integer> importResults(@PathVariable int year, @RequestBody List<SurveyEntry> entries, CurrentUser user) {
        return Map.of("imported", service.importResults(year, entries, user));
    }

    @Operation(summary = "Tải mẫu nhập kết quả điều tra (.xlsx): mỗi loại đơn vị một trang, mỗi đơn vị một dòng; "
            + "answerCounts=true: nhập số phiếu theo từng phương án trả lời thay cho tỷ lệ %")
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable int year, @RequestParam(defaultValue = "false") boolean answerCounts,
                                    CurrentUser user) {
        return Xlsx.attachment("mau-ket-qua-dieu-tra-" + year + (answerCounts ? "-so-phieu" : "") + ".xlsx")
                .body(service.template(year, answerCounts, user));
    }

    @Operation(summary = "Nhập kết quả điều tra từ tệp mẫu đã điền (.xlsx); tệp có lỗi bị từ chối toàn bộ")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Integer> importWorkbook(@PathVariable int year, @RequestParam("file") MultipartFile file, CurrentUser user)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return Map.of("imported", service.importWorkbook(year, in, user));
        }
    }

    @Operation(summary = "Hoàn thành bước nhập kết quả điều tra")
    @PostMapping("/complete")
    ResponseEntity<Void> complete(@PathVariable int year, CurrentUser user) {
        service.complete(year, user);
        return ResponseEntity.noContent().build();
    }
}
