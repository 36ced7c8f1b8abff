package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.notification.Notifications;
import vn.parindex.scoring.Evaluation;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.workflow.Vars;

/** Every branch and timer of UnitAppraisal.bpmn, on PostgreSQL with the real rules. */
class UnitAppraisalProcessIT extends IntegrationTest {

    private static final String UNIT = "TD1";

    @Autowired Assessments assessments;
    @Autowired AssessmentService assessmentService;
    @Autowired AssessmentScorer scorer;
    @Autowired ScoreRepository scores;
    @Autowired Notifications notifications;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired RuntimeService runtime;

    @Test
    void openingAYearGivesEachUnitItsSelfAssessmentTask() {
        int year = scenario.openYear(List.of(UNIT, "TH1"));

        Task task = scenario.task(ProcessKeys.unitKey(year, UNIT), TaskKeys.SELF_ASSESSMENT);
        assertThat(task.getName()).isEqualTo("Tự đánh giá CCHC năm " + year + ": Sở thử nghiệm TD1");
        assertThat(candidateGroups(task)).containsExactly("unit-TD1");
        assertThat(task.getDueDate()).isNotNull();
        assertThat(scenario.task(ProcessKeys.unitKey(year, "TH1"), TaskKeys.SELF_ASSESSMENT)).isNotNull();
        assertThat(assessments.get(year, UNIT).status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void incompleteSubmissionGoesBackToTheUnit() {
        int year = scenario.openYear(List.of(UNIT));
        assessmentService.saveAnswers(year, UNIT, List.of(new AnswerInput("1.4", BigDecimal.ONE, false, null, null)),
                Scenario.unit(UNIT));

        scenario.submitThroughEngine(year, UNIT);   // the API refuses it (HostileInputIT); the gateway is the safety net

        assertThat(scenario.task(ProcessKeys.unitKey(year, UNIT), TaskKeys.SELF_ASSESSMENT)).isNotNull();
        assertThat(assessments.get(year, UNIT).status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(notifications.forUnit(year, UNIT).get(0).message()).startsWith("Hồ sơ chưa đầy đủ").contains("1.1");
    }

    @Test
    void pointsClaimedWithoutEvidenceMakeTheFileIncomplete() {
        int year = scenario.openYear(List.of(UNIT));
        assessmentService.saveAnswers(year, UNIT, scenario.leaves(year, UNIT).stream().filter(l -> !l.survey())
                .map(l -> new AnswerInput(l.code(), l.method().fullMarksInput(), false, null, null)).toList(), Scenario.unit(UNIT));

        scenario.submitThroughEngine(year, UNIT);

        assertThat(assessments.get(year, UNIT).status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(notifications.forUnit(year, UNIT).get(0).message()).contains("Thiếu tài liệu kiểm chứng");
    }

    @Test
    void completeSubmissionIsScoredAndGoesToAppraisalRoundOne() {
        int year = scenario.openYear(List.of(UNIT));
        scenario.fillAll(year, UNIT, Map.of("1.2", BigDecimal.valueOf(50)));

        scenario.submit(year, UNIT);

        Task round1 = scenario.task(ProcessKeys.unitKey(year, UNIT), TaskKeys.APPRAISAL_ROUND_1);
        assertThat(candidateGroups(round1)).containsExactly("appraisal-team");
        Assessment a = assessments.get(year, UNIT);
        assertThat(a.status()).isEqualTo(AssessmentStatus.APPRAISAL_1);
        assertThat(a.submittedBy()).isEqualTo("td1");
        assertThat(scores.points(a.id(), Stage.SELF)).containsEntry("1.2", new BigDecimal("2.00"))
                .containsEntry("1.1", new BigDecimal("2.00"));
        Evaluation self = scorer.evaluate(a, Stage.SELF);
        assertThat(self.total().getAchieved()).isEqualByComparingTo("68.00");
        assertThat(self.total().getIndex()).isEqualByComparingTo("68.00");
    }

    /**
     * The rules' decision reaches the gateway without being stored; an instance an earlier version left with the flag
     * stored (after an incomplete submission) goes on too, the engine refusing a transient flag over a stored one.
     */
    @Test
    void theDecisionIsNotStoredAndAFlagStoredBeforeStillWorks() {
        int year = scenario.openYear(List.of(UNIT, "TH1"));
        String stored = scenario.task(ProcessKeys.unitKey(year, UNIT), TaskKeys.SELF_ASSESSMENT).getProcessInstanceId();
        String fresh = scenario.task(ProcessKeys.unitKey(year, "TH1"), TaskKeys.SELF_ASSESSMENT).getProcessInstanceId();
        runtime.setVariable(stored, Vars.COMPLETE, false);
        for (String unit : List.of(UNIT, "TH1")) {
            scenario.fillAll(year, unit, Map.of());
            scenario.submit(year, unit);
            assertThat(scenario.task(ProcessKeys.unitKey(year, unit), TaskKeys.APPRAISAL_ROUND_1)).isNotNull();
        }

        assertThat(runtime.getVariables(fresh)).containsOnlyKeys(Vars.YEAR, Vars.UNIT_CODE);
        assertThat(runtime.getVariables(stored)).containsEntry(Vars.COMPLETE, true);
    }

    @Test
    void anExplanationInPlaceOfEvidenceCountsOnlyIfTheTeamAcceptsIt() {
        int year = scenario.openYear(List.of(UNIT));
        assessmentService.saveAnswers(year, UNIT, scenario.leaves(year, UNIT).stream().filter(l -> !l.survey())
                .map(l -> new AnswerInput(l.code(), l.method().fullMarksInput(), false, "Hồ sơ gốc lưu tại văn thư", null)).toList(),
                Scenario.unit(UNIT));
        scenario.submit(year, UNIT);
        assertThat(assessments.get(year, UNIT).status()).isEqualTo(AssessmentStatus.APPRAISAL_1);

        scenario.appraise(year, UNIT, List.of(new AnswerInput("1.2", null, false, "Chấp nhận giải trình", false, true)));

        Assessment a = assessments.get(year, UNIT);
        assertThat(scores.points(a.id(), Stage.SELF)).containsEntry("1.1", new BigDecimal("2.00"));
        assertThat(scores.points(a.id(), Stage.APPRAISAL_1)).containsEntry("1.1", new BigDecimal("0.00"))
                .containsEntry("1.2", new BigDecimal("4.00")).containsEntry("1.4", new BigDecimal("2.00"));
    }

    @Test
    void reminderTimerNotifiesTheUnitBeforeTheDeadline() {
        int year = scenario.openYear(List.of(UNIT));

        scenario.advance(year, Duration.ofDays(8));

        assertThat(notifications.forUnit(year, UNIT)).anyMatch(n -> n.message().startsWith("Nhắc việc"));
        assertThat(assessments.get(year, UNIT).late()).isFalse();
        assertThat(scenario.task(ProcessKeys.unitKey(year, UNIT), TaskKeys.SELF_ASSESSMENT)).isNotNull();
    }

    @Test
    void deadlineTimerMarksTheUnitLateAndTheRulesDeductThePenalty() {
        int year = scenario.openYear(List.of(UNIT));

        scenario.advance(year, Duration.ofDays(11));
        scenario.fillAll(year, UNIT, Map.of());
        scenario.submit(year, UNIT);

        Assessment a = assessments.get(year, UNIT);
        assertThat(a.late()).isTrue();
        Evaluation self = scorer.evaluate(a, Stage.SELF);
        assertThat(self.total().getPenalty()).isEqualByComparingTo("2.00");
        assertThat(self.total().getIndex()).isEqualByComparingTo("68.00");
    }

    @Test
    void explanationRequestSendsTheFileBackAndRoundTwoScoresTheAnswer() {
        int year = scenario.openYear(List.of(UNIT));
        String key = ProcessKeys.unitKey(year, UNIT);
        scenario.fillAll(year, UNIT, Map.of("2.1", BigDecimal.valueOf(50)));
        scenario.submit(year, UNIT);

        scenario.appraise(year, UNIT, List.of(new AnswerInput("2.1", null, false, "Thiếu danh mục văn bản", true)));

        Task explanation = scenario.task(key, TaskKeys.EXPLANATION);
        assertThat(candidateGroups(explanation)).containsExactly("unit-TD1");
        assertThat(assessments.get(year, UNIT).status()).isEqualTo(AssessmentStatus.EXPLANATION);
        assessmentService.saveAnswers(year, UNIT, List.of(new AnswerInput("2.1", BigDecimal.valueOf(100), false,
                "Bổ sung danh mục", null)), Scenario.unit(UNIT));
        scenario.submit(year, UNIT);
        assertThat(scenario.task(key, TaskKeys.APPRAISAL_ROUND_2)).isNotNull();
        scenario.appraise(year, UNIT, List.of());

        Assessment a = assessments.get(year, UNIT);
        assertThat(a.status()).isEqualTo(AssessmentStatus.APPRAISED);
        assertThat(scores.points(a.id(), Stage.APPRAISAL_1)).containsEntry("2.1", new BigDecimal("2.00"));
        assertThat(scores.points(a.id(), Stage.APPRAISAL_2)).containsEntry("2.1", new BigDecimal("4.00"));
        assertThat(ended(key)).isTrue();
    }

    @Test
    void noExplanationRequestEndsTheAppraisalAfterRoundOne() {
        int year = scenario.openYear(List.of(UNIT));
        String key = ProcessKeys.unitKey(year, UNIT);
        scenario.fillAll(year, UNIT, Map.of());
        scenario.submit(year, UNIT);

        scenario.appraise(year, UNIT, List.of(new AnswerInput("1.2", BigDecimal.valueOf(75), false, "Chỉ đạt 75%", false)));

        Assessment a = assessments.get(year, UNIT);
        assertThat(a.status()).isEqualTo(AssessmentStatus.APPRAISED);
        assertThat(scores.points(a.id(), Stage.APPRAISAL_1)).containsEntry("1.2", new BigDecimal("3.00"));
        assertThat(scores.points(a.id(), Stage.APPRAISAL_2)).isEmpty();
        assertThat(ended(key)).isTrue();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId(key))
                .activityId("Task_Explanation").count()).isZero();
    }

    /** An ended unit's history is kept for its time to live (ten years) counted from its end, then may be cleaned up. */
    @Test
    void anEndedUnitsHistoryBecomesCleanableItsTimeToLiveAfterItsEnd() {
        int year = scenario.openYear(List.of(UNIT));
        scenario.fillAll(year, UNIT, Map.of());
        scenario.submit(year, UNIT);
        scenario.appraise(year, UNIT, List.of());

        HistoricProcessInstance unit = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(ProcessKeys.unitKey(year, UNIT)).singleResult();
        assertThat(unit.getEndTime()).isNotNull();
        Duration timeToLive = Duration.ofDays(3650);
        long before = cleanableAt(unit, timeToLive.minusMinutes(1));
        assertThat(cleanableAt(unit, timeToLive.plusMinutes(1))).isGreaterThan(before);
    }

    /** Ended instances of the unit's process definition that the history cleanup would remove at that time after its end. */
    private long cleanableAt(HistoricProcessInstance unit, Duration afterEnd) {
        ClockUtil.setCurrentTime(new Date(unit.getEndTime().getTime() + afterEnd.toMillis()));
        return history.createCleanableHistoricProcessInstanceReport().processDefinitionIdIn(unit.getProcessDefinitionId())
                .singleResult().getCleanableProcessInstanceCount();
    }

    @Test
    void explanationDeadlinePassesTheFileToRoundTwo() {
        int year = scenario.openYear(List.of(UNIT));
        String key = ProcessKeys.unitKey(year, UNIT);
        scenario.fillAll(year, UNIT, Map.of());
        scenario.submit(year, UNIT);
        scenario.appraise(year, UNIT, List.of(new AnswerInput("3.1", null, false, "Cần giải trình", true)));

        scenario.advance(year, Duration.ofDays(6));

        assertThat(scenario.task(key, TaskKeys.EXPLANATION)).isNull();
        assertThat(scenario.task(key, TaskKeys.APPRAISAL_ROUND_2)).isNotNull();
        assertThat(assessments.get(year, UNIT).status()).isEqualTo(AssessmentStatus.APPRAISAL_2);
        assertThat(notifications.forUnit(year, UNIT).get(0).message()).startsWith("Đã hết hạn giải trình");
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    private String processInstanceId(String businessKey) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    private boolean ended(String businessKey) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult()
                .getEndTime() != null;
    }
}
