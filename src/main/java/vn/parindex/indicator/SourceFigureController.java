package vn.parindex.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.security.CurrentUser;
import vn.parindex.spreadsheet.Xlsx;

@Tag(name = "Số liệu nguồn", description = "Số liệu từ hệ thống dịch vụ công điền sẵn vào hồ sơ tự đánh giá")
@RestController
@RequestMapping("/api/cycles/{year}/source-figures")
class SourceFigureController {

    private final SourceImport service;

    SourceFigureController(SourceImport service) {
        this.service = service;
    }

    @Operation(summary = "Tải mẫu nhập số liệu nguồn (.xlsx): đơn vị, chỉ tiêu, tháng, tử số, mẫu số, nguồn, ngày trích xuất")
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable int year, CurrentUser user) {
        return Xlsx.attachment("mau-so-lieu-nguon-" + year + ".xlsx").body(service.template(year, user));
    }

    @Operation(summary = "Nhập số liệu nguồn từ tệp mẫu đã điền; tệp có lỗi bị từ chối toàn bộ, nhập lại cùng tệp không thay đổi gì")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    SourceImport.Result importWorkbook(@PathVariable int year, @RequestParam("file") MultipartFile file, CurrentUser user)
            throws IOException {
        return service.importWorkbook(year, file.getOriginalFilename(), file.getSize(), file, user);
    }
}
