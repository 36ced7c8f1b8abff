package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.TasklistSession;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;

/**
 * The engine's APIs (/engine-rest and the webapps') leave users what the Tasklist does and refuse them every other
 * command, with a whole Vietnamese JSON body and nothing changed; administrators keep them. Guarded paths hold
 * however they are spelt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineCommandGuardIT extends IntegrationTest {

    private static final String USER = "cg-td1";
    private static final String ADMIN = "cg-admin";
    private static final String FETCH_AND_LOCK = "{\"workerId\":\"w\",\"maxTasks\":1,\"topics\":[{\"topicName\":\"t\","
            + "\"lockDuration\":1000}]}";

    /** The engine's API as outside tools (HTTP Basic) and as the webapps (session) call it. */
    enum Api { ENGINE_REST, WEBAPPS }

    record Command(String method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired FilterService filters;

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, TasklistSession> sessions = new HashMap<>();

    @BeforeAll
    void aYearWaitingOnTimersAMessageAndATask() {
        scenario.ensureUser(USER, Roles.unitGroup("TD1"));
        scenario.ensureUser(ADMIN, Roles.ADMIN);
        int year = scenario.openYear(List.of("TD1"));
        ProcessInstance unit = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ProcessKeys.unitKey(year, "TD1")).singleResult();
        Job timer = management.createJobQuery().processInstanceId(unit.getId()).list().get(0);
        ProcessInstance cycle = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ProcessKeys.cycleKey(year)).singleResult();
        EventSubscription message = runtime.createEventSubscriptionQuery().processInstanceId(cycle.getId())
                .eventType("message").list().get(0);
        ids.put("{year}", String.valueOf(year));
        ids.put("{job}", timer.getId());
        ids.put("{jobDefinition}", timer.getJobDefinitionId());
        ids.put("{processDefinition}", unit.getProcessDefinitionId());
        ids.put("{execution}", unit.getId());
        ids.put("{waiting}", message.getExecutionId());
        ids.put("{message}", message.getEventName());
        ids.put("{task}", scenario.task(ProcessKeys.unitKey(year, "TD1"), TaskKeys.SELF_ASSESSMENT).getId());
    }

    Stream<Arguments> refusedCommands() {
        return Stream.of(
                new Command("POST", "message", "{\"messageName\":\"{message}\",\"businessKey\":\"{year}\"}"),
                new Command("POST", "signal", "{\"name\":\"par-tin-hieu\"}"),
                new Command("POST", "condition", "{\"variables\":{\"complete\":{\"value\":true,\"type\":\"Boolean\"}}}"),
                new Command("POST", "external-task/fetchAndLock", FETCH_AND_LOCK),
                new Command("POST", "external-task/x/complete", "{\"workerId\":\"w\"}"),
                new Command("POST", "execution/{waiting}/messageSubscriptions/{message}/trigger", "{}"),
                new Command("POST", "execution/{execution}/signal", "{}"),
                new Command("PUT", "job/{job}/retries", "{\"retries\":0}"),
                new Command("PUT", "job/{job}/duedate", "{\"duedate\":\"2040-01-01T00:00:00.000+0000\"}"),
                new Command("PUT", "job/{job}/suspended", "{\"suspended\":true}"),
                new Command("POST", "job/{job}/execute", ""),
                new Command("PUT", "job/{job}/priority", "{\"priority\":7}"),
                new Command("PUT", "job-definition/{jobDefinition}/suspended", "{\"suspended\":true}"),
                new Command("PUT", "job-definition/{jobDefinition}/retries", "{\"retries\":0}"),
                new Command("PUT", "process-definition/{processDefinition}/suspended", "{\"suspended\":true}"),
                new Command("POST", "process-definition/{processDefinition}/start", "{}"),
                new Command("DELETE", "process-definition/{processDefinition}", ""),
                new Command("POST", "decision-definition/x/evaluate", "{}"),
                new Command("POST", "task/{task}/bpmnError", "{\"errorCode\":\"HUY\"}"),
                new Command("POST", "task/{task}/comment/create", "{\"message\":\"Đã xem hồ sơ\"}"),
                new Command("POST", "task/{task}/unclaim", ""),
                new Command("POST", "task/{task}/localVariables",
                        "{\"modifications\":{\"complete\":{\"value\":true,\"type\":\"Boolean\"}}}"))
                .flatMap(command -> Stream.of(Api.values()).map(api -> Arguments.of(api, command)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refusedCommands")
    void aUserIsRefusedEveryCommandTheTasklistDoesNotNeed(Api api, Command command) throws IOException {
        List<Object> before = engineState();

        HttpResponse<byte[]> response = send(api, USER, command.method(), command.path(), command.body());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(wholeJson(response).path("message").asText()).isEqualTo(EngineCommandGuard.REFUSED);
        assertThat(engineState()).isEqualTo(before);
    }

    @Test
    void whatTheTasklistDoesStaysOpenToUsers() {
        String filter = filters.createFilterQuery().filterName("Việc của tôi").singleResult().getId();
        for (Api api : Api.values()) {
            for (Command allowed : List.of(new Command("POST", "task", "{}"), new Command("POST", "task/count", "{}"),
                    new Command("POST", "filter/" + filter + "/list", "{}"),
                    new Command("POST", "filter/" + filter + "/count", "{}"),
                    new Command("GET", "task/{task}/form-variables", null),
                    new Command("POST", "task/{task}/claim", "{\"userId\":\"" + USER + "\"}"),
                    new Command("POST", "task/{task}/claim", "{\"userId\":null}"))) {
                assertThat(send(api, USER, allowed.method(), allowed.path(), allowed.body()).statusCode())
                        .as("%s %s", api, allowed).isBetween(200, 204);
            }
        }
    }

    @Test
    void administratorsKeepTheCommandsAndTheirErrorsArriveWhole() throws IOException {
        for (Api api : Api.values()) {
            assertThat(send(api, ADMIN, "POST", "signal", "{\"name\":\"par-khong-ai-cho\"}").statusCode()).as("%s", api)
                    .isEqualTo(204);
            for (Command failing : List.of(
                    new Command("POST", "condition", "{\"variables\":{\"khong-co\":{\"value\":1,\"type\":\"Integer\"}}}"),
                    new Command("POST", "execution/khong-co/messageSubscriptions/{message}/trigger", "{}"))) {
                HttpResponse<byte[]> response = send(api, ADMIN, failing.method(), failing.path(), failing.body());
                assertThat(response.statusCode()).as("%s %s", api, failing).isBetween(400, 499);
                assertThat(wholeJson(response).path("message").asText()).as("%s %s", api, failing).isNotBlank();
            }
        }
        assertThat(send(Api.ENGINE_REST, ADMIN, "POST", "external-task/fetchAndLock", FETCH_AND_LOCK).statusCode())
                .as("workers fetch through /engine-rest").isEqualTo(200);
        HttpResponse<byte[]> webapps = send(Api.WEBAPPS, ADMIN, "POST", "external-task/fetchAndLock", FETCH_AND_LOCK);
        assertThat(webapps.statusCode()).as("the webapps' API serves no workers").isEqualTo(404);
        assertThat(wholeJson(webapps).path("message").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/engine-rest/user/{user}/credentials;x=1", "/engine-rest/user;x=1/{user}/credentials",
            "/engine-rest/user/{user};x=1/credentials", "/engine-rest/user/{user}/credentials/",
            "/engine-rest/user/{user}/%63redentials", "/engine-rest/user/{user}%2Fcredentials",
            "/engine-rest/user/{user}%2fcredentials", "/engine-rest//user/{user}/credentials",
            "/engine-rest/user//{user}//credentials", "/engine-rest/user/{user}/./credentials",
            "/engine-rest/task/../user/{user}/credentials", "/engine-rest/user/{user}/%2e%2e/{user}/credentials",
            "/engine-rest/user/{user}/Credentials", "/engine-rest/USER/{user}/CREDENTIALS",
            "/engine-rest/engine/default/user/{user}/credentials;x=1",
            "/camunda/api/engine/engine/default/user/{user}/credentials;x=1",
            "/camunda/api/engine/engine/default//user/{user}/Credentials"})
    void aChangeOfPasswordAroundTheAppIsRefusedHoweverItsPathIsSpelt(String spelling) throws IOException {
        String user = "cg-pw";
        scenario.ensureUser(user, Roles.unitGroup("TD1"));
        String path = spelling.replace("{user}", user);
        String body = "{\"password\":\"a\",\"authenticatedUserPassword\":\"pw\"}";

        HttpResponse<byte[]> response = path.startsWith("/engine-rest")
                ? Http.as(port, user, "pw").jsonForBytes("PUT", path, body)
                : session(user).http().jsonForBytes("PUT", path, body, "X-XSRF-TOKEN", session(user).xsrfToken());

        assertRefusedOrUnroutable(response, "Mật khẩu được đổi tại trang Đổi mật khẩu");
        assertThat(identity.checkPassword(user, "pw")).as("the password is unchanged").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/engine-rest/signal;x=1", "/engine-rest/Signal", "/engine-rest/SIGNAL/", "/engine-rest//signal",
            "/engine-rest/sign%61l", "/engine-rest/engine/default/signal;x=1", "/engine-rest/engine;x=1/default/signal",
            "/engine-rest/task/../signal", "/engine-rest/./signal", "/engine-rest/x%2Fsignal",
            "/camunda/api/engine/engine/default/signal;x=1", "/camunda/api/engine/engine/default//Signal",
            "/camunda/api/engine/engine;x=1/default/sign%61l"})
    void aCommandIsRefusedHoweverItsPathIsSpelt(String path) throws IOException {
        List<Object> before = engineState();
        String body = "{\"name\":\"par-tin-hieu\"}";

        HttpResponse<byte[]> response = path.startsWith("/engine-rest")
                ? Http.as(port, USER, "pw").jsonForBytes("POST", path, body)
                : session(USER).http().jsonForBytes("POST", path, body, "X-XSRF-TOKEN", session(USER).xsrfToken());

        assertRefusedOrUnroutable(response, EngineCommandGuard.REFUSED);
        assertThat(engineState()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/camunda/api/admin/auth/user/default/login;x=1/tasklist",
            "/camunda/api/admin/auth/user/default/%6Cogin/tasklist", "/camunda/api/admin/auth/user;x=1/default/login/tasklist"})
    void theTasklistsLoginIsThrottledHoweverItsPathIsSpelt(String path) throws Exception {
        String user = "cg-guess-" + Integer.toHexString(path.hashCode());
        scenario.ensureUser(user, Roles.unitGroup("TD1"));
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
                .build(), HttpResponse.BodyHandlers.discarding());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();

        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            assertThat(login(browser, path, xsrf, user, "sai").statusCode()).as("attempt %d", i + 1).isEqualTo(401);
        }
        assertThat(login(browser, path, xsrf, user, "pw").statusCode()).isEqualTo(429);
    }

    private HttpResponse<String> login(HttpClient browser, String path, String xsrf, String user, String password)
            throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-XSRF-TOKEN", xsrf).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** 403 with the guard's message, or 400 for a path that routers may read differently (Tomcat's or the guard's). */
    private void assertRefusedOrUnroutable(HttpResponse<byte[]> response, String message) throws IOException {
        assertThat(response.statusCode()).as(new String(response.body())).isIn(400, 403);
        if (response.statusCode() == 403) {
            assertThat(wholeJson(response).path("message").asText()).contains(message);
        }
    }

    private HttpResponse<byte[]> send(Api api, String user, String method, String path, String body) {
        if (api == Api.ENGINE_REST) {
            return Http.as(port, user, "pw").jsonForBytes(method, "/engine-rest/" + withIds(path), withIds(body));
        }
        TasklistSession session = session(user);
        return session.http().jsonForBytes(method, "/camunda/api/engine/engine/default/" + withIds(path), withIds(body),
                "X-XSRF-TOKEN", session.xsrfToken());
    }

    private String withIds(String text) {
        String resolved = text;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved == null ? null : resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }

    private TasklistSession session(String user) {
        return sessions.computeIfAbsent(user, u -> TasklistSession.login(port, u, "pw"));
    }

    /** The body as JSON, once its declared length is the length received. */
    private JsonNode wholeJson(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.headers().firstValueAsLong("Content-Length")).as("Content-Length")
                .hasValue(response.body().length);
        return json.readTree(response.body());
    }

    /** What the refused commands would change: jobs, definitions, executions, subscriptions, tasks, variables, comments. */
    private List<Object> engineState() {
        return List.of(
                jdbc.queryForList("select id_, rev_, retries_, duedate_, suspension_state_, priority_, lock_owner_ "
                        + "from act_ru_job order by id_"),
                jdbc.queryForList("select id_, rev_, suspension_state_, job_priority_ from act_ru_jobdef order by id_"),
                jdbc.queryForList("select id_, rev_, suspension_state_ from act_re_procdef order by id_"),
                jdbc.queryForList("select id_, rev_, act_id_ from act_ru_execution order by id_"),
                jdbc.queryForList("select id_ from act_ru_event_subscr order by id_"),
                jdbc.queryForList("select id_, rev_, assignee_ from act_ru_task order by id_"),
                jdbc.queryForList("select id_, rev_ from act_ru_variable order by id_"),
                jdbc.queryForList("select id_, rev_, lock_exp_time_ from act_ru_ext_task order by id_"),
                jdbc.queryForList("select id_ from act_hi_comment order by id_"));
    }
}
