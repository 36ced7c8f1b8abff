package vn.parindex.cycle;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.springframework.stereotype.Component;
import vn.parindex.AppProperties;
import vn.parindex.workflow.EngineClock;
import vn.parindex.year.Cycle;
import vn.parindex.year.CycleBounds;
import vn.parindex.year.Years;

/**
 * What the opening form proposes: the year after the latest opened (the current year when none is), its
 * self-assessment due on 10 January of the following year at 17:00 as provinces set it, or a month from now when
 * that is sooner, and the configured periods.
 */
@Component
class CycleProposal {

    private static final LocalTime DUE_TIME = LocalTime.of(17, 0);
    /** Units need weeks to self-assess and gather evidence; a sooner date is never proposed. */
    private static final Duration LEAST_AHEAD = Duration.ofDays(30);

    private final Years cycles;
    private final AppProperties.CycleDefaults defaults;

    CycleProposal(Years cycles, AppProperties properties) {
        this.cycles = cycles;
        this.defaults = properties.cycle();
    }

    /** The opening request the form starts from; no year once the last year the app accepts is opened. */
    OpenCycleRequest propose() {
        LocalDateTime now = EngineClock.now();
        int year = cycles.findAll().stream().mapToInt(Cycle::year).max().orElse(now.getYear() - 1) + 1;
        LocalDateTime due = LocalDate.of(year + 1, 1, 10).atTime(DUE_TIME);
        LocalDate earliest = now.plus(LEAST_AHEAD).toLocalDate();
        if (due.toLocalDate().isBefore(earliest)) {
            due = earliest.atTime(DUE_TIME);
        }
        return new OpenCycleRequest(year > CycleBounds.LAST_YEAR ? null : year, due, null, defaults.reminderBefore(),
                defaults.explanationPeriod(), defaults.complaintWindow(), defaults.latePenalty(),
                defaults.classificationScheme(), defaults.tieBreak(), defaults.indexRounding(), null, null);
    }
}
