package vn.parindex.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.security.RoleNames;
import vn.parindex.support.IntegrationTest;

/**
 * Rules every model in bpmn/ keeps: TTL, candidate groups, forms and Vietnamese names, gateway defaults, known beans,
 * a diagram for every node and flow (Cockpit and the Tasklist draw it), and save points before heavy work.
 */
class BpmnConventionsIT extends IntegrationTest {

    /** Province-wide computation, publication and notifications run as jobs after the user's transaction. */
    static final Set<String> SAVE_POINTS = Set.of("Task_StartUnitAppraisals", "Gateway_JoinAppraisalAndSurvey",
            "Task_ComputePreliminaryResults", "Task_PublishPreliminaryResults", "Task_ComputeFinalResults",
            "Task_PublishFinalResults", "Task_RescoreUnit", "Task_NotifyUnit");

    @Autowired ApplicationContext context;

    @Test
    void everyModelFollowsTheConventions() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("bpmn"))) {
            files = s.filter(p -> p.toString().endsWith(".bpmn")).toList();
        }
        assertThat(files).hasSize(3);
        Set<String> saved = new HashSet<>();
        for (Path file : files) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Process process = model.getModelElementsByType(Process.class).iterator().next();
            assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
            assertThat(process.getCamundaHistoryTimeToLiveString()).as("TTL of %s", file).isNotBlank();
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getName()).as(task.getId()).matches(".*[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐáàãâăéèêíìóòõôơúùưýÁÀ].*");
                // the diagram reads a name; the task's full name, with its year and unit, is the property taskName
                assertThat(task.getName()).as("name drawn for %s", task.getId()).doesNotContain("${");
                model.getModelElementsByType(CamundaProperty.class).stream()
                        .filter(p -> p.getParentElement().getParentElement().getParentElement() == task)
                        .filter(p -> "taskName".equals(p.getCamundaName()))
                        .forEach(p -> assertThat(p.getCamundaValue()).as("taskName of %s", task.getId()).startsWith(task.getName()));
                String group = task.getCamundaCandidateGroups();
                assertThat(group).as("candidate group of %s", task.getId()).isNotBlank();
                assertThat(group.startsWith("unit-${") || RoleNames.all().containsKey(group)).as(group).isTrue();
                assertThat(task.getId()).startsWith("Task_");
                String form = task.getCamundaFormKey();
                assertThat(form).as("form of %s", task.getId()).startsWith("embedded:deployment:");
                assertThat(Path.of("bpmn", form.substring("embedded:deployment:".length()))).as(form).exists();
            }
            for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
                if (gateway.getOutgoing().size() > 1) {
                    assertThat(gateway.getDefault()).as("default flow of %s", gateway.getId()).isNotNull();
                }
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                String expression = node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
                if (expression != null) {
                    assertBean(expression);
                }
                assertThat(node.getDiagramElement()).as("shape of %s", node.getId()).isInstanceOf(BpmnShape.class);
            }
            for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
                assertBean(listener.getCamundaDelegateExpression());
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                assertThat(flow.getDiagramElement()).as("edge of %s", flow.getId()).isInstanceOf(BpmnEdge.class);
                assertThat(((BpmnEdge) flow.getDiagramElement()).getWaypoints()).hasSizeGreaterThanOrEqualTo(2);
            }
            saved.addAll(model.getModelElementsByType(FlowNode.class).stream()
                    .filter(n -> "true".equals(n.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "asyncBefore")))
                    .map(FlowNode::getId).toList());
        }
        assertThat(saved).as("save points across the models").containsExactlyInAnyOrderElementsOf(SAVE_POINTS);
    }

    private void assertBean(String expression) {
        assertThat(context.containsBean(expression.substring(2, expression.length() - 1))).as("bean of %s", expression)
                .isTrue();
    }
}
