package de.netzwerke.governance.process;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

import de.netzwerke.governance.register.RuleViolation;

/**
 * Holds every completion, form submission, process start and message to its {@link VariableContract}:
 * only the variables the step names, each of its type and within its limits; a form may send back a value
 * it only displayed, unchanged. Messages go to exactly one named, running instance. Runs inside the
 * command, before anything is written, so a refusal changes nothing (400 with the German reason).
 * Processes without a contract (none of the application's) are not checked.
 */
public class VariableContractInterceptor extends CommandInterceptor {

    private final Map<String, VariableContract> contracts;

    public VariableContractInterceptor(List<VariableContract> contracts) {
        this.contracts = contracts.stream().collect(Collectors.toMap(VariableContract::processKey, Function.identity()));
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd) {
            checkTask(field(command, "taskId"), field(command, "variables"));
        } else if (command instanceof SubmitTaskFormCmd) {
            checkTask(field(command, "taskId"), field(command, "properties"));
        } else if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl builder = field(command, "instantiationBuilder");
            checkStart(builder.getProcessDefinitionKey(), builder.getProcessDefinitionId(), builder.getVariables(),
                    !builder.getModificationBuilder().getModificationOperations().isEmpty());
        } else if (command instanceof SubmitStartFormCmd) {
            checkStart(null, field(command, "processDefinitionId"), field(command, "variables"), false);
        } else if (command instanceof AbstractCorrelateMessageCmd) {
            checkMessage(command instanceof CorrelateAllMessageCmd, field(command, "builder"));
        }
        return next.execute(command);
    }

    private void checkTask(String taskId, Map<String, Object> variables) {
        TaskEntity task = commandContext().getTaskManager().findTaskById(taskId);
        if (task == null) {
            throw new RuleViolation("Diese Aufgabe gibt es nicht (mehr): Sie ist bereits erledigt oder unbekannt. "
                    + "Bitte laden Sie die Aufgabenliste neu.");
        }
        if (task.getProcessDefinitionId() == null) {
            return;
        }
        VariableContract contract = contracts.get(definition(task.getProcessDefinitionId()).getKey());
        if (contract != null) {
            check(contract.step(task.getTaskDefinitionKey()).orElse(Map.of()), variables, task);
        }
    }

    private void checkStart(String key, String definitionId, Map<String, Object> variables, boolean startsInTheMiddle) {
        String processKey = key != null ? key : definition(definitionId).getKey();
        VariableContract contract = contracts.get(processKey);
        if (contract == null) {
            return;
        }
        if (startsInTheMiddle && !isSystemOrAdmin()) {
            throw new RuleViolation("Ein Vorgang beginnt immer am Anfang; Startanweisungen sind der Administration vorbehalten.");
        }
        check(contract.step(VariableContract.START).orElse(Map.of()), variables, null);
    }

    private void checkMessage(boolean toAll, MessageCorrelationBuilderImpl message) {
        if (isSystem()) {
            return;
        }
        String pid = message.getProcessInstanceId();
        if (toAll || pid == null) {
            throw new RuleViolation("Eine Nachricht geht immer an genau einen Vorgang: Bitte die processInstanceId "
                    + "angeben (und nicht „all“).");
        }
        CommandContext context = commandContext();
        ExecutionEntity instance = context.getExecutionManager().findExecutionById(pid);
        if (instance == null) {
            HistoricProcessInstance ended = context.getHistoricProcessInstanceManager().findHistoricProcessInstance(pid);
            VariableContract contract = ended == null ? null : contracts.get(ended.getProcessDefinitionKey());
            throw new RuleViolation(ended == null ? "Es gibt keinen Vorgang „" + pid + "“."
                    : contract != null ? contract.closedText() : "Dieser Vorgang ist bereits abgeschlossen.");
        }
        VariableContract contract = contracts.get(definition(instance.getProcessDefinitionId()).getKey());
        if (contract == null) {
            return;
        }
        Map<String, Var<?>> accepted = contract.step(message.getMessageName()).orElseThrow(() -> new RuleViolation(
                "Dieser Vorgang nimmt die Nachricht „" + message.getMessageName() + "“ nicht an."));
        boolean waiting = context.getEventSubscriptionManager().findEventSubscriptionsByProcessInstanceId(pid).stream()
                .anyMatch(s -> "message".equals(s.getEventType()) && message.getMessageName().equals(s.getEventName()));
        if (!waiting) {
            throw new RuleViolation("Dieser Vorgang erwartet die Nachricht „" + message.getMessageName()
                    + "“ gerade nicht (der Schritt, zu dem sie gehört, ist noch nicht erreicht oder schon vorbei).");
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        putAll(payload, message.getPayloadProcessInstanceVariables());
        putAll(payload, message.getPayloadProcessInstanceVariablesLocal());
        putAll(payload, message.getPayloadProcessInstanceVariablesToTriggeredScope());
        check(accepted, payload, null);
    }

    /** Each variable must be one the step accepts, and fit it; a displayed value may come back unchanged. */
    static void check(Map<String, Var<?>> accepted, Map<String, Object> variables, VariableScope current) {
        if (variables == null) {
            return;
        }
        for (String name : variables.keySet()) {
            Object value = plain(variables, name);
            Var<?> var = accepted.get(name);
            if (var != null) {
                var.parse(value);
            } else if (current == null || !sameValue(current.getVariable(name), value)) {
                throw new RuleViolation("Die Angabe „" + shorten(name) + "“ gehört nicht zu diesem Schritt und wird nicht angenommen.");
            }
        }
    }

    private static Object plain(Map<String, Object> variables, String name) {
        Object value = variables instanceof org.camunda.bpm.engine.variable.VariableMap map ? map.getValueTyped(name)
                : variables.get(name);
        if (value instanceof SerializableValue s && !s.isDeserialized()) {
            if (!"application/json".equals(s.getSerializationDataFormat()) && s.getSerializationDataFormat() != null) {
                throw new RuleViolation("Die Angabe „" + shorten(name) + "“ hat ein nicht unterstütztes Format.");
            }
            try {
                return s.getValueSerialized() == null ? null : Spin.JSON(s.getValueSerialized());
            } catch (RuntimeException e) {
                throw new RuleViolation("Die Angabe „" + shorten(name) + "“ ist kein gültiges JSON.");
            }
        }
        return value instanceof TypedValue t ? t.getValue() : value;
    }

    static boolean sameValue(Object stored, Object submitted) {
        if (stored == null || submitted == null) {
            return stored == submitted || "".equals(submitted) || "".equals(stored);
        }
        if (stored instanceof Number a && submitted instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        if (stored instanceof SpinJsonNode || submitted instanceof SpinJsonNode) {
            return stored.toString().equals(submitted.toString());
        }
        return stored.equals(submitted);
    }

    private static String shorten(String name) {
        return name.length() > 60 ? name.substring(0, 60) + "…" : name;
    }

    private static void putAll(Map<String, Object> target, Map<String, Object> source) {
        if (source != null) {
            for (String name : source.keySet()) {
                target.put(name, source instanceof org.camunda.bpm.engine.variable.VariableMap m ? m.getValueTyped(name)
                        : source.get(name));
            }
        }
    }

    private static boolean isSystem() {
        return Context.getCommandContext().getAuthentication() == null;
    }

    private static boolean isSystemOrAdmin() {
        Authentication auth = Context.getCommandContext().getAuthentication();
        return auth == null || commandContext().getAuthorizationManager().isCamundaAdmin(auth);
    }

    private static CommandContext commandContext() {
        return Context.getCommandContext();
    }

    private static ProcessDefinitionEntity definition(String definitionId) {
        return Context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(definitionId);
    }

    /** The commands keep their input in protected fields without getters; their names are stable across 7.x. */
    @SuppressWarnings("unchecked")
    private static <T> T field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field f = type.getDeclaredField(name);
                f.setAccessible(true);
                return (T) f.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Camunda command " + command.getClass().getName() + " has no field " + name);
    }
}
