package vn.parindex.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.parindex.audit.AuditLog;

/**
 * Slows password guessing without letting a stranger lock anyone out. Failures are counted per login name and client
 * address, per address (one address trying many names) and per name (many addresses trying one name); past a few
 * failures each key must wait before its next attempt, a wait that doubles up to a ceiling. The real user, from his own
 * address, waits at most {@link #PER_NAME_CEILING} because of strangers, and is never locked for good (Camunda's own
 * permanent lock is switched off). Counts start afresh {@link #WINDOW} after a key's first failure, and a name's count
 * from an address after its success. Counts live in each node's memory.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration CEILING = Duration.ofSeconds(60);
    static final Duration PER_NAME_CEILING = Duration.ofSeconds(5);
    /** An office behind one address shares this: its staff's typos must not add up to a wait. */
    static final int ADDRESS_FREE_FAILURES = 50;
    static final int NAME_FREE_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private record Failures(int count, long firstMillis, long waitUntilMillis) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final AuditLog audit;
    private final LongSupplier clock;

    @Autowired
    LoginThrottle(AuditLog audit) {
        this(audit, System::currentTimeMillis);
    }

    LoginThrottle(AuditLog audit, LongSupplier clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** How long this name from this address must still wait before its password is checked; empty if it may try now. */
    public Optional<Duration> waitFor(String name, String address) {
        long now = clock.getAsLong();
        long until = Math.max(waitUntil(pair(name, address), now), Math.max(waitUntil(address(address), now),
                waitUntil(name(name), now)));
        return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
    }

    public void failed(String name, String address) {
        long now = clock.getAsLong();
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> now - f.firstMillis() > WINDOW.toMillis());
        }
        count(pair(name, address), FREE_FAILURES, CEILING, now, name, address);
        count(address(address), ADDRESS_FREE_FAILURES, CEILING, now, name, address);
        count(name(name), NAME_FREE_FAILURES, PER_NAME_CEILING, now, name, address);
    }

    public void succeeded(String name, String address) {
        failures.remove(pair(name, address));
    }

    /** The standing body lifts every wait on a name at once. */
    public void release(String name) {
        failures.keySet().removeIf(key -> key.equals(name(name)) || key.startsWith("pair|" + name + "|"));
    }

    private void count(String key, int free, Duration ceiling, long now, String name, String address) {
        Failures updated = failures.compute(key, (k, f) -> {
            boolean fresh = f == null || now - f.firstMillis() > WINDOW.toMillis();
            int count = fresh ? 1 : f.count() + 1;
            long wait = count <= free ? 0 : Math.min(1000L << Math.min(count - free - 1, 20), ceiling.toMillis());
            return new Failures(count, fresh ? now : f.firstMillis(), now + wait);
        });
        if (updated.count() == free + 1) {
            log.warn("Login throttled for {} after {} failures (name {}, address {})", key, free, name, address);
            audit.record("system", "LOGIN_THROTTLED", null, null, null, null, key,
                    free + " lần đăng nhập sai liên tiếp; tên đăng nhập " + name + ", địa chỉ " + address);
        }
    }

    private long waitUntil(String key, long now) {
        Failures f = failures.get(key);
        return f == null ? 0 : f.waitUntilMillis();
    }

    private static String pair(String name, String address) {
        return "pair|" + name + "|" + address;
    }

    private static String address(String address) {
        return "address|" + address;
    }

    private static String name(String name) {
        return "name|" + name;
    }
}
