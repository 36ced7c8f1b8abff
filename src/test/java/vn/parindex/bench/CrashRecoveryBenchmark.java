package vn.parindex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.criteria.Leaf;
import vn.parindex.cycle.CycleOpening;
import vn.parindex.cycle.OpenCycleRequest;
import vn.parindex.ranking.ResultService;
import vn.parindex.security.Roles;
import vn.parindex.support.AppNode;
import vn.parindex.support.Await;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.survey.SurveyService;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;

/**
 * Crash safety of a province-wide job: N units (default 1,200; -Dbench.crash.units) reach the survey's completion
 * here; a node in its own JVM then runs the jobs, and is killed with SIGKILL while it computes the preliminary results
 * of every unit. A restarted node takes the job again once its lock expires; every unit must then have exactly one
 * preliminary result. Prints "lost 0, duplicated 0". Run: {@code ./mvnw -Pbench verify -Dtest=CrashRecoveryBenchmark}.
 */
class CrashRecoveryBenchmark extends IntegrationTest {

    private static final int YEAR = 2080;
    private static final String JOB = "Task_ComputePreliminaryResults";
    /** Short, so that the restarted node takes the dead node's job soon, yet longer than the job on a cold JVM. */
    private static final Map<String, String> NODE = Map.of("camunda.bpm.job-execution.lock-time-in-millis", "60000",
            "camunda.bpm.job-execution.max-wait", "1000");

    @Autowired CycleOpening opening;
    @Autowired AssessmentService assessments;
    @Autowired SurveyService surveys;
    @Autowired ResultService results;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService tasks;

    @Test
    void aKilledNodeLosesNoUnitAndDuplicatesNone() throws InterruptedException {
        int n = Integer.getInteger("bench.crash.units", 1200);
        List<String> codes = scenario.registerCommunes("K" + YEAR, n, "Khối xã " + YEAR);
        long t0 = System.nanoTime();
        surveyCompleted(codes);
        System.out.printf("BENCH crash N=%d: %d units self-assessed and appraised, survey completed in %.1f s%n",
                n, n, seconds(t0));

        long killedAfter;
        try (AppNode node = AppNode.start("crash-node-1", NODE)) {
            long lockedAt = awaitJobLockedAndWriting();
            killedAfter = (System.nanoTime() - lockedAt) / 1_000_000;
            node.kill();
        }
        assertThat(jobLockOwner()).as("the job is still there, locked by the dead node").isNotNull();
        assertThat(results.count(YEAR, ResultService.PRELIMINARY)).as("nothing of the killed transaction").isZero();
        System.out.printf("BENCH crash N=%d: node killed (SIGKILL) %d ms into %s; results committed: 0%n", n, killedAfter, JOB);

        t0 = System.nanoTime();
        try (AppNode node = AppNode.start("crash-node-2", NODE)) {
            Await.until("the restarted node finishes " + JOB, Duration.ofMinutes(5), () -> tasks.createTaskQuery()
                    .processInstanceBusinessKey(ProcessKeys.cycleKey(YEAR)).taskDefinitionKey(TaskKeys.REVIEW_PRELIMINARY)
                    .count() == 1);
        }
        Map<String, Object> counts = jdbc.queryForMap("select count(*) as total, count(distinct unit_code) as units "
                + "from unit_result where year = ? and stage = ?", YEAR, ResultService.PRELIMINARY);
        long total = ((Number) counts.get("total")).longValue();
        long units = ((Number) counts.get("units")).longValue();
        long lost = n - units;
        long duplicated = total - units;
        System.out.printf("BENCH crash N=%d: restarted node finished the job %.1f s after its start (lock time 60 s): "
                + "lost %d, duplicated %d%n", n, seconds(t0), lost, duplicated);
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
    }

    /** Every unit through self-assessment and appraisal here (no job executor); the survey completed last. */
    private void surveyCompleted(List<String> codes) {
        opening.open(new OpenCycleRequest(YEAR, EngineClock.now().plusDays(30), codes, null, null, Duration.ofDays(5),
                null, null, null, null, null, null), Scenario.role(Roles.STANDING_BODY));
        scenario.runJobs(YEAR);
        List<Leaf> leaves = scenario.leaves(YEAR, codes.get(0));
        List<AnswerInput> answers = Scenario.fullMarks(leaves);
        for (String code : codes) {
            assessments.saveAnswers(YEAR, code, answers, Scenario.unit(code));
            scenario.submit(YEAR, code);
            scenario.appraise(YEAR, code, List.of());
        }
        surveys.importResults(YEAR, Scenario.surveyRates(leaves, codes, 80), Scenario.role(Roles.SURVEY_OFFICE));
        surveys.complete(YEAR, Scenario.role(Roles.SURVEY_OFFICE));
        jdbc.execute("analyze");
    }

    /** Waits until the node has locked the job and its transaction has written (it holds a transaction id). */
    private long awaitJobLockedAndWriting() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        Long lockedAt = null;
        while (System.nanoTime() < deadline) {
            if (lockedAt == null && jobLockOwner() != null) {
                lockedAt = System.nanoTime();
            }
            if (lockedAt != null && writing("crash-node-1")) {
                return lockedAt;
            }
            if (results.count(YEAR, ResultService.PRELIMINARY) > 0) {
                throw new IllegalStateException("The job finished before the kill: raise -Dbench.crash.units");
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("The node never ran " + JOB + "; see target/nodes/crash-node-1.log");
    }

    private String jobLockOwner() {
        return jdbc.query("select j.lock_owner_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ "
                        + "join act_ru_execution e on e.id_ = j.process_instance_id_ where e.business_key_ = ? and d.act_id_ = ?",
                rs -> rs.next() ? rs.getString(1) : null, ProcessKeys.cycleKey(YEAR), JOB);
    }

    private boolean writing(String node) {
        return jdbc.queryForObject("select count(*) from pg_stat_activity where application_name = ? "
                + "and backend_xid is not null", Integer.class, node) > 0;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
