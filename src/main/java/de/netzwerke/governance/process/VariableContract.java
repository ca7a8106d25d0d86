package de.netzwerke.governance.process;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person or an integrator may put into one process: per step (the start, a user task, a message)
 * the variables it accepts, with their types and limits. Anything else is refused with a German message
 * before it reaches the process ({@link VariableContractInterceptor}). Each capability declares its
 * contract as a bean; the process's own variables (ids, results) are in no step, so no caller can set them.
 *
 * @param processKey the process definition key
 * @param steps      step id → accepted variables; ids are {@link #START}, a task definition key or a message name
 * @param closedText what a message to an ended instance is told, in German
 */
public record VariableContract(String processKey, Map<String, Map<String, Var<?>>> steps, String closedText) {

    public static final String START = "start";

    public static Builder of(String processKey) {
        return new Builder(processKey);
    }

    public Optional<Map<String, Var<?>>> step(String stepId) {
        return Optional.ofNullable(steps.get(stepId));
    }

    /** Names of the variables that hold personal data: kept out of history. */
    public Set<String> personalVariables() {
        return steps.values().stream().flatMap(m -> m.values().stream()).filter(Var::isPersonal).map(Var::name)
                .collect(Collectors.toSet());
    }

    public static final class Builder {
        private final String processKey;
        private final Map<String, Map<String, Var<?>>> steps = new LinkedHashMap<>();
        private String closedText = "Dieser Vorgang ist bereits abgeschlossen.";

        private Builder(String processKey) {
            this.processKey = processKey;
        }

        public Builder start(Var<?>... accepted) {
            return step(START, accepted);
        }

        public Builder task(String taskDefinitionKey, Var<?>... accepted) {
            return step(taskDefinitionKey, accepted);
        }

        public Builder task(String taskDefinitionKey, Collection<Var<?>> accepted) {
            return step(taskDefinitionKey, accepted.toArray(Var<?>[]::new));
        }

        public Builder message(String messageName, Var<?>... accepted) {
            return step(messageName, accepted);
        }

        /** What a message to an ended instance of this process is told. */
        public Builder whenClosed(String germanText) {
            this.closedText = germanText;
            return this;
        }


        private Builder step(String id, Var<?>... accepted) {
            Map<String, Var<?>> vars = new LinkedHashMap<>();
            for (Var<?> v : accepted) {
                vars.put(v.name(), v);
            }
            steps.put(id, Map.copyOf(vars));
            return this;
        }

        public VariableContract build() {
            return new VariableContract(processKey, Map.copyOf(steps), closedText);
        }
    }
}
