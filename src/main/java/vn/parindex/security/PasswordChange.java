package vn.parindex.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Whether a user still holds a password someone else handed him (a new account, a reset) and must choose his own
 * before working. Kept in Camunda's user info, beside the account it concerns.
 */
@Component
public class PasswordChange {

    private static final String REQUIRED = "par.passwordChangeRequired";
    static final String REQUIRED_MESSAGE = "Bạn cần đổi mật khẩu được cấp trước khi làm việc: mở trang /doi-mat-khau.html.";

    private final IdentityService identity;

    PasswordChange(IdentityService identity) {
        this.identity = identity;
    }

    public void require(String userId) {
        identity.setUserInfo(userId, REQUIRED, "true");
    }

    public boolean required(String userId) {
        return "true".equals(identity.getUserInfo(userId, REQUIRED));
    }

    public void done(String userId) {
        identity.deleteUserInfo(userId, REQUIRED);
    }
}
