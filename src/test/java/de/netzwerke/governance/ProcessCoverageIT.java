package de.netzwerke.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every flow node and sequence flow of every diagram in {@code bpmn/} was passed by some process test:
 * reads the reports the process tests wrote to {@code target/process-test-coverage} (surefire runs
 * before this integration test).
 */
class ProcessCoverageIT {

    private static final Path REPORTS = Path.of("target", "process-test-coverage");

    @Test
    @DisplayName("the process tests together cover every flow node and sequence flow of every diagram")
    void everyElementOfEveryDiagramIsCovered() throws IOException {
        assertThat(REPORTS).as("process test coverage reports (run the process tests first)").isDirectory();
        Map<String, Set<String>> covered = coveredElements();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path file : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                String key = file.getFileName().toString().replace(".bpmn", "");
                Set<String> missing = new TreeSet<>();
                model.getModelElementsByType(FlowNode.class).forEach(n -> missing.add(n.getId()));
                model.getModelElementsByType(SequenceFlow.class).forEach(f -> missing.add(f.getId()));
                missing.removeAll(covered.getOrDefault(key, Set.of()));
                assertThat(missing).as("elements of %s no process test passes", key).isEmpty();
            }
        }
    }

    private static Map<String, Set<String>> coveredElements() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> covered = new HashMap<>();
        List<Path> reports;
        try (Stream<Path> files = Files.walk(REPORTS)) {
            reports = files.filter(f -> f.getFileName().toString().equals("report.json")).toList();
        }
        for (Path report : reports) {
            for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
                for (JsonNode run : suite.path("runs")) {
                    for (JsonNode event : run.path("events")) {
                        covered.computeIfAbsent(event.path("modelKey").asText(), k -> new HashSet<>())
                                .add(event.path("definitionKey").asText());
                    }
                }
            }
        }
        return covered;
    }
}
