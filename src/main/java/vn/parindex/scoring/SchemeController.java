package vn.parindex.scoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.scoring.facts.Band;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.spreadsheet.Xlsx;

@Tag(name = "Cách xếp loại", description = "Các cách xếp loại (nhóm, ngưỡng, mức sàn) trong rules/, tải về và nạp lại dạng Excel")
@RestController
class SchemeController {

    private final ScoringService scoring;
    private final SchemeUpload upload;

    SchemeController(ScoringService scoring, SchemeUpload upload) {
        this.scoring = scoring;
        this.upload = upload;
    }

    @Operation(summary = "Các cách xếp loại của bộ luật hiện hành, mỗi cách với các loại theo thứ tự và quy tắc của từng loại")
    @GetMapping("/api/classification-schemes")
    Map<String, List<Band>> schemes(CurrentUser user) {
        return scoring.currentSchemes();
    }

    @Operation(summary = "Tải bảng cách xếp loại (.xlsx)")
    @GetMapping("/api/classification-schemes.xlsx")
    ResponseEntity<byte[]> download(CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        return Xlsx.attachment("cach-xep-loai.xlsx").body(upload.download());
    }

    @Operation(summary = "Nạp bảng cách xếp loại đã sửa (.xlsx) thành bản nháp của bộ luật; bảng có lỗi bị từ chối toàn bộ, nêu từng lỗi theo dòng, cột")
    @PostMapping(path = "/api/classification-schemes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    SchemeUpload.Draft upload(@RequestParam("file") MultipartFile file, CurrentUser user) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return upload.upload(in, user);
        }
    }
}
