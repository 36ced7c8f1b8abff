package vn.parindex.assessment;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.audit.Notifications;
import vn.parindex.scoring.Evaluation;
import vn.parindex.scoring.facts.Finding;
import vn.parindex.workflow.Actors;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.Vars;

/** After the unit submits: records the submission, stores the self-assessed points and sets {@code complete}. */
@Component("scoreSelfAssessment")
class ScoreSelfAssessmentDelegate implements JavaDelegate {

    private final AssessmentRepository assessments;
    private final AssessmentScorer scorer;
    private final Notifications notifications;

    ScoreSelfAssessmentDelegate(AssessmentRepository assessments, AssessmentScorer scorer, Notifications notifications) {
        this.assessments = assessments;
        this.scorer = scorer;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = Vars.year(execution);
        String unit = Vars.unitCode(execution);
        String actor = Actors.of(execution);
        Assessment a = assessments.get(year, unit);
        assessments.markSubmitted(a.id(), actor, EngineClock.now());
        Evaluation evaluation = scorer.scoreAndStore(a, Stage.SELF, actor, "Đơn vị nộp hồ sơ tự đánh giá");
        List<Finding> issues = evaluation.findings(Finding.INCOMPLETE);
        boolean complete = issues.isEmpty();
        assessments.setStatus(a.id(), complete ? AssessmentStatus.APPRAISAL_1 : AssessmentStatus.DRAFT);
        if (!complete) {
            notifications.send(year, unit, "Hồ sơ chưa đầy đủ, đã trả lại để bổ sung: "
                    + String.join("; ", issues.stream().map(Finding::describe).toList()));
        }
        execution.setVariable(Vars.COMPLETE, complete);
    }
}
