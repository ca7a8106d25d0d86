package de.netzwerke.governance.process;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * History level "full", except that personal data never reaches Camunda's history: variables a contract
 * marks personal, and every task-local variable (what a task shows from the register, gone with the
 * task). So deleting a partner from the register (M-2) deletes their name and address everywhere.
 * Same id and name as Camunda's "full": an existing database keeps working.
 */
public class PersonalDataHistoryLevel extends HistoryLevelFull {

    private final Set<String> personalVariables;

    public PersonalDataHistoryLevel(Set<String> personalVariables) {
        this.personalVariables = Set.copyOf(personalVariables);
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (entity instanceof VariableInstanceEntity variable) {
            return variable.getTaskId() == null && !personalVariables.contains(variable.getName());
        }
        return super.isHistoryEventProduced(eventType, entity);
    }
}
