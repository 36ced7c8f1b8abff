package vn.parindex.review;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AssessmentScorer;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.Stage;
import vn.parindex.audit.Notifications;
import vn.parindex.scoring.facts.Finding;
import vn.parindex.workflow.Actors;
import vn.parindex.workflow.Vars;

/** Stores round-1 points and sets {@code explanationNeeded} from the rules. */
@Component("evaluateRoundOne")
class EvaluateRoundOneDelegate implements JavaDelegate {

    private final AssessmentRepository assessments;
    private final AssessmentScorer scorer;
    private final Notifications notifications;

    EvaluateRoundOneDelegate(AssessmentRepository assessments, AssessmentScorer scorer, Notifications notifications) {
        this.assessments = assessments;
        this.scorer = scorer;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = Vars.year(execution);
        String unit = Vars.unitCode(execution);
        Assessment a = assessments.get(year, unit);
        List<Finding> requests = scorer.scoreAndStore(a, Stage.APPRAISAL_1, Actors.of(execution), "Thẩm định vòng 1")
                .findings(Finding.EXPLANATION);
        boolean needed = !requests.isEmpty();
        if (needed) {
            assessments.setStatus(a.id(), AssessmentStatus.EXPLANATION);
            notifications.send(year, unit, "Tổ thẩm định đề nghị giải trình các tiêu chí: "
                    + String.join(", ", requests.stream().map(Finding::getLeafCode).toList()) + ".");
        }
        execution.setVariable(Vars.EXPLANATION_NEEDED, needed);
    }
}
