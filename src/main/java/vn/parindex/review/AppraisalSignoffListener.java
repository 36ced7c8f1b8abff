package vn.parindex.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.ProcessKeys;

/**
 * As an appraisal round's task is created: it joins the queues of the members it waits for. As it completes, from the
 * app's API, the Tasklist or {@code /engine-rest} alike: refused while a field has not confirmed its areas of the file.
 */
@Component("appraisalSignoffs")
class AppraisalSignoffListener implements TaskListener {

    private final AppraisalService appraisal;

    AppraisalSignoffListener(AppraisalService appraisal) {
        this.appraisal = appraisal;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            appraisal.offer(task);
            return;
        }
        appraisal.requireAllAreasConfirmed(ProcessKeys.year(task.getExecution()), ProcessKeys.unitCode(task.getExecution()),
                task.getTaskDefinitionKey());
    }
}
