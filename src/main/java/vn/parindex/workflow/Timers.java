package vn.parindex.workflow;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A year's waiting timers and tasks, found by process, business key and activity id, and moved through the engine's
 * API when the standing body changes a window: the due dates live in the engine's tables, so every node's job
 * executor follows them, and the models stay as drawn.
 */
@Component
public class Timers {

    private static final String START_UNIT_APPRAISALS = "Task_StartUnitAppraisals";

    private final ManagementService management;
    private final RuntimeService runtime;
    private final TaskService tasks;

    Timers(ManagementService management, RuntimeService runtime, TaskService tasks) {
        this.management = management;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** The timer jobs waiting at the activity in the year's instances of the process. */
    public List<Job> waiting(String processKey, int year, String timerKey) {
        return YearJobs.ofYear(runtime,
                management.createJobQuery().timers().processDefinitionKey(processKey).activityId(timerKey).list(), year);
    }

    /**
     * Whether the year's units' processes are still being started (AppraisalCycle's batch job, or its multi-instance
     * body, waits): the timers of the units not yet started do not exist yet.
     */
    public boolean unitsStarting(int year) {
        ProcessInstance cycle = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPRAISAL_CYCLE)
                .processInstanceBusinessKey(ProcessKeys.cycleKey(year)).singleResult();
        return cycle != null && runtime.getActiveActivityIds(cycle.getId()).stream()
                .anyMatch(activity -> activity.startsWith(START_UNIT_APPRAISALS));
    }

    /** How many tasks of the given key wait in the year's instances of the process. */
    public int waitingTasks(String processKey, int year, String taskKey) {
        return (int) taskQuery(processKey, year, taskKey).count();
    }

    /** Moves each timer by the same amount, keeping each one's own offset (an explanation asked on its own day). */
    public void shift(List<Job> jobs, Duration by) {
        jobs.forEach(job -> management.setJobDuedate(job.getId(), later(job.getDuedate(), by)));
    }

    /** Sets each timer's due date: a window that ends at one moment for the whole year. */
    public void setDue(List<Job> jobs, LocalDateTime due) {
        Date at = Date.from(due.atZone(ZoneId.systemDefault()).toInstant());
        jobs.forEach(job -> management.setJobDuedate(job.getId(), at));
    }

    /** Moves the due date the Tasklist shows on each waiting task of the given key. */
    public void shiftTaskDueDates(String processKey, int year, String taskKey, Duration by) {
        for (Task task : taskQuery(processKey, year, taskKey).list()) {
            if (task.getDueDate() != null) {
                task.setDueDate(later(task.getDueDate(), by));
                tasks.saveTask(task);
            }
        }
    }

    private org.camunda.bpm.engine.task.TaskQuery taskQuery(String processKey, int year, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKeyLike(ProcessKeys.cycleKey(year) + "%").taskDefinitionKey(taskKey);
    }

    private static Date later(Date date, Duration by) {
        return Date.from(date.toInstant().plus(by));
    }
}
