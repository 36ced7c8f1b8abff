package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.security.LoginThrottle.Attempt;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.TasklistSession;

/**
 * Wrong passwords slow the guesser, never lock the real user out for good, nor keep him out from his device or his
 * usual address however many strangers fail for his name, and are released by the standing body.
 */
class LoginThrottleIT extends IntegrationTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcTemplate jdbc;
    @Autowired LoginThrottle nodeThrottle;

    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void waitsGrowPerNameAndAddressUpToACeilingAndAStrangerDelaysAnotherAddressOnlyBriefly() {
        LoginThrottle throttle = new LoginThrottle(events, now::get);
        Attempt guesser = new Attempt("lanhdao-t", "10.0.0.66", null);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed(guesser);
        }
        assertThat(throttle.waitFor(guesser)).as("three free failures").isEmpty();
        throttle.failed(guesser);
        assertThat(throttle.waitFor(guesser)).contains(Duration.ofSeconds(1));
        for (int i = 0; i < 20; i++) {
            throttle.failed(guesser);
        }
        assertThat(throttle.waitFor(guesser)).as("ceiling").contains(LoginThrottle.CEILING);
        Attempt elsewhere = new Attempt("lanhdao-t", "10.0.0.7", null);
        assertThat(throttle.waitFor(elsewhere)).as("another address, neither usual nor with a device cookie")
                .hasValueSatisfying(wait -> assertThat(wait).isLessThanOrEqualTo(LoginThrottle.PER_NAME_CEILING));
        now.addAndGet(LoginThrottle.PER_NAME_CEILING.toMillis());
        assertThat(throttle.waitFor(elsewhere)).isEmpty();
        assertThat(throttle.waitFor(guesser)).as("the guesser still waits").isPresent();

        now.addAndGet(LoginThrottle.WINDOW.toMillis() + 1);
        throttle.failed(guesser);
        assertThat(throttle.waitFor(guesser)).as("a new window starts afresh").isEmpty();
    }

    @Test
    void oneAddressTryingManyNamesWaitsForEveryName() {
        LoginThrottle throttle = new LoginThrottle(events, now::get);
        for (int i = 0; i <= LoginThrottle.ADDRESS_FREE_FAILURES; i++) {
            throttle.failed(new Attempt("xa-" + i, "10.0.0.99", null));
        }
        assertThat(throttle.waitFor(new Attempt("xa-new", "10.0.0.99", null))).isPresent();
        assertThat(throttle.waitFor(new Attempt("xa-new", "10.0.0.98", null))).isEmpty();
    }

    /**
     * The measured attack: strangers fail for one name from 5 or 20 addresses, each as often as it is let (every
     * 100 ms), for 90 s, while the real user tries his password once a second. Before device cookies and usual
     * addresses he got in 1 time of 88 (5 addresses) and 0 of 118 (20): the per-name wait was always renewed.
     */
    @Test
    void strangersFailingFromManyAddressesKeepOutNeitherTheDeviceNorTheUsualAddressOfTheRealUser() {
        for (int attackers : new int[] {5, 20}) {
            LoginThrottle throttle = new LoginThrottle(events, now::get);
            throttle.succeeded(new Attempt("victim", "192.0.2.7", null));
            Attempt device = new Attempt("victim", "192.0.2.8", "phone-of-victim");
            Attempt usualAddress = new Attempt("victim", "192.0.2.7", null);
            Attempt stranger = new Attempt("victim", "203.0.113.9", null);

            Siege siege = besiege(throttle, attackers, List.of(device, usualAddress, stranger));

            System.out.printf("%d attacking addresses, 90 s: %d failures; the device got in %d of %d tries, the usual "
                            + "address %d of %d, a stranger could have tried %d times%n", attackers, siege.failures(),
                    siege.in()[0], siege.tries(), siege.in()[1], siege.tries(), siege.in()[2]);
            assertThat(siege.failures()).as("the attack renews the name's wait all along")
                    .isGreaterThanOrEqualTo(90 / (int) LoginThrottle.PER_NAME_CEILING.toSeconds());
            assertThat(siege.in()[0]).as("with his device cookie, at every try").isEqualTo(siege.tries());
            assertThat(siege.in()[1]).as("from his usual address, at every try").isEqualTo(siege.tries());
            assertThat(siege.in()[2]).as("a stranger waits nearly always").isLessThan(siege.tries() / 10);
        }
    }

    @Test
    void aDeviceCookieIsTrustedForItsOwnFewFailuresOnly() {
        LoginThrottle throttle = new LoginThrottle(events, now::get);
        for (int i = 0; i < 50; i++) {
            throttle.failed(new Attempt("victim-d", "198.51.100." + i, null));
        }
        Attempt device = new Attempt("victim-d", "192.0.2.8", "stolen");
        assertThat(throttle.waitFor(device)).isEmpty();
        for (int i = 0; i < LoginThrottle.DEVICE_TRUSTED_FAILURES; i++) {
            now.addAndGet(LoginThrottle.CEILING.toMillis());
            throttle.failed(device);
        }
        now.addAndGet(LoginThrottle.CEILING.toMillis());
        throttle.failed(new Attempt("victim-d", "198.51.100.1", null));
        assertThat(throttle.waitFor(device)).as("no longer trusted: the name's wait holds it too").isPresent();
    }

    @Test
    void overHttpTheTasklistSetsADeviceCookieThatSparesItsHolderTheWaitsStrangersCause() {
        scenario.ensureUser("device-user", "unit-TD1");
        TasklistSession.Attempt first = TasklistSession.Attempt.of(port, "device-user", "pw", "192.0.2.10", List.of());
        assertThat(first.response().statusCode()).isEqualTo(200);
        assertThat(first.response().headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(DeviceCookie.PREFIX).contains("HttpOnly", "SameSite=Lax",
                        "Path=/camunda/api/admin/auth/user/default/login"));
        HttpCookie device = first.deviceCookie().orElseThrow();
        HttpCookie forged = (HttpCookie) device.clone();
        forged.setValue(device.getValue().substring(0, device.getValue().lastIndexOf('.') + 1) + "forged");
        assertThat(Http.as(port, "device-user", "sai").from("203.0.113.23").get("/actuator/health").statusCode())
                .as("an answer that checks no password").isEqualTo(200);

        besiege("device-user");
        assertThat(Http.as(port, "device-user", "pw").from("203.0.113.20").get("/api/me").statusCode())
                .as("a stranger's Basic").isEqualTo(429);
        assertThat(Http.as(port, "device-user", "pw").from("203.0.113.23").get("/api/me").statusCode())
                .as("the health check made no address usual").isEqualTo(429);
        assertThat(TasklistSession.Attempt.of(port, "device-user", "pw", "203.0.113.21", List.of()).response().statusCode())
                .as("a stranger's form").isEqualTo(429);
        assertThat(TasklistSession.Attempt.of(port, "device-user", "pw", "203.0.113.22", List.of(forged)).response()
                .statusCode()).as("a forged cookie").isEqualTo(429);
        assertThat(TasklistSession.Attempt.of(port, "device-user", "pw", "192.0.2.11", List.of(device)).response()
                .statusCode()).as("the device, from another address, at its first try").isEqualTo(200);

        besiege("device-user");
        assertThat(Http.as(port, "device-user", "pw").from("192.0.2.11").get("/api/me").statusCode())
                .as("Basic from the address of his last login").isEqualTo(200);
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

    /** What 90 s of attack let each visitor do: tries made once a second, and for each visitor how many got in. */
    private record Siege(int failures, int tries, int[] in) {
    }

    private Siege besiege(LoginThrottle throttle, int attackers, List<Attempt> visitors) {
        int failures = 0;
        int tries = 0;
        int[] in = new int[visitors.size()];
        for (int tick = 0; tick < 900; tick++, now.addAndGet(100)) {
            for (int a = 0; a < attackers; a++) {
                Attempt attacker = new Attempt("victim", "198.51.100." + a, null);
                if (throttle.waitFor(attacker).isEmpty()) {
                    throttle.failed(attacker);
                    failures++;
                }
            }
            if (tick % 10 == 0) {
                tries++;
                for (int v = 0; v < visitors.size(); v++) {
                    in[v] += throttle.waitFor(visitors.get(v)).isEmpty() ? 1 : 0;
                }
            }
        }
        return new Siege(failures, tries, in);
    }

    /** Twenty addresses have just failed for the name: it waits its longest, the next seconds belong to strangers. */
    private void besiege(String name) {
        for (int a = 1; a <= 20; a++) {
            nodeThrottle.failed(new Attempt(name, "198.51.100." + a, null));
        }
    }
}
