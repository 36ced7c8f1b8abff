package vn.parindex.workflow;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Runs a year's due jobs (save points and timers of its processes) in the caller's thread until none is left, for
 * the demo and the tests to take a year's next step without waiting for the job executor. A job the executor ran
 * at the same time is left to it; any other failure is thrown.
 */
@Component
public class YearJobs {

    private final ManagementService management;
    private final RuntimeService runtime;

    YearJobs(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    public void runDue(int year) {
        for (List<Job> due = due(year); !due.isEmpty(); due = due(year)) {
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (OptimisticLockingException ranByTheJobExecutor) {
                    // the job executor ran it (or is running it): its outcome is the executor's
                }
            }
        }
    }

    /** The jobs of the year's processes that are due now. */
    public List<Job> due(int year) {
        List<Job> due = management.createJobQuery().executable().list();
        if (due.isEmpty()) {
            return due;
        }
        Set<String> ofYear = runtime.createProcessInstanceQuery()
                .processInstanceIds(due.stream().map(Job::getProcessInstanceId).collect(Collectors.toSet()))
                .processInstanceBusinessKeyLike(year + "%").list().stream().map(ProcessInstance::getId)
                .collect(Collectors.toSet());
        return due.stream().filter(job -> ofYear.contains(job.getProcessInstanceId())).toList();
    }
}
