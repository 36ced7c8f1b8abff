package vn.parindex.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.criteria.Leaf;
import vn.parindex.cycle.ApprovalService;
import vn.parindex.cycle.CycleOpening;
import vn.parindex.cycle.OpenCycleRequest;
import vn.parindex.cycle.PreliminaryPublication;
import vn.parindex.ranking.ResultService;
import vn.parindex.review.AppraisalService;
import vn.parindex.security.Roles;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.survey.SurveyEntry;
import vn.parindex.survey.SurveyService;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.YearJobs;

/**
 * Prints, for N synthetic communes on PostgreSQL, the rate of each phase of a year and its ratio to the bare
 * engine (start, user task, complete by a candidate) measured warm in the same run and the same way (two threads,
 * an authenticated user): three times before the years and three times after, on the grown database, the summary
 * dividing by the median of the six and showing the ratios' range. The units self-assess and are appraised on two
 * threads, as a province's units work at once; any refusal (an optimistic-locking conflict among them) fails the
 * run. Also the response time of each user action (median and max) and the duration of each job (save points run
 * here one by one, as the job executor would). Run: {@code ./mvnw -Pbench verify}
 * (sizes: -Dbench.units=200,3321).
 */
class CycleBenchmark extends IntegrationTest {

    @Autowired CycleOpening opening;
    @Autowired AssessmentService assessments;
    @Autowired AppraisalService appraisal;
    @Autowired SurveyService surveys;
    @Autowired PreliminaryPublication preliminary;
    @Autowired ApprovalService approval;
    @Autowired ResultService results;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired ManagementService management;
    @Autowired YearJobs yearJobs;
    @Autowired JdbcTemplate jdbc;

    private static final int THREADS = 2;
    /**
     * Phases measured as warm as the baseline (7,000 instances before it is measured): self-assessment still sped up
     * after the first 1,800 units (a probe, three years in one JVM on two threads: 300 units at 60/s, then 1,500 at
     * 107–115/s, then 1,500 more at 126–135/s).
     */
    private static final int WARM_UP_UNITS = 1000;

    private final Map<String, List<Long>> responses = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, List<Long>> jobs = new LinkedHashMap<>();
    private final Map<String, Double> phaseRates = new LinkedHashMap<>();
    private final ExecutorService autovacuum = Executors.newSingleThreadExecutor();
    private Future<?> analysing = CompletableFuture.completedFuture(null);
    private final AtomicInteger tablesAnalysed = new AtomicInteger();
    private final AtomicLong analysisNanos = new AtomicLong();

    @Test
    void annualCycle() throws Exception {
        scenario.ensureFixture();   // the appraisal team's member and his fields
        deployBareProcess();
        printDatabaseCommitCost();
        System.out.printf("BENCH bare engine, cold (first 300 instances after start-up): %.1f instances/s%n", bareRate(300, 1, null));
        bareRate(3000, 1, null);
        System.out.printf("BENCH bare engine, warm, no user: %.1f instances/s; two threads: %.1f%n",
                bareRate(2000, 1, null), bareRate(2000, 2, null));
        // the measurements after the years ran a fifth faster than those before, until the candidate's path too was warmed
        bareRate(5000, THREADS, "bench-user");
        List<Double> before = candidateRates();
        double bare = median(before);
        System.out.printf("BENCH bare engine, warm, as a candidate user (authorizations checked): %s instances/s, "
                + "median %.1f (the baseline below)%n", rounded(before), bare);
        System.out.printf("BENCH bare engine, warm, as a candidate user, the other core kept busy: %.1f instances/s%n",
                withABusyCore(() -> bareRate(2000, 1, "bench-user")));
        System.out.printf("BENCH warm-up year of %d units (JIT), figures not to be read as results:%n", WARM_UP_UNITS);
        run(WARM_UP_UNITS, 2089, bare);
        phaseRates.clear();
        int year = 2090;
        for (String n : System.getProperty("bench.units", "200,3321").split(",")) {
            run(Integer.parseInt(n.trim()), year++, bare);
        }
        List<Double> after = candidateRates();
        List<Double> all = new ArrayList<>(before);
        all.addAll(after);
        double median = median(all);
        System.out.printf("BENCH bare engine again, warm, as a candidate user, on the grown database: %s instances/s; "
                + "median of all six %.1f (range %.1f–%.1f)%n", rounded(after), median, Collections.min(all), Collections.max(all));
        phaseRates.forEach((phase, rate) -> System.out.printf("BENCH summary %-70s %8.1f units/s  %.2f× the median of "
                + "the bare engine's six measurements (%.2f–%.2f× its range)%n", phase, rate, rate / median,
                rate / Collections.max(all), rate / Collections.min(all)));
        System.out.printf("BENCH resident memory of this JVM (the app and the tests) after the years: %s, heap at most %d MB, "
                + "collector %s (-Dtest.jvm.args=\"-Xmx512m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m "
                + "-XX:TrimNativeHeapInterval=5000\" as the Docker image runs, for the production figure)%n", residentMemory(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
        autovacuum.shutdown();
    }

    /** The kernel's count of this process's pages in memory (Linux). */
    private static String residentMemory() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.substring(6).trim()).findFirst().orElse("unknown");
    }

    private void run(int n, int year, double bare) throws Exception {
        responses.clear();
        jobs.clear();
        List<String> codes = scenario.registerCommunes("B" + year, n, "Khối xã " + year);
        long t0 = System.nanoTime();
        timed("open a year", () -> opening.open(new OpenCycleRequest(year, EngineClock.now().plusDays(30), codes, null,
                null, Duration.ofDays(5), null, null, null, null, null, null), Scenario.role(Roles.STANDING_BODY)));
        runJobs(year);
        report(n, "open year (request + starting every unit's process)", t0, bare);

        List<Leaf> leaves = scenario.leaves(year, codes.get(0));
        List<AnswerInput> answers = Scenario.fullMarks(leaves);
        t0 = System.nanoTime();
        byUnits(codes, code -> {
            timed("save every answer of a file", () -> assessments.saveAnswers(year, code, answers, Scenario.unit(code)));
            timed("submit a file (rules)", () -> assessments.submit(year, code, Scenario.unit(code)));
        });
        runJobs(year);
        report(n, "self-assessment (save every answer + submit + rules)", t0, bare);

        t0 = System.nanoTime();
        byUnits(codes, code -> timed("complete a round 1 (rules; the last one also joins the whole province)",
                () -> appraisal.completeRound(year, code, Scenario.role(Roles.APPRAISAL_TEAM))));
        runJobs(year);
        report(n, "appraisal (round 1, rules, appraised points)", t0, bare);

        List<SurveyEntry> survey = Scenario.surveyRates(leaves, codes, 80);
        t0 = System.nanoTime();
        timed("import the survey", () -> surveys.importResults(year, survey, Scenario.role(Roles.SURVEY_OFFICE)));
        timed("complete the survey (once every preliminary result)", () -> surveys.complete(year, Scenario.role(Roles.SURVEY_OFFICE)));
        runJobs(year);
        timed("publish the preliminary results", () -> preliminary.publish(year, Scenario.role(Roles.STANDING_BODY)));
        runJobs(year);
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(6).toMillis()));
        runJobs(year); // the complaint window closes: readiness, final results
        timed("approve (once the final publication)", () -> approval.decide(year, true, null, Scenario.role(Roles.LEADERSHIP)));
        runJobs(year);
        report(n, "survey import, preliminary + final results, ranking, publication", t0, bare);
        System.out.printf("BENCH N=%d published %d final results%n", n, results.count(year, ResultService.FINAL));
        responses.forEach((action, times) -> System.out.printf("BENCH N=%d response of %-60s %s%n", n, action, summary(times)));
        jobs.forEach((activity, times) -> System.out.printf("BENCH N=%d job %-40s %s%n", n, activity, summary(times)));
        jdbc.queryForList("select relname, seq_scan, seq_tup_read, idx_scan from pg_stat_user_tables order by seq_tup_read desc limit 8")
                .forEach(r -> System.out.println("BENCH sequential scans so far (PostgreSQL statistics): " + r));
    }

    /**
     * Each unit's work once, on {@link #THREADS} threads taking the next unit as they finish, as a province's units
     * work at once. Any refusal (an optimistic-locking conflict becomes a 409) fails the benchmark.
     */
    private void byUnits(List<String> codes, Consumer<String> work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        onThreads(THREADS, () -> {
            for (int i = next.getAndIncrement(); i < codes.size() && !failed.get(); i = next.getAndIncrement()) {
                try {
                    work.accept(codes.get(i));
                } catch (RuntimeException e) {
                    failed.set(true);
                    throw e;
                }
                keepStatisticsCurrent(i);
            }
        });
    }

    private void timed(String action, Runnable call) {
        long t0 = System.nanoTime();
        call.run();
        responses.computeIfAbsent(action, a -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t0);
    }

    /** The year's due jobs, one by one in this thread as the job executor would run them, each timed by its activity. */
    private void runJobs(int year) {
        for (List<Job> due = yearJobs.due(year); !due.isEmpty(); due = yearJobs.due(year)) {
            for (Job job : due) {
                String activity = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                        .singleResult().getActivityId();
                long t0 = System.nanoTime();
                management.executeJob(job.getId());
                jobs.computeIfAbsent(activity, a -> new ArrayList<>()).add(System.nanoTime() - t0);
            }
        }
    }

    /**
     * A real year spreads this work over weeks, in which autovacuum keeps the planner's statistics current as the
     * tables grow; here it happens in seconds, faster than autovacuum wakes, so the benchmark does its work as it goes:
     * every 100 units it analyses each table whose changes since its last analysis pass autovacuum's threshold (the
     * server's own settings), in a thread of its own beside the users (sharing the two cores), not inside their timed
     * steps. (Analysing the whole database, as before, took about 1 s each time on a 200 MB database.)
     */
    private synchronized void keepStatisticsCurrent(int done) {
        if (done % 100 == 0 && analysing.isDone()) {
            analysing = autovacuum.submit(this::analyseChangedTables);
        }
    }

    private void analyseChangedTables() {
        long t0 = System.nanoTime();
        List<String> due = jdbc.queryForList("""
                select format('%I.%I', schemaname, relname) from pg_stat_user_tables
                where n_mod_since_analyze > current_setting('autovacuum_analyze_threshold')::integer
                      + current_setting('autovacuum_analyze_scale_factor')::float8 * n_live_tup""", String.class);
        due.forEach(table -> jdbc.execute("analyze " + table));
        tablesAnalysed.addAndGet(due.size());
        analysisNanos.addAndGet(System.nanoTime() - t0);
    }

    /** What one commit costs on this database: the floor under every transaction of the engine and the app. */
    private void printDatabaseCommitCost() {
        System.out.println("BENCH PostgreSQL " + jdbc.queryForList("select name, setting from pg_settings where name in "
                + "('synchronous_commit', 'fsync', 'wal_sync_method', 'shared_buffers', 'max_connections')"));
        jdbc.execute("create table bench_commit (n integer)");
        jdbc.update("insert into bench_commit values (0)");
        long t0 = System.nanoTime();
        for (int i = 0; i < 500; i++) {
            jdbc.update("update bench_commit set n = n + 1");
        }
        System.out.printf("BENCH one autocommitted update: %.2f ms%n", (System.nanoTime() - t0) / 1e6 / 500);
        jdbc.execute("drop table bench_commit");
    }

    private void deployBareProcess() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("BareBenchmark").camundaHistoryTimeToLive(1)
                .startEvent().userTask("work").camundaCandidateGroups("bench").endEvent().done();
        repository.createDeployment().addModelInstance("BareBenchmark.bpmn", model).deploy();
    }

    /** Instances per second of start → user task → complete, on {@code threads} threads, as {@code user} if given. */
    private double bareRate(int count, int threads, String user) throws Exception {
        long t0 = System.nanoTime();
        onThreads(threads, () -> bareInstances(count / threads, user));
        return count / seconds(t0);
    }

    /** The same work on that many threads at once; returns when all have ended, failing with the first failure. */
    private static void onThreads(int threads, Runnable work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(work));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Runs the measurement while another thread spins: if one thread goes faster so, its time was spent waiting for
     * an idle CPU to wake (the JVM and PostgreSQL hand each statement back and forth), not working.
     */
    private double withABusyCore(Callable<Double> measurement) throws Exception {
        AtomicBoolean spinning = new AtomicBoolean(true);
        Thread spinner = new Thread(() -> {
            while (spinning.get()) {
                Thread.onSpinWait();
            }
        });
        spinner.start();
        try {
            return measurement.call();
        } finally {
            spinning.set(false);
            spinner.join();
        }
    }

    private void bareInstances(int count, String user) {
        for (int i = 0; i < count; i++) {
            String id = runtime.startProcessInstanceByKey("BareBenchmark").getId();
            asUser(user, () -> tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId(), Map.of()));
        }
    }

    private void asUser(String user, Runnable work) {
        if (user == null) {
            work.run();
            return;
        }
        identity.setAuthentication(user, List.of("bench"));
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static String summary(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return String.format("n=%-5d median %8.1f ms  max %8.1f ms  total %7.1f s", sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() - 1) / 1e6,
                sorted.stream().mapToLong(Long::longValue).sum() / 1e9);
    }

    /**
     * Three measurements of the baseline: one of them alone varied by a fifth from run to run here (100–133 /s), more
     * than the phases did.
     */
    private List<Double> candidateRates() throws Exception {
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rates.add(bareRate(1000, THREADS, "bench-user"));
        }
        return rates;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    private static List<String> rounded(List<Double> rates) {
        return rates.stream().map(r -> String.format("%.1f", r)).toList();
    }

    private void report(int n, String phase, long t0, double bare) {
        double s = seconds(t0);
        double rate = n / s;
        phaseRates.put("N=" + n + " " + phase, rate);
        System.out.printf("BENCH N=%d %-70s %8.1f s %8.1f units/s  (%.2f× the bare engine; beside it %d tables analysed "
                + "in %.1f s)%n", n, phase, s, rate, rate / bare, tablesAnalysed.getAndSet(0), analysisNanos.getAndSet(0) / 1e9);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
