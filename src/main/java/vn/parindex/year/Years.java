package vn.parindex.year;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The year module's face to the others: a year's row is read here and changes only through the transitions below,
 * each guarded by {@link CycleRepository}; the table itself is this module's.
 */
@Service
public class Years {

    private final CycleRepository cycles;

    Years(CycleRepository cycles) {
        this.cycles = cycles;
    }

    public Optional<Cycle> find(int year) {
        return cycles.find(year);
    }

    /** The year, or a Vietnamese 404. */
    public Cycle get(int year) {
        return cycles.get(year);
    }

    /** Reads the year and locks its row until the transaction ends, to serialise year-wide decisions; else a 404. */
    public Cycle getForUpdate(int year) {
        return cycles.getForUpdate(year);
    }

    /** Every year, the latest first. */
    public List<Cycle> findAll() {
        return cycles.findAll();
    }

    /** Records a year the standing body opens, in its first phase. */
    public void open(Cycle opened) {
        if (!opened.phase().previous().isEmpty()) {
            throw new IllegalArgumentException("A year opens in its first phase, not " + opened.phase());
        }
        cycles.insert(opened);
    }

    /** The only way a year's phase changes: from a phase that may move to the given one, else a Vietnamese 409. */
    public void moveTo(int year, CyclePhase to) {
        cycles.moveTo(year, to);
    }

    /** Publishes the preliminary results: the complaint window is open until {@code ends}. */
    public void openComplaintWindow(int year, LocalDateTime ends) {
        cycles.openComplaintWindow(year, ends);
    }

    /** The year is scored with these rules from now on (a re-scoring with the version in force). */
    public void scoreUnder(int year, String ruleHash, long ruleSetVersion) {
        cycles.setRules(year, ruleHash, ruleSetVersion);
    }
}
