package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.ElectionService;

/** ServiceTask_RecordNominations: only members who agreed may stand; anyone else is refused. */
@Component("recordNominationsDelegate")
public class RecordNominationsDelegate implements JavaDelegate {

    private final ElectionService elections;

    public RecordNominationsDelegate(ElectionService elections) {
        this.elections = elections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        elections.nominate(elections.forInstance(execution.getProcessInstanceId()), CANDIDATES.get(execution),
                CANDIDATES_AGREED.get(execution));
    }
}
