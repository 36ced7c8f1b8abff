package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.audit.AuditLog;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;

/** Wrong passwords slow the guesser, never lock the real user out for good, and are released by the standing body. */
class LoginThrottleIT extends IntegrationTest {

    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;

    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void waitsGrowPerNameAndAddressUpToACeilingAndAStrangerDelaysTheRealUserOnlyBriefly() {
        LoginThrottle throttle = new LoginThrottle(audit, now::get);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("lanhdao-t", "10.0.0.66");
        }
        assertThat(throttle.waitFor("lanhdao-t", "10.0.0.66")).as("three free failures").isEmpty();
        throttle.failed("lanhdao-t", "10.0.0.66");
        assertThat(throttle.waitFor("lanhdao-t", "10.0.0.66")).contains(Duration.ofSeconds(1));
        for (int i = 0; i < 20; i++) {
            throttle.failed("lanhdao-t", "10.0.0.66");
        }
        assertThat(throttle.waitFor("lanhdao-t", "10.0.0.66")).as("ceiling").contains(LoginThrottle.CEILING);
        assertThat(throttle.waitFor("lanhdao-t", "10.0.0.7")).as("the real user, from his own address")
                .hasValueSatisfying(wait -> assertThat(wait).isLessThanOrEqualTo(LoginThrottle.PER_NAME_CEILING));
        now.addAndGet(LoginThrottle.PER_NAME_CEILING.toMillis());
        assertThat(throttle.waitFor("lanhdao-t", "10.0.0.7")).isEmpty();
        assertThat(throttle.waitFor("lanhdao-t", "10.0.0.66")).as("the guesser still waits").isPresent();

        now.addAndGet(LoginThrottle.WINDOW.toMillis() + 1);
        throttle.failed("lanhdao-t", "10.0.0.66");
        assertThat(throttle.waitFor("lanhdao-t", "10.0.0.66")).as("a new window starts afresh").isEmpty();
    }

    @Test
    void oneAddressTryingManyNamesWaitsForEveryName() {
        LoginThrottle throttle = new LoginThrottle(audit, now::get);
        for (int i = 0; i <= LoginThrottle.ADDRESS_FREE_FAILURES; i++) {
            throttle.failed("xa-" + i, "10.0.0.99");
        }
        assertThat(throttle.waitFor("xa-new", "10.0.0.99")).isPresent();
        assertThat(throttle.waitFor("xa-new", "10.0.0.98")).isEmpty();
    }

    @Test
    void overHttpTheGuesserGets429WithRetryAfterAndTheStandingBodyReleasesTheName() {
        scenario.ensureUser("throttled-user", "unit-TD1");
        scenario.ensureUser("nv-unlock", "standing-body");
        Http guesser = Http.as(port, "throttled-user", "sai");
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            assertThat(guesser.get("/api/me").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> waiting = Http.as(port, "throttled-user", "pw").get("/api/me");
        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.body()).contains("Đăng nhập sai nhiều lần; hãy thử lại sau");
        assertThat(waiting.headers().firstValue("Retry-After")).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'LOGIN_THROTTLED' and reason like ?",
                Integer.class, "%throttled-user%")).isPositive();

        assertThat(Http.as(port, "td1-user-unlock", "pw").json("POST", "/api/accounts/throttled-user/unlock", "")
                .statusCode()).as("not a user").isEqualTo(401);
        assertThat(Http.as(port, "nv-unlock", "pw").json("POST", "/api/accounts/khong-co/unlock", "").statusCode()).isEqualTo(404);
        assertThat(Http.as(port, "nv-unlock", "pw").json("POST", "/api/accounts/throttled-user/unlock", "").statusCode())
                .isEqualTo(204);
        assertThat(Http.as(port, "throttled-user", "pw").get("/api/me").statusCode()).isEqualTo(200);
        assertThat(Http.as(port, "throttled-user", "pw").json("POST", "/api/accounts/nv-unlock/unlock", "").statusCode())
                .as("a unit's user cannot unlock").isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'ACCOUNT_UNLOCKED' and new_value = ?",
                Integer.class, "throttled-user")).isEqualTo(1);
    }
}
