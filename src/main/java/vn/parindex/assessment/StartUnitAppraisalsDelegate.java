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
 * <p>
 * The model runs this task once per batch of {@value #BATCH} units (a sequential multi-instance, each a job of its
 * own): the engine orders a transaction's inserts in time quadratic in their number, so a province's 3,321 starts in
 * one transaction took twice as long as in batches, and a crash now redoes at most one batch.
 */
@Component("startUnitAppraisals")
public class StartUnitAppraisalsDelegate implements JavaDelegate {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(StartUnitAppraisalsDelegate.class);
    private final AssessmentRepository assessments;
    private final RuntimeService runtime;

    StartUnitAppraisalsDelegate(AssessmentRepository assessments, RuntimeService runtime) {
        this.assessments = assessments;
        this.runtime = runtime;
    }

    /** The model's loop cardinality: the number of batches of the year's units. */
    public int batches(DelegateExecution execution) {
        return (assessments.count(ProcessKeys.year(execution)) + BATCH - 1) / BATCH;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessKeys.year(execution);
        int batch = (Integer) execution.getVariable(Vars.LOOP_COUNTER);
        List<String> units = assessments.unitCodes(year, batch * BATCH, BATCH);
        EngineInternal.run(() -> {
            String definitionId = Deployments.sameDeployment(execution.getProcessEngineServices().getRepositoryService(),
                    execution.getProcessDefinitionId(), ProcessKeys.UNIT_APPRAISAL);
            for (String unit : units) {
                runtime.startProcessInstanceById(definitionId, ProcessKeys.unitKey(year, unit),
                        Map.of(Vars.YEAR, year, Vars.UNIT_CODE, unit));
            }
        });
        log.info("Started the unit appraisals of batch {} of {}: {} units", batch + 1, year, units.size());
    }
}
