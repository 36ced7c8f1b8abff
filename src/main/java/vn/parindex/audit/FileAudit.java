package vn.parindex.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.AnswersPrefilled;
import vn.parindex.assessment.AnswersSaved;
import vn.parindex.assessment.AssessmentMarkedLate;
import vn.parindex.assessment.PrefillConfirmed;
import vn.parindex.assessment.PrefillCorrected;
import vn.parindex.assessment.PrefillsFlagged;
import vn.parindex.assessment.ScoresChanged;
import vn.parindex.audit.AuditLog.Entry;
import vn.parindex.evidence.EvidenceDeleted;
import vn.parindex.evidence.EvidenceUploaded;
import vn.parindex.review.AppraisalAreasConfirmed;

/** What happened to a unit's file, leaf by leaf: entries, points, pre-filled figures, evidence, appraisal. */
@Component
class FileAudit {

    private final AuditLog audit;

    FileAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AnswersSaved e) {
        audit.recordAll(e.answers().stream().map(a -> new Entry(e.actor(), "ANSWER_" + e.stage(), e.year(), e.unitCode(),
                a.leafCode(), a.before(), a.after(), a.note())).toList());
    }

    @EventListener
    void on(AnswersPrefilled e) {
        audit.recordAll(e.answers().stream().map(a -> new Entry(e.actor(), "ANSWER_PREFILLED", a.year(), a.unitCode(),
                a.leafCode(), a.before(), a.figures(), null)).toList());
    }

    @EventListener
    void on(ScoresChanged e) {
        audit.recordAll(e.changes().stream().map(c -> new Entry(e.actor(), "SCORE_" + e.stage(), c.year(), c.unitCode(),
                c.leafCode(), c.before(), c.after(), e.reason())).toList());
    }

    @EventListener
    void on(PrefillConfirmed e) {
        audit.record(e.actor(), "PREFILL_CONFIRMED", e.year(), e.unitCode(), e.leafCode(), null, e.figures(), e.source());
    }

    @EventListener
    void on(PrefillCorrected e) {
        audit.record(e.actor(), "PREFILL_CORRECTED", e.year(), e.unitCode(), e.leafCode(), e.offered(), e.corrected(),
                e.note());
    }

    @EventListener
    void on(PrefillsFlagged e) {
        audit.recordAll(e.flags().stream().map(f -> new Entry(e.actor(), "PREFILL_FLAGGED", e.year(), f.unitCode(),
                f.leafCode(), null, f.figures(), f.source())).toList());
    }

    @EventListener
    void on(AssessmentMarkedLate e) {
        audit.record(e.actor(), "MARKED_LATE", e.year(), e.unitCode(), null, false, true, "Quá hạn nộp hồ sơ tự đánh giá");
    }

    @EventListener
    void on(EvidenceUploaded e) {
        audit.recordAll(e.places().stream().map(p -> new Entry(e.actor(), "EVIDENCE_UPLOADED", p.year(), p.unitCode(),
                p.leafCode(), null, e.fileName(), e.sha256())).toList());
    }

    @EventListener
    void on(EvidenceDeleted e) {
        audit.record(e.actor(), "EVIDENCE_DELETED", e.year(), e.unitCode(), e.leafCode(), e.fileName(), null, null);
    }

    @EventListener
    void on(AppraisalAreasConfirmed e) {
        audit.record(e.actor(), "APPRAISAL_AREAS_CONFIRMED", e.year(), e.unitCode(), null, null,
                e.stage().label() + ": lĩnh vực " + String.join(", ", e.areas()), null);
    }
}
