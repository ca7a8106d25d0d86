package de.netzwerke.governance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.netzwerke.governance.testsupport.GovernanceSpringTest;

/**
 * Expressions in deployed diagrams reach the delegate and listener beans and nothing else of the
 * application: not its configuration ({@code ${environment}}), not its database ({@code ${dataSource}}).
 */
@GovernanceSpringTest
class ExpressionBeansTest {

    private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngine engine;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeProbes() {
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    @DisplayName("a deployed ${environment…} or ${dataSource…} does not resolve; a delegate bean does")
    void onlyDelegateBeansResolve() {
        String delegate = deployProbe("${checkQuorumDelegate != null}");
        assertThat(runtimeService.startProcessInstanceByKey(delegate).getId()).isNotBlank();
        assertThat(historyService.createHistoricVariableInstanceQuery().variableName("probe").list())
                .extracting(v -> v.getValue()).containsExactly(true);

        for (String expression : List.of("${environment.getProperty('spring.datasource.url')}",
                "${dataSource.getConnection().getMetaData().getURL()}")) {
            String probe = deployProbe(expression);
            assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(probe)).as(expression)
                    .isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("Cannot resolve identifier");
        }
        assertThat(historyService.createHistoricVariableInstanceQuery().variableName("probe").count())
                .as("no probe wrote what it read").isEqualTo(1);
    }

    @Test
    @DisplayName("every delegate expression of bpmn/ names a bean that expressions can reach")
    void everyDiagramDelegateIsReachable() throws IOException {
        ExpressionBeans beans = (ExpressionBeans) ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
        List<String> named = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher m = DELEGATE_EXPRESSION.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(beans.names()).containsAll(named);
        assertThat(beans.names()).doesNotContain("environment", "dataSource");
    }

    /** A one-step process that evaluates the expression into variable {@code probe}; returns its key. */
    private String deployProbe(String expression) {
        String key = "ExpressionProbe" + deployments.size();
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask().camundaExpression(expression).camundaResultVariable("probe")
                .endEvent()
                .done();
        Deployment deployment = repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
        deployments.add(deployment.getId());
        return key;
    }
}
