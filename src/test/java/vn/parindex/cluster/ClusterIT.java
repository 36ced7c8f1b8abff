package vn.parindex.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.rules.RuleSets;
import vn.parindex.scoring.ScoringService;
import vn.parindex.security.Roles;
import vn.parindex.support.AppNode;
import vn.parindex.support.Await;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.RuleDrafts;
import vn.parindex.support.TasklistSession;
import vn.parindex.support.TestRules;
import vn.parindex.support.Workbooks;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;

/**
 * Two nodes, each in a JVM of its own with its job executor on, on one PostgreSQL, as docker/compose.yaml runs
 * them behind a proxy: the job that starts the units and every unit's reminder and deadline timer run once across
 * the two; a task completed on one node is gone on the other; a login on one node is valid on the other; rules
 * adopted on one node are in force on the other without a restart, node B reading a read-only rules/ folder.
 */
class ClusterIT extends IntegrationTest {

    private static final List<String> UNITS = List.of("CL_1", "CL_2", "CL_3", "CL_4");
    /** Nodes poll for jobs every second at most, so that timers due in seconds fire in seconds. */
    private static final Map<String, String> POLL_OFTEN = Map.of("camunda.bpm.job-execution.wait-time-in-millis", "500",
            "camunda.bpm.job-execution.max-wait", "1000");
    private static final Duration WITHIN = Duration.ofSeconds(90);

    private static AppNode a;
    private static AppNode b;
    private static Path readOnlyRules;

    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired RuleSets ruleSets;
    @Autowired ScoringService scoring;

    @BeforeAll
    static void startNodes() throws IOException {
        readOnlyRules = Files.createTempDirectory("par-rules-ro");
        TestRules.copy(TestRules.dir(), readOnlyRules);
        try (Stream<Path> files = Files.walk(readOnlyRules)) {
            files.forEach(f -> f.toFile().setWritable(false));
        }
        a = AppNode.start("node-a", POLL_OFTEN);
        Map<String, String> readOnly = new HashMap<>(POLL_OFTEN);
        readOnly.put("par.rules-dir", readOnlyRules.toString());
        b = AppNode.start("node-b", readOnly);
    }

    @AfterAll
    static void stopNodes() {
        b.close();
        a.close();
    }

    @Test
    void twoNodesRunEachJobOnceAndShareTasksAndLogins() throws InterruptedException {
        UNITS.forEach(code -> scenario.registerCommune(code, "UBND xã Cụm " + code, "Khối xã kiểm thử cụm"));
        scenario.ensureUser("cl-xa-1", Roles.unitGroup("CL_1"));
        // the reminder is due 8 s after opening, the deadline 30 s after
        int year = scenario.openYearDueIn(UNITS, Duration.ofSeconds(30), Duration.ofSeconds(22));
        Await.until("every unit's process, started once", WITHIN, () -> UNITS.stream().allMatch(u -> runtime
                .createProcessInstanceQuery().processInstanceBusinessKey(ProcessKeys.unitKey(year, u)).count() == 1));
        Await.until("a reminder to every unit", WITHIN, () -> count("select count(*) from notification "
                + "where year = ? and message like 'Nhắc việc%'", year) == UNITS.size());

        TasklistSession onA = TasklistSession.login(a.port(), "cl-xa-1", "pw");
        TasklistSession onB = new TasklistSession(b.port(), onA.cookie(), onA.xsrfToken());
        String task = "/camunda/api/engine/engine/default/task/"
                + scenario.task(ProcessKeys.unitKey(year, "CL_1"), TaskKeys.SELF_ASSESSMENT).getId();
        assertThat(Http.anonymous(b.port()).get(task).statusCode()).isEqualTo(401);
        assertThat(onB.http().get(task).statusCode()).as("logged in on node A, known on node B").isEqualTo(200);
        scenario.fillAll(year, "CL_1", Map.of());
        assertThat(onA.http().json("POST", "/api/cycles/" + year + "/assessments/CL_1/submit", "",
                "X-Requested-With", "XMLHttpRequest").statusCode()).isEqualTo(200);
        assertThat(onB.http().get(task).statusCode()).as("completed on node A, gone on node B").isEqualTo(404);

        Await.until("the three other units marked late", WITHIN, () -> count("select count(*) from audit_log "
                + "where year = ? and action = 'MARKED_LATE'", year) == 3);
        Thread.sleep(3000); // a second execution of any job would land within three of the nodes' polling periods

        for (String unit : UNITS) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ProcessKeys.unitKey(year, unit))
                    .count()).as("process instances of %s", unit).isEqualTo(1);
            assertThat(count("select count(*) from notification where year = ? and unit_code = ? "
                    + "and message like 'Nhắc việc%'", year, unit)).as("reminders to %s", unit).isEqualTo(1);
            assertThat(count("select count(*) from audit_log where year = ? and unit_code = ? and action = 'MARKED_LATE'",
                    year, unit)).as("marked late: %s", unit).isEqualTo(unit.equals("CL_1") ? 0 : 1);
        }
    }

    @Test
    void aTableDraftedOnOneNodeAndAdoptedOnTheOtherIsInForceEverywhereWithoutARestart() throws IOException, InterruptedException {
        scenario.ensureUser("cl-nv", Roles.STANDING_BODY);
        Http onA = Http.as(a.port(), "cl-nv", "pw");
        Http onB = Http.as(b.port(), "cl-nv", "pw");
        Map<Path, String> before = folder(readOnlyRules);
        byte[] table = Workbooks.withRows(onA.getBytes("/api/classification-schemes.xlsx").body(),
                List.of(List.of("TINH-CUM", "Tỉnh Cụm 2026", "INDEX", "", "1", "Loại A", "0", "", "")));
        try {
            long draft = RuleDrafts.id(onA.upload("/api/classification-schemes", "cach-xep-loai.xlsx", table));
            assertThat(onB.get("/api/classification-schemes").body()).as("a draft is in force nowhere").doesNotContain("TINH-CUM");

            HttpResponse<String> adopted = onB.json("POST", "/api/rule-sets/" + draft + "/adoption", "");
            assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);

            assertThat(onB.get("/api/classification-schemes").body()).contains("TINH-CUM");
            Await.until("node A reads the version node B adopted", WITHIN,
                    () -> onA.get("/api/classification-schemes").body().contains("TINH-CUM"));
            Await.until("so does this test's own node", WITHIN, () -> scoring.currentSchemes().containsKey("TINH-CUM"));
            assertThat(folder(readOnlyRules)).as("node B's read-only rules/ untouched").isEqualTo(before);
        } finally {
            ruleSets.reloadFromFolder("test");
        }
    }

    private static Map<Path, String> folder(Path dir) throws IOException {
        Map<Path, String> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(p, Files.readString(p));
            }
        }
        return files;
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
