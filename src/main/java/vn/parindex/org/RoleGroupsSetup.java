package vn.parindex.org;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The role groups every user task names as candidates exist in every installation. */
@Component
class RoleGroupsSetup {

    private final UnitGroups groups;

    RoleGroupsSetup(UnitGroups groups) {
        this.groups = groups;
    }

    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    void ensureRoleGroups() {
        groups.ensureRoleGroups();
    }
}
