package vn.parindex.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Configuration;

/**
 * The one notion of "now" for deadlines, lateness and windows: the engine's clock, which tests move. Modules that
 * need no more of the engine take it as a {@link Clock} bean, so that they do not depend on this package.
 */
public final class EngineClock extends Clock {

    static final EngineClock INSTANCE = new EngineClock();

    private EngineClock() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(INSTANCE);
    }

    /** Moves the engine's clock, as the demo does to publish past years with their own dates; undone by {@link #reset()}. */
    public static void set(LocalDateTime moment) {
        ClockUtil.setCurrentTime(Timestamp.valueOf(moment));
    }

    public static void reset() {
        ClockUtil.reset();
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    /** The engine's clock as a bean, for modules that take time as a {@link Clock}. */
    @Configuration(proxyBeanMethods = false)
    static class Bean {

        @org.springframework.context.annotation.Bean
        Clock engineClock() {
            return INSTANCE;
        }
    }

    /** The engine keeps its dates in the system's zone, and so does this clock. */
    @Override
    public Clock withZone(ZoneId zone) {
        if (!zone.equals(getZone())) {
            throw new UnsupportedOperationException("The engine's clock keeps the system's zone");
        }
        return this;
    }
}
