package vn.parindex.assessment;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.Deployments;
import vn.parindex.workflow.EngineInternal;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.Vars;

/**
 * Starts one UnitAppraisal per unit of the year, from the same deployment as the year's own process, so a
 * year finishes under the models it began with. Units run as separate instances (business key
 * {@code year:unit}) rather than one wide multi-instance, whose completions cost O(units) each.
 */
@Component("startUnitAppraisals")
class StartUnitAppraisalsDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(StartUnitAppraisalsDelegate.class);
    private final AssessmentRepository assessments;
    private final RuntimeService runtime;

    StartUnitAppraisalsDelegate(AssessmentRepository assessments, RuntimeService runtime) {
        this.assessments = assessments;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessKeys.year(execution);
        List<Assessment> units = assessments.findAll(year);
        EngineInternal.run(() -> {
            String definitionId = Deployments.sameDeployment(execution.getProcessEngineServices().getRepositoryService(),
                    execution.getProcessDefinitionId(), ProcessKeys.UNIT_APPRAISAL);
            for (Assessment a : units) {
                runtime.startProcessInstanceById(definitionId, ProcessKeys.unitKey(year, a.unitCode()),
                        Map.of(Vars.YEAR, year, Vars.UNIT_CODE, a.unitCode()));
            }
        });
        log.info("Started {} unit appraisals for {}", units.size(), year);
    }
}
