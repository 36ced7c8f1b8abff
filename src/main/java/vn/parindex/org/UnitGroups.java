package vn.parindex.org;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import vn.parindex.security.RoleNames;
import vn.parindex.security.Roles;

/** Keeps one Camunda group per unit and one per role, so user tasks can name them as candidates. */
@Component
public class UnitGroups {

    private final IdentityService identityService;

    UnitGroups(IdentityService identityService) {
        this.identityService = identityService;
    }

    void ensureGroup(Unit unit) {
        ensure(Roles.unitGroup(unit.code()), unit.name(), "UNIT");
    }

    public void ensureRoleGroups() {
        RoleNames.all().forEach((id, name) -> ensure(id, name, "WORKFLOW"));
    }

    private void ensure(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
        } else if (name.equals(group.getName())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }
}
