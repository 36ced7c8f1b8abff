package vn.parindex.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;

@Tag(name = "Phiên bản bộ luật", description = "Bản nháp từ tệp đã nạp, áp dụng cho mọi máy chủ, đọc lại thư mục rules/")
@RestController
class RuleSetController {

    private final RuleSets ruleSets;

    RuleSetController(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    @Operation(summary = "Các phiên bản bộ luật, mới nhất trước: bản nháp, đang áp dụng, đã thay thế")
    @GetMapping("/api/rule-sets")
    List<RuleSetVersion> versions(CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        return ruleSets.versions();
    }

    @Operation(summary = "Áp dụng một bản nháp: các năm mở từ nay dùng bộ luật này; các năm đã mở giữ bộ luật của mình")
    @PostMapping("/api/rule-sets/{id}/adoption")
    RuleSetVersion adopt(@PathVariable long id, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        return ruleSets.adopt(id, user.id());
    }

    @Operation(summary = "Hủy một bản nháp chưa áp dụng")
    @DeleteMapping("/api/rule-sets/{id}")
    ResponseEntity<Void> discard(@PathVariable long id, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        ruleSets.discard(id, user.id());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Đọc lại thư mục rules/ (người phát triển đã sửa luật) và áp dụng nếu khác bộ luật đang dùng;"
            + " nếu có lỗi, giữ nguyên bộ luật đang dùng và trả về danh sách lỗi")
    @PostMapping("/api/rules/reload")
    RuleSetVersion reload(CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        return ruleSets.reloadFromFolder(user.id());
    }
}
