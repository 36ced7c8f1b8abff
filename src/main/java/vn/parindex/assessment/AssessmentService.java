package vn.parindex.assessment;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.criteria.Leaf;
import vn.parindex.evidence.EvidenceFile;
import vn.parindex.evidence.EvidenceDeleted;
import vn.parindex.evidence.EvidenceStore;
import vn.parindex.evidence.EvidenceUploaded;
import vn.parindex.org.Units;
import vn.parindex.scoring.Evaluation;
import vn.parindex.scoring.facts.Finding;
import vn.parindex.scoring.facts.LeafScore;
import vn.parindex.security.CurrentUser;
import vn.parindex.web.UserFacingException;
import vn.parindex.web.ValidationException;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.workflow.WorkflowTasks;
import vn.parindex.year.Cycle;
import vn.parindex.year.Years;

/** The unit's side: read the file, save entries while the unit's task waits, submit. */
@Service
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final PrefillRepository prefills;
    private final ScoreRepository scores;
    private final Years cycles;
    private final CycleCatalogue catalogue;
    private final Units units;
    private final EvidenceStore evidence;
    private final AssessmentScorer scorer;
    private final WorkflowTasks tasks;
    private final UnitNotices notices;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    AssessmentService(AssessmentRepository assessments, AnswerRepository answers, PrefillRepository prefills,
                      ScoreRepository scores,
                      Years cycles, CycleCatalogue catalogue, Units units, EvidenceStore evidence,
                      AssessmentScorer scorer, WorkflowTasks tasks, UnitNotices notices, ApplicationEventPublisher events,
                      TransactionTemplate transactions) {
        this.assessments = assessments;
        this.answers = answers;
        this.prefills = prefills;
        this.scores = scores;
        this.cycles = cycles;
        this.catalogue = catalogue;
        this.units = units;
        this.evidence = evidence;
        this.scorer = scorer;
        this.tasks = tasks;
        this.notices = notices;
        this.events = events;
        this.transactions = transactions;
    }

    @Transactional(readOnly = true)
    public AssessmentView view(int year, String unitCode, CurrentUser user) {
        user.requireReadAccess(unitCode);
        Cycle cycle = cycles.get(year);
        Assessment a = assessments.get(year, unitCode);
        List<Answer> entries = answers.list(a.id());
        Map<String, List<Answer>> answersByLeaf = entries.stream().collect(Collectors.groupingBy(Answer::leafCode));
        Map<String, List<StoredScore>> scoresByLeaf = scores.list(a.id()).stream()
                .collect(Collectors.groupingBy(StoredScore::leafCode));
        Map<String, List<EvidenceFile>> evidenceByLeaf = evidence.list(a.id()).stream()
                .collect(Collectors.groupingBy(EvidenceFile::leafCode));
        Map<String, StoredPrefill> prefilled = prefills.of(a.id());
        Evaluation current = scorer.evaluate(a, currentStage(a));
        Map<String, BigDecimal> running = current.leafScores().stream()
                .collect(Collectors.toMap(LeafScore::getLeafCode, LeafScore::getPoints, (x, y) -> x));
        List<AssessmentView.LeafView> leaves = catalogue.leaves(year, a.unitType()).stream().map(l -> new AssessmentView.LeafView(
                l.code(), l.areaCode(), l.areaTitle(), l.criterionCode(), l.criterionTitle(), l.title(), l.maxPoints(), l.method().name(), l.method().inputHint(),
                l.method().choices(), l.method().rate(), l.method().enteredByUnit(), l.evidenceRequired(),
                answersByLeaf.getOrDefault(l.code(), List.of()).stream()
                        .collect(Collectors.toMap(x -> x.stage().name(), x -> x, (x, y) -> x, LinkedHashMap::new)),
                scoresByLeaf.getOrDefault(l.code(), List.of()).stream()
                        .collect(Collectors.toMap(x -> x.stage().name(), StoredScore::points, (x, y) -> x, LinkedHashMap::new)),
                running.get(l.code()), evidenceByLeaf.getOrDefault(l.code(), List.of()),
                prefillView(prefilled.get(l.code()), answersByLeaf.getOrDefault(l.code(), List.of())))).toList();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        if (current.total() != null) {
            totals.put("achieved", current.total().getAchieved());
            totals.put("penalty", current.total().getPenalty());
            totals.put("applicable", current.total().getApplicable());
            totals.put("index", current.total().getIndex());
        }
        return new AssessmentView(year, unitCode, units.name(unitCode).orElse(unitCode),
                a.unitType().label(), a.status().name(), a.status().label(), a.late(), cycle.selfAssessmentDue(),
                a.submittedAt(), leaves, totals, subtotals(current),
                incomplete(a, current, undecidedPrefills(a, prefilled, entries)),
                notices.forUnit(year, unitCode));
    }

    private static PrefillView prefillView(StoredPrefill prefill, List<Answer> entries) {
        return prefill == null ? null : PrefillView.of(prefill,
                entries.stream().filter(x -> x.stage() == Stage.SELF).findFirst().orElse(null));
    }

    private static List<AssessmentView.Subtotal> subtotals(Evaluation e) {
        List<AssessmentView.Subtotal> subtotals = new ArrayList<>();
        e.areaIndices().forEach(a -> subtotals.add(new AssessmentView.Subtotal("AREA", a.getAreaCode(), a.getAchieved(),
                a.getApplicable(), a.getIndex())));
        e.criterionTotals().forEach(c -> subtotals.add(new AssessmentView.Subtotal("CRITERION", c.getCriterionCode(),
                c.getAchieved(), c.getApplicable(), null)));
        return subtotals;
    }

    /**
     * Saves the unit's entries of the stage whose task is waiting (self-assessment or explanation): the valid ones are
     * stored and committed even when others are not; then the invalid ones are refused, each under its leaf, so one
     * wrong answer does not cost the unit the others of a draft.
     */
    @Transactional(noRollbackFor = ValidationException.class)
    public void saveAnswers(int year, String unitCode, List<AnswerInput> inputs, CurrentUser user) {
        user.requireUnitMember(unitCode);
        cycles.get(year).requireUnlocked();
        Task task = unitTask(year, unitCode);
        store(assessments.get(year, unitCode), Stage.enteredAt(task.getTaskDefinitionKey()).orElseThrow(), inputs, user, false);
    }

    /**
     * Stores the valid entries of a stage, each change audited, then refuses the others, each under its leaf. The
     * caller's transaction must not roll back for the refusal ({@code noRollbackFor = ValidationException.class}), so
     * that one wrong answer does not cost the others of a draft.
     */
    public void store(Assessment a, Stage stage, List<AnswerInput> given, CurrentUser user, boolean appraiser) {
        AnswerValidator checked = AnswerValidator.check(given, catalogue.leaves(a.year(), a.unitType()), appraiser);
        write(a, stage, checked.valid(), user);
        checked.reportRejected();
    }

    private void write(Assessment a, Stage stage, List<AnswerInput> valid, CurrentUser user) {
        if (valid.isEmpty()) {
            return;
        }
        List<AnswerInput> inputs = valid.stream().map(AnswerInput::withRateFromFraction).toList();
        Map<String, Answer> before = answers.list(a.id()).stream().filter(x -> x.stage() == stage)
                .collect(Collectors.toMap(Answer::leafCode, x -> x));
        answers.upsertAll(a.id(), stage, inputs, user.id(), EngineClock.now());
        events.publishEvent(new AnswersSaved(user.id(), a.year(), a.unitCode(), stage, inputs.stream().map(in ->
                new AnswersSaved.Saved(in.leafCode(), before.containsKey(in.leafCode()) ? before.get(in.leafCode()).describe() : null,
                        in.isNotApplicable() ? "không áp dụng" : String.valueOf(in.value()), in.note())).toList()));
    }

    /** Sets a leaf's points directly (council, accepted complaint) within 0..max, with who and why. */
    @Transactional
    public void setPoints(Assessment a, String leafCode, Stage stage, BigDecimal points, String actor, String reason) {
        cycles.get(a.year()).requireUnlocked();
        requireValidPoints(a, leafCode, points);
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.badRequest("Phải nêu lý do khi điều chỉnh điểm.");
        }
        scores.override(a, leafCode, stage, points, actor, reason, cycles.get(a.year()).ruleHash(), EngineClock.now());
    }

    /** Refuses points outside 0..max of the unit's leaf, or a leaf the unit does not have. */
    public void requireValidPoints(Assessment a, String leafCode, BigDecimal points) {
        Leaf leaf = catalogue.leaf(a.year(), a.unitType(), leafCode).orElseThrow(() -> UserFacingException.badRequest(
                "Tiêu chí \"" + leafCode + "\" không có trong bộ tiêu chí của đơn vị."));
        AnswerValidator.validatePoints(leaf, points);
    }

    /**
     * Completes the waiting self-assessment or explanation task. An incomplete self-assessment is refused here, every
     * gap listed area by area and at its leaf; the process checks completeness again (a task completed another way).
     */
    @Transactional
    public void submit(int year, String unitCode, CurrentUser user) {
        user.requireUnitMember(unitCode);
        cycles.get(year).requireUnlocked();
        Assessment a = assessments.lock(year, unitCode);
        Task task = unitTask(year, unitCode);
        if (TaskKeys.SELF_ASSESSMENT.equals(task.getTaskDefinitionKey())) {
            requireComplete(a, user, task);
        }
        tasks.complete(user, task);
    }

    private void requireComplete(Assessment a, CurrentUser user, Task task) {
        List<Finding> missing = incomplete(a, scorer.evaluate(a, Stage.SELF), undecidedPrefills(a));
        if (missing.isEmpty()) {
            return;   // the completion checks who completes
        }
        // before saying what the file lacks: a stranger to the task learns nothing of it
        tasks.requireMayComplete(user, task);
        Map<String, Leaf> leaves = catalogue.leaves(a.year(), a.unitType()).stream()
                .collect(Collectors.toMap(Leaf::code, l -> l, (x, y) -> x));
        Map<String, List<String>> byLeaf = new LinkedHashMap<>();
        Map<String, List<String>> byArea = new LinkedHashMap<>();
        for (Finding f : missing) {
            Leaf leaf = f.getLeafCode() == null ? null : leaves.get(f.getLeafCode());
            String area = leaf == null ? "Hồ sơ" : "Lĩnh vực " + leaf.areaCode() + ". " + leaf.areaTitle();
            byArea.computeIfAbsent(area, k -> new ArrayList<>()).add(f.describe());
            if (leaf != null) {
                byLeaf.computeIfAbsent(leaf.code(), k -> new ArrayList<>()).add(f.getMessage());
            }
        }
        throw new ValidationException("Hồ sơ chưa đầy đủ, chưa nộp: còn " + missing.size()
                + " mục cần hoàn thiện, theo từng lĩnh vực dưới đây.", byArea.entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join("; ", e.getValue())).toList(), byLeaf);
    }

    /**
     * What the rules find missing for submission, and every pre-filled leaf the unit has not decided on, in the
     * catalogue's order (findings about no leaf first).
     */
    private List<Finding> incomplete(Assessment a, Evaluation e, List<Finding> undecidedPrefills) {
        List<String> order = catalogue.leaves(a.year(), a.unitType()).stream().map(Leaf::code).toList();
        return Stream.concat(e.findings(Finding.INCOMPLETE).stream(), undecidedPrefills.stream())
                .sorted(Comparator.comparingInt((Finding f) -> f.getLeafCode() == null ? -1 : order.indexOf(f.getLeafCode()))
                        .thenComparing(Finding::getMessage))
                .toList();
    }

    private List<Finding> undecidedPrefills(Assessment a) {
        return a.status() == AssessmentStatus.DRAFT ? undecidedPrefills(a, prefills.of(a.id()), answers.list(a.id())) : List.of();
    }

    /** The pre-filled leaves still waiting for the unit's decision; only the unit decides, while it self-assesses. */
    private static List<Finding> undecidedPrefills(Assessment a, Map<String, StoredPrefill> prefilled, List<Answer> entries) {
        if (a.status() != AssessmentStatus.DRAFT) {
            return List.of();
        }
        Map<String, Answer> self = entries.stream().filter(x -> x.stage() == Stage.SELF)
                .collect(Collectors.toMap(Answer::leafCode, x -> x, (x, y) -> x));
        return prefilled.values().stream().flatMap(p -> p.awaitingUnit(self.get(p.leafCode()))
                .map(why -> new Finding(Finding.INCOMPLETE, p.leafCode(), why)).stream()).toList();
    }

    /**
     * The unit has submitted (by the process, right after the unit's task): records who and when, scores the file
     * and moves it to appraisal if the rules find it complete; otherwise tells the unit what is missing.
     */
    @Transactional
    public boolean checkSubmission(int year, String unitCode, String actor) {
        Assessment a = assessments.get(year, unitCode);
        assessments.recordSubmission(a.id(), actor, EngineClock.now());
        List<Finding> issues = incomplete(a, scorer.scoreAndStore(a, Stage.SELF, actor, "Đơn vị nộp hồ sơ tự đánh giá"),
                undecidedPrefills(a));
        if (!issues.isEmpty()) {
            events.publishEvent(new SelfAssessmentReturned(year, unitCode, issues.stream().map(Finding::describe).toList()));
            return false;
        }
        assessments.moveTo(a, AssessmentStatus.APPRAISAL_1);
        return true;
    }

    /**
     * Not one transaction: the content is checked and stored first (in its own transaction, streamed), then
     * attached to the leaf together with its audit row. The stage is checked before and again when attaching.
     */
    public EvidenceFile upload(int year, String unitCode, String leafCode, MultipartFile file,
                               CurrentUser user) throws IOException {
        user.requireUnitMember(unitCode);
        evidenceTarget(year, unitCode, leafCode);
        EvidenceStore.Content content = evidence.store(file);
        return transactions.execute(status -> {
            EvidenceTarget target = evidenceTarget(year, unitCode, leafCode);
            EvidenceFile saved = evidence.record(target.assessment().id(), leafCode, target.stage().name(), content, user.id());
            events.publishEvent(EvidenceUploaded.of(user.id(), year, unitCode, saved));
            return saved;
        });
    }

    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(int year, String unitCode, long evidenceId, CurrentUser user) {
        user.requireReadAccess(unitCode);
        Assessment a = assessments.get(year, unitCode);
        return evidence.find(evidenceId).filter(f -> f.assessmentId() == a.id())
                .orElseThrow(() -> UserFacingException.notFound("Không có tệp kiểm chứng này trong hồ sơ của đơn vị."));
    }

    /** A unit may remove a file only in the stage it was uploaded in, while that stage is still open. */
    @Transactional
    public void deleteEvidence(int year, String unitCode, long evidenceId, CurrentUser user) {
        EvidenceFile file = evidenceFile(year, unitCode, evidenceId, user);
        user.requireUnitMember(unitCode);
        if (!file.stage().equals(evidenceTarget(year, unitCode, file.leafCode()).stage().name())) {
            throw UserFacingException.conflict("Tệp đã nộp ở bước trước; không thể xóa.");
        }
        if (!evidence.delete(file)) {
            throw UserFacingException.notFound("Tệp đã được xóa.");
        }
        events.publishEvent(new EvidenceDeleted(user.id(), year, unitCode, file.leafCode(), file.fileName()));
    }

    private record EvidenceTarget(Assessment assessment, Stage stage) {
    }

    /**
     * Files go to the stage the unit is in: its self-assessment or its explanation (a complaint's files come with the
     * complaint). A submitted stage's files are frozen.
     */
    private EvidenceTarget evidenceTarget(int year, String unitCode, String leafCode) {
        cycles.get(year).requireUnlocked();
        Assessment a = assessments.get(year, unitCode);
        if (catalogue.leaf(year, a.unitType(), leafCode).filter(l -> !l.survey()).isEmpty()) {
            throw UserFacingException.badRequest("Tiêu chí \"" + leafCode + "\" không có trong bộ tiêu chí tự đánh giá của đơn vị.");
        }
        Task task = tasks.waiting(ProcessKeys.unitKey(year, unitCode), TaskKeys.SELF_ASSESSMENT, TaskKeys.EXPLANATION)
                .orElseThrow(() -> UserFacingException.conflict("Tài liệu kiểm chứng đã nộp và đã khóa (hồ sơ đang ở bước \""
                        + a.status().label() + "\"); chỉ bổ sung được khi giải trình hoặc khi gửi kiến nghị."));
        return new EvidenceTarget(a, Stage.enteredAt(task.getTaskDefinitionKey()).orElseThrow());
    }

    /** The unit's own waiting task (self-assessment or explanation), as the engine has it; else a Vietnamese 409. */
    private Task unitTask(int year, String unitCode) {
        return tasks.waiting(ProcessKeys.unitKey(year, unitCode), TaskKeys.SELF_ASSESSMENT, TaskKeys.EXPLANATION)
                .orElseThrow(() -> UserFacingException.conflict("Hồ sơ đang ở bước \""
                        + assessments.get(year, unitCode).status().label() + "\"; đơn vị không thể sửa lúc này."));
    }

    private static Stage currentStage(Assessment a) {
        return switch (a.status()) {
            case DRAFT -> Stage.SELF;
            case APPRAISAL_1 -> Stage.APPRAISAL_1;
            default -> Stage.RESULT;
        };
    }
}
