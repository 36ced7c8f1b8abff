package vn.parindex.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A user task's diagram shows its name as a name ("Tự đánh giá CCHC"), while each task of it is named in full, with
 * its year and unit, from the model's extension property {@value #PROPERTY} (e.g. "Tự đánh giá CCHC năm ${year}:
 * ${unitNames.name(unitCode)}"), evaluated by the engine when the task is created.
 */
@Component
class TaskNames extends AbstractProcessEnginePlugin {

    private static final String PROPERTY = "taskName";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : configuration.getCustomPostBPMNParseListeners();
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String name = BpmnParseUtil.parseCamundaExtensionProperties(element).get(PROPERTY);
                if (name != null) {
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .setNameExpression(configuration.getExpressionManager().createExpression(name));
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
