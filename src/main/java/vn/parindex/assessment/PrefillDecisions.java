package vn.parindex.assessment;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.evidence.EvidenceFile;
import vn.parindex.evidence.EvidenceStore;
import vn.parindex.evidence.EvidenceUploaded;
import vn.parindex.security.CurrentUser;
import vn.parindex.web.Text;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.workflow.WorkflowTasks;
import vn.parindex.year.Years;

/**
 * The unit's answer to a pre-filled leaf while it self-assesses: it confirms the figures offered (a later import's,
 * if one was flagged), or corrects them with a note and a file of evidence.
 */
@Service
public class PrefillDecisions {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final PrefillRepository prefills;
    private final AssessmentService entries;
    private final Years cycles;
    private final CycleCatalogue catalogue;
    private final WorkflowTasks tasks;
    private final EvidenceStore evidence;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    PrefillDecisions(AssessmentRepository assessments, AnswerRepository answers, PrefillRepository prefills,
                     AssessmentService entries, Years cycles, CycleCatalogue catalogue, WorkflowTasks tasks,
                     EvidenceStore evidence, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.assessments = assessments;
        this.answers = answers;
        this.prefills = prefills;
        this.entries = entries;
        this.cycles = cycles;
        this.catalogue = catalogue;
        this.tasks = tasks;
        this.evidence = evidence;
        this.events = events;
        this.transactions = transactions;
    }

    /** The figures offered become the unit's entry, confirmed. */
    public void confirm(int year, String unitCode, String leafCode, CurrentUser user) {
        transactions.executeWithoutResult(status -> {
            Assessment a = selfAssessment(year, unitCode, user);
            StoredPrefill p = locked(a, leafCode);
            BigDecimal numerator = p.flagged() ? p.flaggedNumerator() : p.numerator();
            BigDecimal denominator = p.flagged() ? p.flaggedDenominator() : p.denominator();
            Answer entered = selfEntry(a, leafCode);
            entries.store(a, Stage.SELF, List.of(new AnswerInput(leafCode, null, false,
                    entered == null ? null : entered.note(), null, null, numerator, denominator)), user, false);
            prefills.decide(p, PrefillState.CONFIRMED, user.id(), EngineClock.now());
            events.publishEvent(new PrefillConfirmed(user.id(), year, unitCode, leafCode,
                    PrefilledFigure.fraction(numerator, denominator), p.flagged() ? p.flaggedSource() : p.source()));
        });
    }

    /**
     * The unit's own figures replace the ones offered, with its note and a file of evidence; everything is checked
     * before the file is stored, and nothing is kept if the correction is refused.
     */
    public EvidenceFile correct(int year, String unitCode, String leafCode, BigDecimal numerator, BigDecimal denominator,
                                String note, MultipartFile file, CurrentUser user) throws IOException {
        AnswerInput correction = new AnswerInput(leafCode, null, false, note, null, null, numerator, denominator);
        Assessment checked = selfAssessment(year, unitCode, user);
        if (note == null || note.isBlank() || note.length() > Text.LONG_CHARS || !Text.isClean(note)) {
            throw UserFacingException.badRequest("Sửa số liệu điền sẵn cần giải trình (tối đa " + Text.LONG_CHARS
                    + " ký tự, " + Text.RULE + ").");
        }
        if (file == null || file.isEmpty()) {
            throw UserFacingException.badRequest("Sửa số liệu điền sẵn cần kèm tài liệu kiểm chứng.");
        }
        AnswerValidator.check(List.of(correction), catalogue.leaves(year, checked.unitType()), false).reportRejected();
        if (!prefills.of(checked.id()).containsKey(leafCode)) {
            throw noPrefill(leafCode);
        }
        EvidenceStore.Content content = evidence.store(file);
        return transactions.execute(status -> {
            Assessment a = selfAssessment(year, unitCode, user);
            StoredPrefill p = locked(a, leafCode);
            EvidenceFile saved = evidence.record(a.id(), leafCode, Stage.SELF.name(), content, user.id());
            events.publishEvent(EvidenceUploaded.of(user.id(), year, unitCode, saved));
            entries.store(a, Stage.SELF, List.of(correction), user, false);
            prefills.decide(p, PrefillState.CORRECTED, user.id(), EngineClock.now());
            events.publishEvent(new PrefillCorrected(user.id(), year, unitCode, leafCode,
                    PrefilledFigure.fraction(p.numerator(), p.denominator()),
                    PrefilledFigure.fraction(numerator, denominator), note));
            return saved;
        });
    }

    /** The unit's file, while its self-assessment task waits and the year is open; else a Vietnamese refusal. */
    private Assessment selfAssessment(int year, String unitCode, CurrentUser user) {
        user.requireUnitMember(unitCode);
        cycles.get(year).requireUnlocked();
        if (tasks.waiting(ProcessKeys.unitKey(year, unitCode), TaskKeys.SELF_ASSESSMENT).isEmpty()) {
            throw UserFacingException.conflict("Hồ sơ tự đánh giá đã nộp; chỉ xác nhận hoặc sửa số liệu điền sẵn khi "
                    + "đơn vị đang tự đánh giá.");
        }
        return assessments.get(year, unitCode);
    }

    private StoredPrefill locked(Assessment a, String leafCode) {
        return prefills.lock(a.id(), leafCode).orElseThrow(() -> noPrefill(leafCode));
    }

    private static UserFacingException noPrefill(String leafCode) {
        return UserFacingException.notFound("Tiêu chí \"" + leafCode + "\" không có số liệu điền sẵn.");
    }

    private Answer selfEntry(Assessment a, String leafCode) {
        return answers.list(a.id()).stream().filter(x -> x.stage() == Stage.SELF && x.leafCode().equals(leafCode))
                .findFirst().orElse(null);
    }
}
