package vn.parindex.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.PasswordChange;

@Tag(name = "Người dùng", description = "Thông tin người đang đăng nhập")
@RestController
class MeController {

    record Me(String id, Set<String> groups, String unitCode, Set<String> appraisalAreas, boolean passwordChangeRequired) {
    }

    private final AppraiserAreas areas;
    private final PasswordChange passwordChange;

    MeController(AppraiserAreas areas, PasswordChange passwordChange) {
        this.areas = areas;
        this.passwordChange = passwordChange;
    }

    @Operation(summary = "Người đang đăng nhập: nhóm, đơn vị, các lĩnh vực được phân công thẩm định, có phải đổi mật khẩu được cấp")
    @GetMapping("/api/me")
    Me me(CurrentUser user) {
        return new Me(user.id(), user.groups(), user.unitCode().orElse(null), areas.of(user.id()),
                passwordChange.required(user.id()));
    }
}
