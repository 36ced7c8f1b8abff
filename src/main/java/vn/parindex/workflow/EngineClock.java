package vn.parindex.workflow;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The one notion of "now" for deadlines, lateness and windows: the engine's clock, which tests move. */
public final class EngineClock {

    private EngineClock() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    }
}
