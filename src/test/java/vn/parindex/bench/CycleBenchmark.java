package vn.parindex.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.criteria.Leaf;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.cycle.ApprovalService;
import vn.parindex.cycle.CycleOpening;
import vn.parindex.cycle.OpenCycleRequest;
import vn.parindex.ranking.ResultService;
import vn.parindex.security.Roles;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.survey.SurveyEntry;
import vn.parindex.survey.SurveyService;
import vn.parindex.workflow.EngineClock;

/**
 * Prints units per second of each phase of a year for N synthetic communes on PostgreSQL, and the bare engine's
 * rate (start, user task, complete) in the same JVM. Run: {@code ./mvnw -Pbench verify} (sizes: -Dbench.units=200,3321).
 */
class CycleBenchmark extends IntegrationTest {

    @Autowired CycleOpening opening;
    @Autowired AssessmentService assessments;
    @Autowired SurveyService surveys;
    @Autowired ApprovalService approval;
    @Autowired ResultService results;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;

    @Test
    void annualCycle() {
        double bare = bareEngineRate();
        System.out.printf("BENCH bare engine (start -> user task -> complete): %.1f instances/s%n", bare);
        System.out.println("BENCH warm-up year (JIT), figures not to be read as results:");
        run(100, 2089, bare);
        int year = 2090;
        for (String n : System.getProperty("bench.units", "200,3321").split(",")) {
            run(Integer.parseInt(n.trim()), year++, bare);
        }
        System.out.printf("BENCH bare engine again, on the grown database: %.1f instances/s%n", bareRate());
    }

    private void run(int n, int year, double bare) {
        List<String> codes = synthetic(n, year);
        long t0 = System.nanoTime();
        opening.open(new OpenCycleRequest(year, EngineClock.now().plusDays(30), codes, null, null, Duration.ofDays(5), null, null, null, null),
                Scenario.role(Roles.STANDING_BODY));
        report(n, "open year", t0, bare);

        List<Leaf> leaves = scenario.leaves(year, codes.get(0));
        List<AnswerInput> answers = leaves.stream().filter(l -> l.method() != ScoringMethod.SURVEY)
                .map(l -> new AnswerInput(l.code(), l.method().fullMarksInput(), false, "Số liệu theo báo cáo năm", null)).toList();
        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            assessments.saveAnswers(year, codes.get(i), answers, Scenario.unit(codes.get(i)));
            scenario.submit(year, codes.get(i));
            keepStatisticsCurrent(i);
        }
        report(n, "self-assessment (save every answer + submit + rules)", t0, bare);

        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            scenario.appraise(year, codes.get(i), List.of());
            keepStatisticsCurrent(i);
        }
        report(n, "appraisal (round 1, rules, appraised points)", t0, bare);

        List<SurveyEntry> survey = new ArrayList<>();
        codes.forEach(c -> leaves.stream().filter(l -> l.method() == ScoringMethod.SURVEY)
                .forEach(l -> survey.add(new SurveyEntry(c, l.code(), BigDecimal.valueOf(80)))));
        t0 = System.nanoTime();
        surveys.importResults(year, survey, Scenario.role(Roles.SURVEY_OFFICE));
        surveys.complete(year, Scenario.role(Roles.SURVEY_OFFICE));
        scenario.publishPreliminary(year);
        scenario.advance(year, Duration.ofDays(6));
        approval.decide(year, true, null, Scenario.role(Roles.LEADERSHIP));
        report(n, "survey import, preliminary + final results, ranking, publication", t0, bare);
        System.out.printf("BENCH N=%d published %d final results%n", n, results.count(year, ResultService.FINAL));
        jdbc.queryForList("select relname, seq_scan, seq_tup_read, idx_scan from pg_stat_user_tables order by seq_tup_read desc limit 8")
                .forEach(r -> System.out.println("BENCH sequential scans so far (PostgreSQL statistics): " + r));
    }

    /**
     * A real year spreads this work over weeks, in which autovacuum keeps the planner's statistics current as the
     * tables grow; here it happens in seconds, faster than autovacuum wakes, so the benchmark analyses as it goes.
     */
    private void keepStatisticsCurrent(int done) {
        if (done % 500 == 0) {
            jdbc.execute("analyze");
        }
    }

    private List<String> synthetic(int n, int year) {
        return scenario.registerCommunes("B" + year, n, "Khối xã " + year);
    }

    private double bareEngineRate() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("BareBenchmark").camundaHistoryTimeToLive(1)
                .startEvent().userTask("work").camundaCandidateGroups("bench").endEvent().done();
        repository.createDeployment().addModelInstance("BareBenchmark.bpmn", model).deploy();
        bareInstances(300);
        return bareRate();
    }

    private double bareRate() {
        long t0 = System.nanoTime();
        int count = 1000;
        bareInstances(count);
        return count / seconds(t0);
    }

    private void bareInstances(int count) {
        for (int i = 0; i < count; i++) {
            String id = runtime.startProcessInstanceByKey("BareBenchmark").getId();
            tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId(), Map.of());
        }
    }

    private static void report(int n, String phase, long t0, double bare) {
        double s = seconds(t0);
        double rate = n / s;
        System.out.printf("BENCH N=%d %-70s %8.1f s %8.1f units/s  (%.0f%% of bare engine)%n", n, phase, s, rate, 100 * rate / bare);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
