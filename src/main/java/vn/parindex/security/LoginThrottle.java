package vn.parindex.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting a stranger lock anyone out. Failures are counted per login name and client
 * address, per address (one address trying many names), per name (many addresses trying one name) and per device
 * (a {@link DeviceCookie}); past a few failures each key must wait before its next attempt, a wait that doubles up to
 * a ceiling. A per-name wait that any address can keep alive would let a few strangers keep the real user out, so it
 * spares the name's usual address (that of its last successful login), and a trusted device (one with fewer than
 * {@link #DEVICE_TRUSTED_FAILURES} failures) waits for its own failures only. Nobody is locked for good (Camunda's own
 * permanent lock is switched off). Counts start afresh {@link #WINDOW} after a key's first failure, a name's count from
 * an address or device after its success. Counts live in each node's memory.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration CEILING = Duration.ofSeconds(60);
    static final Duration PER_NAME_CEILING = Duration.ofSeconds(5);
    /** An office behind one address shares this: its staff's typos must not add up to a wait. */
    static final int ADDRESS_FREE_FAILURES = 50;
    static final int NAME_FREE_FAILURES = 10;
    /** A stolen cookie is worth this many guesses at most; then its holder waits like anyone else. */
    static final int DEVICE_TRUSTED_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** A password presented for a name, from an address, with the id of a valid device cookie of that name or null. */
    public record Attempt(String name, String address, String device) {
    }

    private record Failures(int count, long firstMillis, long waitUntilMillis) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    /** Each name's address at its last successful login: one entry per account that logged in. */
    private final Map<String, String> usualAddress = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;
    private final LongSupplier clock;

    @Autowired
    LoginThrottle(ApplicationEventPublisher events) {
        this(events, System::currentTimeMillis);
    }

    LoginThrottle(ApplicationEventPublisher events, LongSupplier clock) {
        this.events = events;
        this.clock = clock;
    }

    /** How long this attempt must still wait before its password is checked; empty if it may try now. */
    public Optional<Duration> waitFor(Attempt attempt) {
        long now = clock.getAsLong();
        long until;
        if (trusted(attempt, now)) {
            until = waitUntil(device(attempt), now);
        } else {
            until = Math.max(waitUntil(pair(attempt), now), waitUntil(address(attempt.address()), now));
            if (!attempt.address().equals(usualAddress.get(attempt.name()))) {
                until = Math.max(until, waitUntil(name(attempt.name()), now));
            }
        }
        return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
    }

    public void failed(Attempt attempt) {
        long now = clock.getAsLong();
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> now - f.firstMillis() > WINDOW.toMillis());
        }
        count(pair(attempt), FREE_FAILURES, CEILING, now, attempt);
        count(address(attempt.address()), ADDRESS_FREE_FAILURES, CEILING, now, attempt);
        count(name(attempt.name()), NAME_FREE_FAILURES, PER_NAME_CEILING, now, attempt);
        if (attempt.device() != null) {
            count(device(attempt), FREE_FAILURES, CEILING, now, attempt);
        }
    }

    public void succeeded(Attempt attempt) {
        failures.remove(pair(attempt));
        if (attempt.device() != null) {
            failures.remove(device(attempt));
        }
        usualAddress.put(attempt.name(), attempt.address());
    }

    /** Whether a success of this attempt would change anything: callers check a password a second time only then. */
    public boolean learnsFrom(Attempt attempt) {
        return !attempt.address().equals(usualAddress.get(attempt.name())) || failures.containsKey(pair(attempt))
                || attempt.device() != null && failures.containsKey(device(attempt));
    }

    /** The standing body lifts every wait on a name at once. */
    public void release(String name) {
        failures.keySet().removeIf(key -> key.equals(name(name)) || key.startsWith("pair|" + name + "|")
                || key.startsWith("device|" + name + "|"));
    }

    private boolean trusted(Attempt attempt, long now) {
        if (attempt.device() == null) {
            return false;
        }
        Failures f = failures.get(device(attempt));
        return f == null || now - f.firstMillis() > WINDOW.toMillis() || f.count() < DEVICE_TRUSTED_FAILURES;
    }

    private void count(String key, int free, Duration ceiling, long now, Attempt attempt) {
        Failures updated = failures.compute(key, (k, f) -> {
            boolean fresh = f == null || now - f.firstMillis() > WINDOW.toMillis();
            int count = fresh ? 1 : f.count() + 1;
            long wait = count <= free ? 0 : Math.min(1000L << Math.min(count - free - 1, 20), ceiling.toMillis());
            return new Failures(count, fresh ? now : f.firstMillis(), now + wait);
        });
        if (updated.count() == free + 1) {
            log.warn("Login throttled for {} after {} failures (name {}, address {})", key, free, attempt.name(),
                    attempt.address());
            events.publishEvent(new LoginThrottled(key, free, attempt.name(), attempt.address()));
        }
    }

    private long waitUntil(String key, long now) {
        Failures f = failures.get(key);
        return f == null ? 0 : f.waitUntilMillis();
    }

    private static String pair(Attempt attempt) {
        return "pair|" + attempt.name() + "|" + attempt.address();
    }

    private static String address(String address) {
        return "address|" + address;
    }

    private static String name(String name) {
        return "name|" + name;
    }

    private static String device(Attempt attempt) {
        return "device|" + attempt.name() + "|" + attempt.device();
    }
}
