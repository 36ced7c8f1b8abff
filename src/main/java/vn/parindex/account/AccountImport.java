package vn.parindex.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.org.Units;
import vn.parindex.review.AppraiserAreas;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.PasswordChange;
import vn.parindex.security.RoleNames;
import vn.parindex.security.Roles;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.Text;
import vn.parindex.web.ValidationException;

/**
 * Creates and updates accounts from the accounts sheet, whole or not at all: every row is checked first and each
 * problem reported by row and column. A new account gets a generated password, handed over once, to be changed at
 * first login; an existing one keeps its password and gets the sheet's name, e-mail, phone, unit or role and fields.
 */
@Service
public class AccountImport {

    static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{6,20}");
    static final String PHONE_INFO = "phone";

    /** One checked row: the group is a role's or a unit's Camunda group. */
    private record Account(String login, String name, String group, String email, String phone, Set<String> areas) {
    }

    private final IdentityService identity;
    private final Units units;
    private final AppraiserAreas appraiserAreas;
    private final AssessedAreas assessedAreas;
    private final PasswordChange passwordChange;
    private final ApplicationEventPublisher events;

    AccountImport(IdentityService identity, Units units, AppraiserAreas appraiserAreas, AssessedAreas assessedAreas,
                  PasswordChange passwordChange, ApplicationEventPublisher events) {
        this.identity = identity;
        this.units = units;
        this.appraiserAreas = appraiserAreas;
        this.assessedAreas = assessedAreas;
        this.passwordChange = passwordChange;
        this.events = events;
    }

    @Transactional
    public List<AccountSheet.Handover> load(Map<String, List<List<String>>> sheets, CurrentUser actor) {
        List<List<String>> rows = Optional.ofNullable(sheets.get(AccountSheet.SHEET)).orElse(sheets.values().iterator().next());
        List<Account> accounts = check(rows, actor);
        List<AccountSheet.Handover> handed = new ArrayList<>();
        for (Account account : accounts) {
            handed.add(apply(account, actor));
        }
        return handed;
    }

    private List<Account> check(List<List<String>> rows, CurrentUser actor) {
        if (rows.isEmpty() || !SheetReader.startsWithHeaders(rows.get(0), AccountSheet.HEADERS)) {
            throw new ValidationException("Tệp tài khoản không đúng mẫu.", List.of("Dòng 1: tiêu đề cột phải là: "
                    + String.join(" | ", AccountSheet.HEADERS) + " (tải mẫu tại /api/accounts/template.xlsx)."));
        }
        List<String> problems = new ArrayList<>();
        List<Account> accounts = new ArrayList<>();
        Set<String> logins = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            RowCheck check = new RowCheck(row, r + 1, problems);
            Account account = check.account(assessedAreas);
            if (!logins.add(check.login())) {
                problems.add(check.at(0) + "tên đăng nhập " + check.login() + " bị trùng trong tệp.");
            } else if (account != null && isAdministrator(account.login())) {
                problems.add(check.at(0) + account.login() + " là tài khoản quản trị hệ thống; sửa trong Camunda Admin.");
            } else if (account != null) {
                administratorsOnly(account, check, actor).ifPresentOrElse(problems::add, () -> accounts.add(account));
            }
        }
        if (accounts.isEmpty() && problems.isEmpty()) {
            problems.add("Tệp không có dòng tài khoản nào.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("Tệp tài khoản có " + problems.size() + " lỗi; chưa tạo hay sửa tài khoản nào.", problems);
        }
        return accounts;
    }

    private AccountSheet.Handover apply(Account account, CurrentUser actor) {
        User user = identity.createUserQuery().userId(account.login()).singleResult();
        String password = null;
        if (user == null) {
            user = identity.newUser(account.login());
            password = Passwords.generate(account.login());
            user.setPassword(password);
        }
        user.setFirstName(account.name());
        user.setLastName("");
        user.setEmail(account.email());
        identity.saveUser(user);
        if (password != null) {
            passwordChange.require(account.login());
        }
        identity.setUserInfo(account.login(), PHONE_INFO, account.phone());
        for (Group group : identity.createGroupQuery().groupMember(account.login()).list()) {
            if (!group.getId().equals(account.group()) && !group.getId().equals(Roles.ADMIN)) {
                identity.deleteMembership(account.login(), group.getId());
            }
        }
        if (identity.createGroupQuery().groupMember(account.login()).groupId(account.group()).count() == 0) {
            identity.createMembership(account.login(), account.group());
        }
        appraiserAreas.assign(account.login(), account.areas());
        events.publishEvent(new AccountSaved(actor.id(), account.login(), account.group(), List.copyOf(account.areas()),
                password != null));
        return new AccountSheet.Handover(account.login(), account.name(), account.group(), password);
    }

    private boolean isAdministrator(String login) {
        return identity.createGroupQuery().groupMember(login).groupId(Roles.ADMIN).count() > 0;
    }

    /** Why the row is an administrator's to apply, if it is: it gives an administered role or changes such an account. */
    private Optional<String> administratorsOnly(Account account, RowCheck check, CurrentUser actor) {
        if (actor.inGroup(Roles.ADMIN)) {
            return Optional.empty();
        }
        if (Roles.ADMINISTERED.contains(account.group())) {
            return Optional.of(check.at(2) + "chỉ quản trị viên hệ thống được giao vai trò " + RoleNames.of(account.group()) + ".");
        }
        return Accounts.administeredRole(identity, account.login()).map(role -> check.at(0) + account.login()
                + " là tài khoản vai trò " + RoleNames.of(role) + "; chỉ quản trị viên hệ thống được sửa.");
    }

    /** One data row, checked cell by cell; every problem is added with its row and column. */
    private final class RowCheck {
        private final List<String> row;
        private final int number;
        private final List<String> problems;

        RowCheck(List<String> row, int number, List<String> problems) {
            this.row = row;
            this.number = number;
            this.problems = problems;
        }

        String at(int column) {
            return "Dòng " + number + ", cột " + AccountSheet.HEADERS.get(column) + ": ";
        }

        String login() {
            return cell(0).toLowerCase(Locale.ROOT);
        }

        Account account(AssessedAreas assessed) {
            int before = problems.size();
            String login = login();
            if (!LOGIN.matcher(login).matches()) {
                problems.add(at(0) + "\"" + cell(0) + "\" không hợp lệ (2–64 ký tự: chữ không dấu, số, '.', '_', '-').");
            }
            String name = cell(1);
            if (name.isEmpty() || name.length() > Text.NAME_CHARS) {
                problems.add(at(1) + (name.isEmpty() ? "thiếu họ và tên." : "dài quá " + Text.NAME_CHARS + " ký tự."));
            } else if (!Text.isCleanLine(name)) {
                problems.add(at(1) + "họ và tên " + Text.ONE_LINE + ".");
            }
            String group = group(cell(2));
            String email = cell(3);
            if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
                problems.add(at(3) + "\"" + email + "\" không phải địa chỉ thư điện tử.");
            }
            String phone = cell(4);
            if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
                problems.add(at(4) + "\"" + phone + "\" không phải số điện thoại.");
            }
            Set<String> areas = new LinkedHashSet<>(Arrays.stream(cell(5).split("[,;\\s]+")).filter(s -> !s.isBlank()).toList());
            if (Roles.APPRAISAL_TEAM.equals(group)) {
                if (areas.isEmpty()) {
                    problems.add(at(5) + "thành viên tổ thẩm định cần ít nhất một lĩnh vực.");
                }
                areas.forEach(a -> assessed.refusal(a).ifPresent(refusal -> problems.add(at(5) + refusal)));
            } else if (!areas.isEmpty() && group != null) {
                problems.add(at(5) + "chỉ thành viên tổ thẩm định được phân công lĩnh vực.");
            }
            return problems.size() > before ? null
                    : new Account(login, name, group, email.isEmpty() ? null : email, phone.isEmpty() ? null : phone, areas);
        }

        /** A role by its code or Vietnamese name, or a unit by its code; null (with a problem) otherwise. */
        private String group(String value) {
            Optional<String> role = RoleNames.all().entrySet().stream()
                    .filter(e -> !e.getKey().equals(Roles.ADMIN))
                    .filter(e -> e.getKey().equalsIgnoreCase(value) || e.getValue().equalsIgnoreCase(value))
                    .map(Map.Entry::getKey).findFirst();
            if (role.isPresent()) {
                return role.get();
            }
            if (!value.isEmpty() && units.exists(value.toUpperCase(Locale.ROOT))) {
                return Roles.unitGroup(value.toUpperCase(Locale.ROOT));
            }
            problems.add(at(2) + (value.isEmpty() ? "thiếu đơn vị hoặc vai trò." : "không có đơn vị hoặc vai trò \""
                    + value + "\" (xem trang \"Vai trò\" và \"Đơn vị\" của tệp mẫu)."));
            return null;
        }

        private String cell(int column) {
            return column < row.size() ? row.get(column).trim() : "";
        }
    }
}
