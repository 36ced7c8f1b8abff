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
        return ofYear(runtime, management.createJobQuery().executable().list(), year);
    }

    /** Those of the jobs that belong to the year's processes (their business keys begin with the year). */
    static List<Job> ofYear(RuntimeService runtime, List<Job> jobs, int year) {
        if (jobs.isEmpty()) {
            return jobs;
        }
        Set<String> ofYear = runtime.createProcessInstanceQuery()
                .processInstanceIds(jobs.stream().map(Job::getProcessInstanceId).collect(Collectors.toSet()))
                .processInstanceBusinessKeyLike(ProcessKeys.cycleKey(year) + "%").list().stream()
                .map(ProcessInstance::getId).collect(Collectors.toSet());
        return jobs.stream().filter(job -> ofYear.contains(job.getProcessInstanceId())).toList();
    }
}
