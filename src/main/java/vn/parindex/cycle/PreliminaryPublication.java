package vn.parindex.cycle;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
    private final ApplicationEventPublisher events;

    PreliminaryPublication(Years cycles, WorkflowTasks tasks, ApplicationEventPublisher events) {
        this.cycles = cycles;
        this.tasks = tasks;
        this.events = events;
    }

    @Transactional
    public void publish(int year, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        cycles.getForUpdate(year).requireUnlocked();
        tasks.complete(user, ProcessKeys.cycleKey(year), TaskKeys.REVIEW_PRELIMINARY);
        events.publishEvent(new PreliminaryResultsReleased(user.id(), year));
    }
}
