package vn.parindex.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.parindex.account.AccountSaved;
import vn.parindex.account.AccountUnlocked;
import vn.parindex.account.AppraiserAreasAssigned;
import vn.parindex.account.PasswordChanged;
import vn.parindex.account.PasswordReset;
import vn.parindex.org.UnitsLoaded;
import vn.parindex.rules.RuleSetAdopted;
import vn.parindex.rules.RuleSetDiscarded;
import vn.parindex.rules.RuleSetDrafted;
import vn.parindex.security.LoginThrottled;

/** Who may do what, and by which rules: accounts, logins, the unit list, rule set versions. No year, no unit. */
@Component
class AccessAudit {

    private final AuditLog audit;

    AccessAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AccountSaved e) {
        record(e.actor(), e.created() ? "ACCOUNT_CREATED" : "ACCOUNT_UPDATED", null, e.login() + " → " + e.group()
                + (e.areas().isEmpty() ? "" : ", lĩnh vực " + String.join(", ", e.areas())), null);
    }

    @EventListener
    void on(PasswordReset e) {
        record(e.actor(), "PASSWORD_RESET", null, e.login(), null);
    }

    @EventListener
    void on(PasswordChanged e) {
        record(e.login(), "PASSWORD_CHANGED", null, e.login(), null);
    }

    @EventListener
    void on(AccountUnlocked e) {
        record(e.actor(), "ACCOUNT_UNLOCKED", null, e.login(), null);
    }

    @EventListener
    void on(AppraiserAreasAssigned e) {
        record(e.actor(), "APPRAISER_AREAS", String.join(", ", e.before()), e.login() + ": " + String.join(", ", e.after()),
                null);
    }

    @EventListener
    void on(LoginThrottled e) {
        record("system", "LOGIN_THROTTLED", null, e.key(), e.failures() + " lần đăng nhập sai liên tiếp; tên đăng nhập "
                + e.name() + ", địa chỉ " + e.address());
    }

    @EventListener
    void on(UnitsLoaded e) {
        record(e.actor(), "UNITS_LOADED", null, e.loaded().message(), null);
    }

    /** Ids as text; a first adoption replaced nothing, which the log has always shown as "null". */
    @EventListener
    void on(RuleSetAdopted e) {
        record(e.actor(), "RULE_SET_ADOPTED", String.valueOf(e.replacedId()), String.valueOf(e.adoptedId()), e.note());
    }

    @EventListener
    void on(RuleSetDrafted e) {
        record(e.actor(), "RULE_SET_DRAFTED", String.valueOf(e.baseId()), String.valueOf(e.draftId()), e.note());
    }

    @EventListener
    void on(RuleSetDiscarded e) {
        record(e.actor(), "RULE_SET_DISCARDED", String.valueOf(e.draftId()), null, e.note());
    }

    private void record(String actor, String action, String oldValue, String newValue, String reason) {
        audit.record(actor, action, null, null, null, oldValue, newValue, reason);
    }
}
