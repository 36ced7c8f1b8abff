package vn.parindex.workspace;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.security.CurrentUser;

@Tag(name = "Bàn làm việc của cơ quan thường trực", description = "Tình hình một năm đánh giá")
@RestController
class WorkspaceController {

    private final Overviews overviews;

    WorkspaceController(Overviews overviews) {
        this.overviews = overviews;
    }

    @Operation(summary = "Tình hình năm đánh giá: giai đoạn, hạn, hồ sơ theo trạng thái, đơn vị nộp muộn, hồ sơ chờ "
            + "thẩm định theo lĩnh vực, kiến nghị đang xử lý, danh sách hồ sơ")
    @GetMapping("/api/cycles/{year}/overview")
    YearOverview overview(@PathVariable int year, CurrentUser user) {
        return overviews.of(year, user);
    }

    @Operation(summary = "Thư điện tử của năm (500 thư mới nhất): người nhận, tiêu đề, lúc viết, lúc gửi, số lần thử, lỗi")
    @GetMapping("/api/cycles/{year}/emails")
    List<Overviews.SentMail> emails(@PathVariable int year, CurrentUser user) {
        return overviews.mail(year, user);
    }
}
