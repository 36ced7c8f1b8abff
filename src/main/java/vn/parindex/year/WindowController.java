package vn.parindex.year;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.security.CurrentUser;

@Tag(name = "Năm đánh giá", description = "Mở năm đánh giá, phê duyệt, hội đồng xem xét lại")
@RestController
class WindowController {

    private final YearWindows windows;

    WindowController(YearWindows windows) {
        this.windows = windows;
    }

    @Operation(summary = "Các thời hạn của năm (hạn nộp hồ sơ, nhắc việc, giải trình, kiến nghị) và việc còn chờ trong mỗi thời hạn")
    @GetMapping("/api/cycles/{year}/windows")
    Windows read(@PathVariable int year, CurrentUser user) {
        return windows.read(year, user);
    }

    @Operation(summary = "Cơ quan thường trực gia hạn, hoặc đóng sớm khi không còn việc chờ, một thời hạn của năm, kèm lý do")
    @PutMapping("/api/cycles/{year}/windows")
    Windows change(@PathVariable int year, @RequestBody WindowChange change, CurrentUser user) {
        return windows.change(year, change, user);
    }
}
