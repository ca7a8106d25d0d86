package de.netzwerke.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerke.governance.testsupport.GovernanceSpringTest;

/**
 * What Camunda Modeler, Tasklist and the engine need of every diagram in {@code bpmn/}: a shape per
 * flow node, an edge per sequence flow, a history time to live, forms that exist in {@code forms/},
 * delegate beans that exist in the application.
 */
@GovernanceSpringTest
class ModelsTest {

    private static final Path BPMN = Path.of("bpmn");
    private static final Path FORMS = Path.of("forms");
    private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");

    @Autowired
    ApplicationContext context;

    @Test
    @DisplayName("every diagram is complete: shapes, edges, history TTL, forms and delegate beans exist")
    void everyDiagramIsComplete() throws IOException {
        List<Path> models = list(BPMN, ".bpmn");
        assertThat(models).as("bpmn/*.bpmn").isNotEmpty();
        Set<String> formIds = formIds();
        List<String> findings = new ArrayList<>();
        for (Path file : models) {
            findings.addAll(check(file, Bpmn.readModelFromFile(file.toFile()), formIds));
        }
        assertThat(findings).isEmpty();
    }

    @Test
    @DisplayName("every form in forms/ has an id, German labels and is used by a diagram")
    void everyFormIsUsed() throws IOException {
        String allModels = String.join("\n", list(BPMN, ".bpmn").stream().map(ModelsTest::read).toList());
        for (String id : formIds()) {
            assertThat(allModels).as("form %s is referenced by camunda:formRef", id)
                    .contains("camunda:formRef=\"" + id + "\"");
        }
    }

    private List<String> check(Path file, BpmnModelInstance model, Set<String> formIds) {
        List<String> findings = new ArrayList<>();
        Set<String> shapes = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
        Set<String> edges = new HashSet<>();
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(e.getBpmnElement().getId()));
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
                findings.add(file + ": process " + process.getId() + " has no historyTimeToLive");
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!shapes.contains(node.getId())) {
                findings.add(file + ": " + node.getId() + " has no diagram shape");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!edges.contains(flow.getId())) {
                findings.add(file + ": sequence flow " + flow.getId() + " has no diagram edge");
            }
        }
        for (ModelElementInstance element : model.getModelElementsByType(BaseElement.class)) {
            String id = element.getAttributeValue("id");
            String formRef = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
            if (formRef != null && !formIds.contains(formRef)) {
                findings.add(file + ": " + id + " refers to form " + formRef + ", which forms/ does not have");
            }
            String delegate = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
            if (delegate != null) {
                Matcher m = BEAN.matcher(delegate);
                if (!m.matches()) {
                    findings.add(file + ": " + id + " delegateExpression " + delegate + " is not ${beanName}");
                } else if (!context.containsBean(m.group(1))) {
                    findings.add(file + ": " + id + " uses delegate bean " + m.group(1) + ", which does not exist");
                }
            }
            if (element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "class") != null) {
                findings.add(file + ": " + id + " uses camunda:class; use camunda:delegateExpression");
            }
        }
        return findings;
    }

    private static Set<String> formIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        for (Path form : list(FORMS, ".form")) {
            JsonNode node = json.readTree(form.toFile());
            assertThat(node.path("id").asText()).as("id of %s", form).isNotBlank();
            ids.add(node.get("id").asText());
        }
        return ids;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
