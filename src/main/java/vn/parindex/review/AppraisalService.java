package vn.parindex.review;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentScorer;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.Stage;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.criteria.Leaf;
import vn.parindex.scoring.facts.Finding;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.web.UserFacingException;
import vn.parindex.web.ValidationException;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.workflow.WorkflowTasks;
import vn.parindex.year.Years;

/** The appraisal team's side: appraised entries per leaf (own areas only), closing the round, and what the process does after it. */
@Service
public class AppraisalService {

    private final Assessments assessments;
    private final AssessmentService assessmentService;
    private final Years cycles;
    private final CycleCatalogue catalogue;
    private final AppraiserAreas areas;
    private final WorkflowTasks tasks;
    private final AssessmentScorer scorer;
    private final AreaSignoffs signoffs;
    private final RoundAreas roundAreas;
    private final AppraiserQueue queue;
    private final ApplicationEventPublisher events;

    AppraisalService(Assessments assessments, AssessmentService assessmentService, Years cycles,
                     CycleCatalogue catalogue, AppraiserAreas areas, WorkflowTasks tasks, AssessmentScorer scorer,
                     AreaSignoffs signoffs, RoundAreas roundAreas, AppraiserQueue queue, ApplicationEventPublisher events) {
        this.signoffs = signoffs;
        this.roundAreas = roundAreas;
        this.queue = queue;
        this.events = events;
        this.assessments = assessments;
        this.assessmentService = assessmentService;
        this.cycles = cycles;
        this.catalogue = catalogue;
        this.areas = areas;
        this.tasks = tasks;
        this.scorer = scorer;
    }

    /** Keeps the valid entries and refuses the others, each at its leaf, as a unit's draft does. */
    @Transactional(noRollbackFor = ValidationException.class)
    public void save(int year, String unitCode, List<AnswerInput> entries, CurrentUser user) {
        user.requireGroup(Roles.APPRAISAL_TEAM);
        cycles.get(year).requireUnlocked();
        Assessment a = assessments.get(year, unitCode);
        Stage stage = Stage.enteredAt(round(a).getTaskDefinitionKey()).orElseThrow();
        if (stage == Stage.APPRAISAL_2 && entries.stream().anyMatch(e -> Boolean.TRUE.equals(e.needsExplanation()))) {
            throw UserFacingException.badRequest("Chỉ đề nghị giải trình ở vòng thẩm định thứ nhất.");
        }
        requireOwnAreas(a, entries, user);
        assessmentService.store(a, stage, entries, user, true);
    }

    /** Where a round stands after a member confirmed his areas: closed, or waiting for the areas listed. */
    public record RoundState(boolean closed, Set<String> waitingAreas) {
    }

    /**
     * The round as the member sees it in his form: the stage, his areas of the file, those of them confirmed (by him or
     * a colleague of his field) and the areas still waiting for their field.
     */
    public record MemberRound(String stage, String stageLabel, Set<String> mine, Set<String> confirmed, Set<String> waitingAreas) {
    }

    @Transactional(readOnly = true)
    public MemberRound memberRound(int year, String unitCode, CurrentUser user) {
        user.requireGroup(Roles.APPRAISAL_TEAM);
        Assessment a = assessments.get(year, unitCode);
        Stage stage = Stage.enteredAt(round(a).getTaskDefinitionKey()).orElseThrow();
        Set<String> mine = own(a, user);
        Set<String> confirmed = signoffs.signed(a.id(), stage);
        confirmed.retainAll(mine);
        return new MemberRound(stage.name(), stage.label(), mine, confirmed, roundAreas.waiting(a, stage));
    }

    /**
     * The member confirms the areas of his field in the current round; the confirmation of the last area closes it.
     * The round's task is completed only then, so no field's appraisal is skipped.
     */
    @Transactional
    public RoundState completeRound(int year, String unitCode, CurrentUser user) {
        user.requireGroup(Roles.APPRAISAL_TEAM);
        cycles.get(year).requireUnlocked();
        Assessment a = assessments.lock(year, unitCode);
        Task task = round(a);
        Stage stage = Stage.enteredAt(task.getTaskDefinitionKey()).orElseThrow();
        Set<String> mine = own(a, user);
        if (mine.isEmpty()) {
            throw UserFacingException.forbidden("Bạn chưa được phân công thẩm định lĩnh vực nào của hồ sơ này.");
        }
        Set<String> waiting = roundAreas.waiting(a, stage);
        if (Collections.disjoint(mine, waiting)) {
            throw UserFacingException.conflict("Bạn đã xác nhận lĩnh vực " + String.join(", ", mine) + " của hồ sơ này ở "
                    + stage.label().toLowerCase() + "; không cần xác nhận lại." + (waiting.isEmpty() ? ""
                    : " Vòng thẩm định đang chờ các lĩnh vực " + String.join(", ", waiting) + "."));
        }
        Set<String> signed = signoffs.sign(a.id(), stage, mine, user.id(), EngineClock.now());
        events.publishEvent(new AppraisalAreasConfirmed(user.id(), year, unitCode, stage, List.copyOf(mine)));
        waiting.removeAll(signed);
        if (waiting.isEmpty()) {
            tasks.complete(user, task);
            return new RoundState(true, waiting);
        }
        queue.confirmed(task, user.id());
        if (user.id().equals(task.getAssignee())) {
            tasks.release(task);   // claimed in the Tasklist to open its form: the next field must be able to claim it
        }
        return new RoundState(false, waiting);
    }

    /** The member's areas that the file has. */
    private Set<String> own(Assessment a, CurrentUser user) {
        Set<String> mine = new TreeSet<>(areas.of(user.id()));
        mine.retainAll(roundAreas.required(a));
        return mine;
    }

    /** A round's task is created: it joins the queue of every member it waits for. */
    void offer(DelegateTask task) {
        Assessment a = assessments.get(ProcessKeys.year(task.getExecution()), ProcessKeys.unitCode(task.getExecution()));
        queue.offer(task, a, Stage.enteredAt(task.getTaskDefinitionKey()).orElseThrow());
    }

    /** The year's areas that no member of the team appraises: their rounds could never close. */
    public Set<String> areasWithoutAppraiser(int year) {
        Set<String> uncovered = Leaf.appraisedAreas(catalogue.leavesOfYear(year).stream());
        uncovered.removeAll(areas.assigned());
        return uncovered;
    }

    /** Refuses to close a round while an area of the file has not been confirmed by its field. */
    public void requireAllAreasConfirmed(int year, String unitCode, String taskKey) {
        Assessment a = assessments.get(year, unitCode);
        Set<String> waiting = roundAreas.waiting(a, Stage.enteredAt(taskKey).orElseThrow());
        if (!waiting.isEmpty()) {
            throw UserFacingException.conflict("Chưa thể kết thúc vòng thẩm định: các lĩnh vực " + String.join(", ", waiting)
                    + " chưa được thành viên phụ trách xác nhận.");
        }
    }

    /** Round 1 is closed (by the process): stores its points; the rules decide whether the unit must explain. */
    @Transactional
    public boolean evaluateRoundOne(int year, String unitCode, String actor) {
        Assessment a = assessments.get(year, unitCode);
        List<Finding> requests = scorer.scoreAndStore(a, Stage.APPRAISAL_1, actor, "Thẩm định vòng 1")
                .findings(Finding.EXPLANATION);
        if (requests.isEmpty()) {
            return false;
        }
        assessments.moveTo(a, AssessmentStatus.EXPLANATION);
        events.publishEvent(new ExplanationRequested(year, unitCode, requests.stream().map(Finding::getLeafCode).toList()));
        return true;
    }

    /** The explanation is in, or its deadline passed: the file goes to round 2. */
    @Transactional
    public void beginRoundTwo(int year, String unitCode) {
        assessments.moveTo(assessments.get(year, unitCode), AssessmentStatus.APPRAISAL_2);
    }

    @Transactional
    public void evaluateRoundTwo(int year, String unitCode, String actor) {
        scorer.scoreAndStore(assessments.get(year, unitCode), Stage.APPRAISAL_2, actor, "Thẩm định vòng 2");
    }

    /**
     * Marks the unit appraised; true if it was the year's last. The year's row is locked first, so that of two last
     * units finishing together exactly one sees that none is left.
     */
    @Transactional
    public boolean markAppraised(int year, String unitCode) {
        cycles.getForUpdate(year);
        assessments.moveTo(assessments.get(year, unitCode), AssessmentStatus.APPRAISED);
        return !assessments.anyNotIn(year, AssessmentStatus.APPRAISED);
    }

    /** The appraisal round waiting for the unit, as the engine has it; else a Vietnamese 409. */
    private Task round(Assessment a) {
        return tasks.waiting(ProcessKeys.unitKey(a.year(), a.unitCode()), TaskKeys.APPRAISAL_ROUND_1, TaskKeys.APPRAISAL_ROUND_2)
                .orElseThrow(() -> UserFacingException.conflict("Hồ sơ đang ở bước \"" + a.status().label()
                        + "\", chưa đến lượt thẩm định."));
    }

    private void requireOwnAreas(Assessment a, List<AnswerInput> entries, CurrentUser user) {
        Set<String> own = areas.of(user.id());
        Map<String, Leaf> leaves = catalogue.leaves(a.year(), a.unitType()).stream()
                .collect(Collectors.toMap(Leaf::code, Function.identity()));
        List<String> outside = entries.stream().map(AnswerInput::leafCode).filter(leaves::containsKey)
                .filter(code -> !own.contains(leaves.get(code).areaCode())).toList();
        if (!outside.isEmpty()) {
            throw UserFacingException.forbidden("Bạn chỉ thẩm định các lĩnh vực được phân công; không được chấm tiêu chí: "
                    + String.join(", ", outside) + ".");
        }
    }
}
