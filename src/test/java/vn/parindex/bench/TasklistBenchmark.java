package vn.parindex.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.support.TasklistSession;

/**
 * Prints the response times of what an appraisal-team member's Tasklist asks when he is a candidate for the round-1
 * task of N units, authorizations on as in production: his filter's first page and its count through the Tasklist's
 * API in a logged-in session, and the same through the engine's REST API with HTTP Basic. Run:
 * {@code ./mvnw -Pbench verify -Dtest=TasklistBenchmark} (size: the largest of -Dbench.units, default 3321).
 */
class TasklistBenchmark extends IntegrationTest {

    private static final String APPRAISER = "td-tasklist-bench";
    private static final int CALLS = 30;

    @Autowired AssessmentService assessments;
    @Autowired FilterService filters;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;

    @Test
    void appraisersTasklist() {
        int n = Arrays.stream(System.getProperty("bench.units", "3321").split(",")).mapToInt(s -> Integer.parseInt(s.trim()))
                .max().orElseThrow();
        List<String> codes = scenario.registerCommunes("TL" + System.nanoTime() % 100000, n, "Khối xã thử Tasklist");
        int year = scenario.openYear(codes);
        List<AnswerInput> answers = Scenario.fullMarks(scenario.leaves(year, codes.get(0)));
        for (int i = 0; i < n; i++) {
            assessments.saveAnswers(year, codes.get(i), answers, Scenario.unit(codes.get(i)));
            assessments.submit(year, codes.get(i), Scenario.unit(codes.get(i)));
            if (i % 500 == 0) {
                jdbc.execute("analyze");   // as autovacuum would over the weeks a real year takes
            }
        }
        scenario.runJobs(year);
        jdbc.execute("analyze");
        scenario.ensureAppraiser(APPRAISER, Scenario.ALL_AREAS);
        long candidate = tasks.createTaskQuery().taskCandidateGroup(Roles.APPRAISAL_TEAM).count();
        System.out.printf("BENCH Tasklist: %d tasks of which %d candidate for the appraisal team; %d authorization rows; "
                + "the app's sessions plan with %s (task queries: force_custom_plan)%n", tasks.createTaskQuery().count(), candidate,
                jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class),
                jdbc.queryForList("select name, setting from pg_settings where name in ('random_page_cost', 'plan_cache_mode')"));

        TasklistSession session = TasklistSession.login(port, APPRAISER, "pw");
        String filter = filters.createFilterQuery().filterName("Việc của tôi").singleResult().getId();
        String page = "/camunda/api/engine/engine/default/filter/" + filter + "/list?firstResult=0&maxResults=15";
        String sorted = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
        Http basic = Http.as(port, APPRAISER, "pw");
        String query = "candidateGroup=" + Roles.APPRAISAL_TEAM + "&includeAssignedTasks=true";
        time("Tasklist filter, first page of 15", () -> session.post(page, sorted));
        time("Tasklist filter, count", () -> session.post("/camunda/api/engine/engine/default/filter/" + filter + "/count", "{}"));
        time("engine REST task query, first page of 15", () -> basic.get("/engine-rest/task?" + query
                + "&firstResult=0&maxResults=15&sortBy=dueDate&sortOrder=asc"));
        time("engine REST task count", () -> basic.get("/engine-rest/task/count?" + query));
    }

    /** The median and maximum of CALLS calls after as many to warm up; every answer must be a success. */
    private static void time(String call, Supplier<HttpResponse<String>> request) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 2 * CALLS; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = request.get();
            if (response.statusCode() != 200) {
                throw new IllegalStateException(call + ": " + response.statusCode() + " " + response.body());
            }
            if (i >= CALLS) {
                nanos.add(System.nanoTime() - t0);
            }
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf("BENCH Tasklist %-45s median %7.1f ms  max %7.1f ms  (answer: %s)%n", call,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() - 1) / 1e6,
                abbreviated(request.get().body()));
    }

    private static String abbreviated(String body) {
        return body.length() <= 40 ? body : body.substring(0, 40) + "… (" + body.length() + " characters)";
    }
}
