package vn.parindex.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.parindex.audit.AuditLog.Entry;
import vn.parindex.cycle.CycleOpened;
import vn.parindex.cycle.FinalResultsPublished;
import vn.parindex.cycle.PreliminaryResultsReleased;
import vn.parindex.cycle.ResultsApproved;
import vn.parindex.cycle.ResultsSentBack;
import vn.parindex.indicator.SourceFiguresImported;
import vn.parindex.ranking.UnitRankingChanged;
import vn.parindex.ranking.YearRescored;
import vn.parindex.survey.SurveyImported;
import vn.parindex.year.WindowsChanged;

/** What happened to a year: opening, windows, imports, ranking, rescoring, approval, publication. */
@Component
class YearAudit {

    private final AuditLog audit;

    YearAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(CycleOpened e) {
        audit.record(e.actor(), "CYCLE_OPENED", e.year(), null, null, null, e.units() + " đơn vị"
                + (e.unranked().isEmpty() ? "" : ", không xếp hạng: " + String.join(", ", e.unranked())), e.catalogueVersion());
    }

    @EventListener
    void on(WindowsChanged e) {
        audit.recordAll(e.changes().stream().map(c -> new Entry(e.actor(), c.window() + "_CHANGED", e.year(), null, null,
                c.from(), c.to(), e.reason())).toList());
    }

    @EventListener
    void on(SurveyImported e) {
        String reason = e.firstImport() ? "Nhập kết quả điều tra" : "Nhập lại kết quả điều tra";
        List<Entry> entries = new ArrayList<>(e.changes().stream().map(c -> new Entry(e.actor(), "SURVEY_RATE_CHANGED",
                e.year(), c.unitCode(), c.leafCode(), c.before(), c.after(), reason)).toList());
        entries.add(new Entry(e.actor(), "SURVEY_IMPORTED", e.year(), null, null, e.rowsBefore() + " dòng",
                e.rowsAfter() + " dòng", null));
        audit.recordAll(entries);
    }

    @EventListener
    void on(SourceFiguresImported e) {
        audit.record(e.actor(), "SOURCE_FIGURES_IMPORTED", e.year(), null, null, null,
                e.rows() + " dòng, " + e.monthsChanged() + " tháng mới hoặc thay đổi", e.fileName() + " " + e.sha256());
    }

    @EventListener
    void on(UnitRankingChanged e) {
        audit.record(e.actor(), e.ranked() ? "UNIT_RANKED" : "UNIT_NOT_RANKED", e.year(), e.unitCode(), null, null, null,
                null);
    }

    @EventListener
    void on(YearRescored e) {
        audit.record(e.actor(), "YEAR_RESCORED", e.year(), null, null, e.previousRules(), e.adoptedRules(), e.reason());
    }

    @EventListener
    void on(ResultsApproved e) {
        audit.record(e.actor(), "RESULTS_APPROVED", e.year(), null, null, null, null, e.reason());
    }

    @EventListener
    void on(ResultsSentBack e) {
        audit.record(e.actor(), "RESULTS_SENT_BACK", e.year(), null, null, null, null, e.reason());
    }

    @EventListener
    void on(PreliminaryResultsReleased e) {
        audit.record(e.actor(), "PRELIMINARY_PUBLISHED", e.year(), null, null, null, null, null);
    }

    @EventListener
    void on(FinalResultsPublished e) {
        audit.record(e.actor(), "RESULTS_PUBLISHED", e.year(), null, null, null, null, null);
    }
}
