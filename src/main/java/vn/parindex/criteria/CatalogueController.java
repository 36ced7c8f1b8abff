package vn.parindex.criteria;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.security.CurrentUser;
import vn.parindex.spreadsheet.Xlsx;

@Tag(name = "Bộ tiêu chí", description = "Tải về và nạp lại bộ tiêu chí dạng Excel")
@RestController
class CatalogueController {

    private final CatalogueUpload catalogue;

    CatalogueController(CatalogueUpload catalogue) {
        this.catalogue = catalogue;
    }

    @Operation(summary = "Tải bộ tiêu chí hiện hành (.xlsx, mỗi loại đơn vị một trang tính)")
    @GetMapping("/api/catalogue.xlsx")
    ResponseEntity<byte[]> download(CurrentUser user) {
        return Xlsx.attachment("bo-tieu-chi.xlsx").body(catalogue.download());
    }

    @Operation(summary = "Nạp bộ tiêu chí đã sửa (.xlsx) thành bản nháp của bộ luật; tệp có lỗi bị từ chối toàn bộ, nêu từng lỗi theo trang, dòng, cột")
    @PostMapping(path = "/api/catalogue", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CatalogueUpload.Draft upload(@RequestParam("file") MultipartFile file, CurrentUser user) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return catalogue.upload(in, user);
        }
    }
}
