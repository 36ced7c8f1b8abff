package vn.parindex.security;

import java.util.Optional;
import java.util.Set;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.Caller;

/** The authenticated caller of the API, as established by {@link ApiAuthenticationFilter}; never taken from the request body. */
public record CurrentUser(String id, Set<String> groups) implements Caller {

    /** A visitor of the public pages: member of no group. */
    public static final CurrentUser ANONYMOUS = new CurrentUser("", Set.of());

    public CurrentUser {
        groups = Set.copyOf(groups);
    }

    @Override
    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    /** The unit this user works for, if the user belongs to an assessed unit. */
    public Optional<String> unitCode() {
        return groups.stream().filter(Roles::isUnitGroup).map(Roles::unitOf).findFirst();
    }

    public boolean belongsToUnit(String unitCode) {
        return inGroup(Roles.unitGroup(unitCode));
    }

    /** Province-level staff may read every unit's file and results before they are published; units only their own. */
    public boolean mayReadUnit(String unitCode) {
        return belongsToUnit(unitCode) || isProvinceStaff();
    }

    public boolean isProvinceStaff() {
        return inGroup(Roles.STANDING_BODY) || inGroup(Roles.APPRAISAL_TEAM) || inGroup(Roles.COUNCIL)
                || inGroup(Roles.COMPLAINT_REVIEWERS) || inGroup(Roles.LEADERSHIP) || inGroup(Roles.ADMIN);
    }

    public void requireGroup(String group) {
        if (!inGroup(group)) {
            throw UserFacingException.forbidden("Bạn không có quyền thực hiện thao tác này (cần vai trò: " + RoleNames.of(group) + ").");
        }
    }

    /** The standing body's work (accounts, the workspace); administrators may do it too. */
    public void requireStandingBodyOrAdmin() {
        if (!inGroup(Roles.ADMIN)) {
            requireGroup(Roles.STANDING_BODY);
        }
    }

    public void requireUnitMember(String unitCode) {
        if (!belongsToUnit(unitCode)) {
            throw UserFacingException.forbidden("Bạn chỉ được thao tác trên hồ sơ của đơn vị mình.");
        }
    }

    public void requireReadAccess(String unitCode) {
        if (!mayReadUnit(unitCode)) {
            throw UserFacingException.forbidden("Bạn không có quyền xem hồ sơ của đơn vị khác.");
        }
    }
}
