package vn.parindex.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.audit.AuditLog;
import vn.parindex.web.UserFacingException;

@Tag(name = "Tài khoản", description = "Mở khóa đăng nhập")
@RestController
class AccountController {

    private final IdentityService identity;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    AccountController(IdentityService identity, LoginThrottle throttle, AuditLog audit) {
        this.identity = identity;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Operation(summary = "Mở khóa đăng nhập của một tài khoản (cơ quan thường trực): xóa thời gian chờ sau các lần đăng nhập sai")
    @PostMapping("/api/accounts/{userId}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String userId, CurrentUser user) {
        if (!user.inGroup(Roles.ADMIN)) {
            user.requireGroup(Roles.STANDING_BODY);
        }
        if (identity.createUserQuery().userId(userId).count() == 0) {
            throw UserFacingException.notFound("Không có tài khoản \"" + userId + "\".");
        }
        throttle.release(userId);
        identity.unlockUser(userId);
        audit.record(user.id(), "ACCOUNT_UNLOCKED", null, null, null, null, userId, null);
        return ResponseEntity.noContent().build();
    }
}
