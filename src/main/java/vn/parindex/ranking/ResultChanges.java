package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.Stage;
import vn.parindex.security.CurrentUser;

/**
 * What changed between the published preliminary results (kept as published) and the final ones, unit by unit, and
 * why: the complaints accepted and the council's changes, leaf by leaf, and the unit taken in or out of the ranking. Units whose rank or band changed are told when
 * the final results are published.
 */
@Service
public class ResultChanges {

    static final String TAKEN_IN = "Cơ quan thường trực đưa đơn vị vào bảng xếp hạng của năm";
    static final String TAKEN_OUT = "Cơ quan thường trực đưa đơn vị ra khỏi bảng xếp hạng của năm";
    static final String OTHERS_CHANGED = "Điểm của đơn vị không đổi; thứ hạng thay đổi theo kết quả của đơn vị khác trong khối";

    private final ResultService results;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ResultChanges(ResultService results, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.results = results;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A unit's index, band and rank in its block at one stage (rank 0: not ranked). */
    public record Standing(BigDecimal index, String classification, int rank) {
    }

    /**
     * A unit's preliminary and final standing, in the final ranking's order; the reasons of a change (empty when
     * nothing changed), and whether its rank or band changed, which the unit is told.
     */
    public record ResultChange(String unitCode, String unitName, String rankingBlock, Standing preliminary,
                               Standing result, List<String> reasons, boolean rankOrBandChanged) {
    }

    /**
     * The final results against the preliminary ones, for whoever may read the final results; a unit reads the reasons
     * of its own changes only (they quote complaint decisions and the council's grounds).
     */
    @Transactional(readOnly = true)
    public List<ResultChange> of(int year, CurrentUser reader) {
        results.requireVisible(year, ResultService.FINAL, reader);
        return changes(year).stream().map(c -> reader.isProvinceStaff() || reader.belongsToUnit(c.unitCode()) ? c
                : new ResultChange(c.unitCode(), c.unitName(), c.rankingBlock(), c.preliminary(), c.result(), List.of(),
                        c.rankOrBandChanged())).toList();
    }

    /** Tells each unit whose rank or band the final results changed from the preliminary ones ({@link StandingChanged}). */
    public void tellChangedUnits(int year) {
        changes(year).stream().filter(ResultChange::rankOrBandChanged)
                .forEach(c -> events.publishEvent(new StandingChanged(year, c)));
    }

    private List<ResultChange> changes(int year) {
        Map<String, UnitResult> preliminary = new HashMap<>();
        results.results(year, ResultService.PRELIMINARY).forEach(r -> preliminary.put(r.unitCode(), r));
        Map<String, List<String>> reasons = leafChanges(year);
        List<ResultChange> changes = new ArrayList<>();
        for (UnitResult now : results.results(year, ResultService.FINAL)) {
            UnitResult was = preliminary.get(now.unitCode());
            if (was != null) {
                changes.add(change(was, now, reasons.getOrDefault(now.unitCode(), List.of())));
            }
        }
        return changes;
    }

    private static ResultChange change(UnitResult was, UnitResult now, List<String> ownReasons) {
        Standing before = standing(was);
        Standing after = standing(now);
        boolean rankOrBand = before.rank() != after.rank() || !Objects.equals(before.classification(), after.classification());
        List<String> reasons = new ArrayList<>(ownReasons);
        if ((before.rank() == 0) != (after.rank() == 0)) {
            reasons.add(after.rank() == 0 ? TAKEN_OUT : TAKEN_IN);
        }
        if (reasons.isEmpty() && !before.equals(after)) {
            reasons.add(OTHERS_CHANGED);
        }
        return new ResultChange(now.unitCode(), now.unitName(), now.rankingBlock(), before, after, List.copyOf(reasons),
                rankOrBand);
    }

    private static Standing standing(UnitResult r) {
        return new Standing(r.index(), r.classification(), r.rank());
    }

    /** The points set with a reason after the preliminary results (accepted complaints, the council), by unit. */
    private Map<String, List<String>> leafChanges(int year) {
        Map<String, List<String>> byUnit = new HashMap<>();
        jdbc.sql("""
                select a.unit_code, s.stage, s.leaf_code, s.points, s.reason from score s
                join assessment a on a.id = s.assessment_id
                where a.year = ? and s.stage in (?, ?) order by a.unit_code, s.created_at, s.leaf_code""")
                .params(year, Stage.COMPLAINT.name(), Stage.COUNCIL.name())
                .query(rs -> {
                    String who = Stage.COMPLAINT.name().equals(rs.getString(2)) ? "Kiến nghị được chấp nhận"
                            : "Hội đồng thẩm định điều chỉnh";
                    byUnit.computeIfAbsent(rs.getString(1), unit -> new ArrayList<>()).add(who + ", tiêu chí "
                            + rs.getString(3) + ": " + rs.getBigDecimal(4).toPlainString() + " điểm (" + rs.getString(5) + ")");
                });
        return byUnit;
    }
}
