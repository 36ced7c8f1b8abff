package vn.parindex.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Guards every user task in the engine itself, so that the Tasklist, {@code /engine-rest} and {@code /api} obey the
 * same rules: a user's command on a task writes no process variable (decisions are the application's rows, read by
 * the process), a user claims only for himself and only tasks of his own groups, only administrators assign or
 * delegate to others, and users cannot end a task by a BPMN error or escalation. Refusals reach every caller as a
 * 4xx with their Vietnamese message ({@link RefusalInterceptor}).
 */
@Component
class TaskGuard extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // an error no model catches must fail the step, not silently end the instance
        configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
        add(configuration.getCustomPreBPMNParseListeners(), configuration::setCustomPreBPMNParseListeners,
                new AbstractBpmnParseListener() {
                    @Override
                    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                        guard(((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
                    }
                });
        // one interceptor per chain: an interceptor holds the next link of its own chain
        add(configuration.getCustomPreCommandInterceptorsTxRequired(),
                configuration::setCustomPreCommandInterceptorsTxRequired, new RefusalInterceptor(configuration));
        add(configuration.getCustomPreCommandInterceptorsTxRequiresNew(),
                configuration::setCustomPreCommandInterceptorsTxRequiresNew, new RefusalInterceptor(configuration));
    }

    /** Built-in listeners run before the model's own, so a refusal comes before any effect of the model. */
    private static void guard(TaskDefinition task) {
        TaskListener noVariables = new UserWritesNoVariables();
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, noVariables);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, noVariables);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, new AssignOnlyCandidates());
    }

    private static <T> void add(List<T> list, Consumer<List<T>> setter, T item) {
        List<T> items = list == null ? new ArrayList<>() : list;
        items.add(item);
        setter.accept(items);
    }
}
