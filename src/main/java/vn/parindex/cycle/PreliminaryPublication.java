package vn.parindex.cycle;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.workflow.WorkflowTasks;
import vn.parindex.year.Years;

/** The standing body publishes the preliminary results it has reviewed; the complaint window opens then. */
@Service
public class PreliminaryPublication {

    private final Years cycles;
    private final WorkflowTasks tasks;
    private final AuditLog audit;

    PreliminaryPublication(Years cycles, WorkflowTasks tasks, AuditLog audit) {
        this.cycles = cycles;
        this.tasks = tasks;
        this.audit = audit;
    }

    @Transactional
    public void publish(int year, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        cycles.getForUpdate(year).requireUnlocked();
        tasks.complete(user, ProcessKeys.cycleKey(year), TaskKeys.REVIEW_PRELIMINARY);
        audit.record(user.id(), "PRELIMINARY_PUBLISHED", year, null, null, null, null, null);
    }
}
