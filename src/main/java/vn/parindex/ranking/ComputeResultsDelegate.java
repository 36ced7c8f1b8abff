package vn.parindex.ranking;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.Actors;
import vn.parindex.workflow.ProcessKeys;

/** Computes the year's results at the stage named by the task's input parameter {@code resultStage}. */
@Component("computeResults")
class ComputeResultsDelegate implements JavaDelegate {

    private final ResultService results;

    ComputeResultsDelegate(ResultService results) {
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        results.compute(ProcessKeys.year(execution), (String) execution.getVariableLocal("resultStage"), Actors.of(execution));
    }
}
