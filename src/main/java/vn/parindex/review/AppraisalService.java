package vn.parindex.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.Stage;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.criteria.Leaf;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.workflow.WorkflowTasks;
import vn.parindex.year.CycleRepository;

/** The appraisal team's side: appraised entries per leaf (own areas only), then closing the round. */
@Service
public class AppraisalService {

    private final AssessmentRepository assessments;
    private final AssessmentService assessmentService;
    private final CycleRepository cycles;
    private final CycleCatalogue catalogue;
    private final AppraiserAreas areas;
    private final WorkflowTasks tasks;

    AppraisalService(AssessmentRepository assessments, AssessmentService assessmentService, CycleRepository cycles,
                     CycleCatalogue catalogue, AppraiserAreas areas, WorkflowTasks tasks) {
        this.assessments = assessments;
        this.assessmentService = assessmentService;
        this.cycles = cycles;
        this.catalogue = catalogue;
        this.areas = areas;
        this.tasks = tasks;
    }

    @Transactional
    public void save(int year, String unitCode, List<AnswerInput> entries, CurrentUser user) {
        user.requireGroup(Roles.APPRAISAL_TEAM);
        cycles.get(year).requireUnlocked();
        Assessment a = assessments.get(year, unitCode);
        Stage stage = round(a);
        if (stage == Stage.APPRAISAL_2 && entries.stream().anyMatch(e -> Boolean.TRUE.equals(e.needsExplanation()))) {
            throw UserFacingException.badRequest("Chỉ đề nghị giải trình ở vòng thẩm định thứ nhất.");
        }
        requireOwnAreas(a, entries, user);
        assessmentService.store(a, stage, entries, user, true);
    }

    @Transactional
    public void completeRound(int year, String unitCode, CurrentUser user) {
        user.requireGroup(Roles.APPRAISAL_TEAM);
        cycles.get(year).requireUnlocked();
        Stage stage = round(assessments.get(year, unitCode));
        tasks.complete(user, ProcessKeys.unitKey(year, unitCode),
                stage == Stage.APPRAISAL_1 ? TaskKeys.APPRAISAL_ROUND_1 : TaskKeys.APPRAISAL_ROUND_2, Map.of());
    }

    private static Stage round(Assessment a) {
        if (a.status() == AssessmentStatus.APPRAISAL_1) {
            return Stage.APPRAISAL_1;
        }
        if (a.status() == AssessmentStatus.APPRAISAL_2) {
            return Stage.APPRAISAL_2;
        }
        throw UserFacingException.conflict("Hồ sơ đang ở bước \"" + a.status().label() + "\", chưa đến lượt thẩm định.");
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
