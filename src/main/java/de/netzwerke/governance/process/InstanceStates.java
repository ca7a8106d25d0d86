package de.netzwerke.governance.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * What the Übersicht needs to know from the engine about the instances behind the register's open procedures:
 * which still run, which are held up by an incident, a variable such as a deadline. Read for every logged-in
 * viewer alike: the Übersicht shows every open procedure of a network to everyone (without names of people),
 * while the engine's authorizations would let each person read only the instances they follow.
 */
@Component
public class InstanceStates {

    /** Engine queries take at most this many ids at once (IN lists). */
    private static final int CHUNK = 500;

    private final ProcessEngine engine;

    public InstanceStates(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Of these process instances, the ones that have not ended. */
    public Set<String> running(Collection<String> processInstanceIds) {
        Set<String> running = new HashSet<>();
        for (List<String> chunk : chunks(processInstanceIds)) {
            running.addAll(unrestricted(() -> engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceIds(new HashSet<>(chunk)).list()).stream().map(ProcessInstance::getId).toList());
        }
        return running;
    }

    /** The process instances of a process (its key) that have an open incident (e.g. an e-mail that failed three times). */
    public Set<String> withIncident(String processKey) {
        Set<String> ids = new HashSet<>();
        unrestricted(() -> engine.getRuntimeService().createIncidentQuery().list()).stream()
                .filter(i -> i.getProcessInstanceId() != null)
                .filter(i -> processKey.equals(definitionKey(i)))
                .map(Incident::getProcessInstanceId).forEach(ids::add);
        return ids;
    }

    /** The value of a process variable per instance (instances without it are left out). */
    public Map<String, Object> variable(String name, Collection<String> processInstanceIds) {
        Map<String, Object> values = new HashMap<>();
        for (List<String> chunk : chunks(processInstanceIds)) {
            unrestricted(() -> engine.getRuntimeService().createVariableInstanceQuery().variableName(name)
                    .processInstanceIdIn(chunk.toArray(String[]::new)).list()).stream()
                    .filter(v -> v.getValue() != null && v.getProcessInstanceId().equals(v.getExecutionId()))
                    .forEach((VariableInstance v) -> values.put(v.getProcessInstanceId(), v.getValue()));
        }
        return values;
    }

    private String definitionKey(Incident incident) {
        String definitionId = incident.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, Math.max(0, definitionId.indexOf(':')));
    }

    /** Runs a query without the viewer's authorizations and gives them back afterwards. */
    private <T> T unrestricted(Supplier<T> query) {
        IdentityService identity = engine.getIdentityService();
        Authentication viewer = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (viewer != null) {
                identity.setAuthentication(viewer);
            }
        }
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> list = ids.stream().filter(id -> id != null).distinct().toList();
        List<List<String>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            chunks.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return chunks;
    }
}
