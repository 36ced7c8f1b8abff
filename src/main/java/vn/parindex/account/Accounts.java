package vn.parindex.account;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.review.AppraiserAreas;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.LoginThrottle;
import vn.parindex.security.PasswordChange;
import vn.parindex.security.PasswordStrength;
import vn.parindex.security.RoleNames;
import vn.parindex.security.UserNames;
import vn.parindex.security.Roles;
import vn.parindex.web.UserFacingException;

/** The standing body's hand on accounts one by one (list, password reset, unlock, fields), and a user's own password. */
@Service
public class Accounts {

    /** An account as the standing body sees it. */
    public record Account(String login, String name, String email, String phone, List<String> groups, Set<String> areas,
                          boolean passwordChangeRequired) {
    }

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final IdentityService identity;
    private final AppraiserAreas appraiserAreas;
    private final AssessedAreas assessedAreas;
    private final PasswordChange passwordChange;
    private final PasswordStrength strength;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    Accounts(IdentityService identity, AppraiserAreas appraiserAreas, AssessedAreas assessedAreas,
             PasswordChange passwordChange, PasswordStrength strength, LoginThrottle throttle, ApplicationEventPublisher events) {
        this.identity = identity;
        this.appraiserAreas = appraiserAreas;
        this.assessedAreas = assessedAreas;
        this.passwordChange = passwordChange;
        this.strength = strength;
        this.throttle = throttle;
        this.events = events;
    }

    public List<Account> list(CurrentUser user) {
        user.requireStandingBodyOrAdmin();
        return identity.createUserQuery().list().stream().sorted(Comparator.comparing(User::getId)).map(this::account).toList();
    }

    /**
     * A new password, handed over once to the standing body, to be changed at the next login. Never one's own (he knows
     * it and changes it on his page), nor, but by an administrator, that of a role the standing body must not act in.
     */
    @Transactional
    public String resetPassword(String login, CurrentUser actor) {
        User user = managed(login, actor);
        if (login.equals(actor.id())) {
            throw refusedReset(login, actor, "Không cấp lại mật khẩu của chính mình: hãy đổi mật khẩu tại trang Đổi mật "
                    + "khẩu (/doi-mat-khau.html).");
        }
        if (!actor.inGroup(Roles.ADMIN)) {
            administeredRole(identity, login).ifPresent(role -> {
                throw refusedReset(login, actor, "Mật khẩu của tài khoản vai trò " + RoleNames.of(role)
                        + " chỉ quản trị viên hệ thống được cấp lại.");
            });
        }
        String password = Passwords.generate(login);
        user.setPassword(password);
        identity.saveUser(user);
        passwordChange.require(login);
        throttle.release(login);
        events.publishEvent(new PasswordReset(actor.id(), login));
        return password;
    }

    public void unlock(String login, CurrentUser actor) {
        managed(login, actor);
        throttle.release(login);
        identity.unlockUser(login);
        events.publishEvent(new AccountUnlocked(actor.id(), login));
    }

    @Transactional
    public void assignAreas(String login, Set<String> areas, CurrentUser actor) {
        managed(login, actor);
        if (identity.createGroupQuery().groupMember(login).groupId(Roles.APPRAISAL_TEAM).count() == 0) {
            throw UserFacingException.badRequest("Chỉ thành viên tổ thẩm định được phân công lĩnh vực.");
        }
        if (areas.isEmpty() || areas.contains(null)) {
            throw UserFacingException.badRequest("Lĩnh vực phải là một hoặc nhiều trong: "
                    + String.join(", ", assessedAreas.codes()) + ".");
        }
        List<String> refusals = areas.stream().sorted().flatMap(a -> assessedAreas.refusal(a).stream()).toList();
        if (!refusals.isEmpty()) {
            throw UserFacingException.badRequest("Không thể phân công: " + String.join(" ", refusals));
        }
        Set<String> before = appraiserAreas.of(login);
        appraiserAreas.assign(login, areas);
        events.publishEvent(new AppraiserAreasAssigned(actor.id(), login, List.copyOf(before), List.copyOf(areas)));
    }

    /** The user chooses his own password (and so leaves the one he was handed). */
    @Transactional
    public void changeOwnPassword(CurrentUser user, String current, String chosen) {
        if (current == null || !identity.checkPassword(user.id(), current)) {
            throw UserFacingException.badRequest("Mật khẩu hiện tại không đúng.");
        }
        strength.problem(user.id(), chosen).ifPresent(problem -> {
            throw UserFacingException.badRequest(problem);
        });
        if (chosen.equals(current)) {
            throw UserFacingException.badRequest("Mật khẩu mới phải khác mật khẩu hiện tại.");
        }
        User account = identity.createUserQuery().userId(user.id()).singleResult();
        account.setPassword(chosen);
        identity.saveUser(account);
        passwordChange.done(user.id());
        events.publishEvent(new PasswordChanged(user.id()));
    }

    /** An account the caller may manage: the standing body manages everyone but administrators. */
    private User managed(String login, CurrentUser actor) {
        actor.requireStandingBodyOrAdmin();
        User user = identity.createUserQuery().userId(login).singleResult();
        if (user == null) {
            throw UserFacingException.notFound("Không có tài khoản \"" + login + "\".");
        }
        if (!actor.inGroup(Roles.ADMIN) && identity.createGroupQuery().groupMember(login).groupId(Roles.ADMIN).count() > 0) {
            throw UserFacingException.forbidden("Tài khoản quản trị hệ thống chỉ quản trị viên được thay đổi.");
        }
        return user;
    }

    /** The account's role, if it is one whose accounts only administrators create, move or reset. */
    static Optional<String> administeredRole(IdentityService identity, String login) {
        return identity.createGroupQuery().groupMember(login).list().stream().map(Group::getId)
                .filter(Roles.ADMINISTERED::contains).findFirst();
    }

    private static UserFacingException refusedReset(String login, CurrentUser actor, String message) {
        log.warn("Refused {}'s reset of the password of {}: {}", actor.id(), login, message);
        return UserFacingException.forbidden(message);
    }

    private Account account(User user) {
        return new Account(user.getId(), UserNames.full(user), user.getEmail(),
                identity.getUserInfo(user.getId(), AccountImport.PHONE_INFO),
                identity.createGroupQuery().groupMember(user.getId()).list().stream().map(Group::getId).sorted().toList(),
                appraiserAreas.of(user.getId()), passwordChange.required(user.getId()));
    }
}
