package de.netzwerke.governance.founding.delegate;

import static de.netzwerke.governance.founding.FoundingVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.founding.FoundingQuorum.Declaration;
import de.netzwerke.governance.founding.FoundingService;
import de.netzwerke.governance.founding.ReadinessDeclaration.Channel;

/**
 * ServiceTask_RecordMessageDeclaration: a declaration that arrived as message {@code Msg_ReadinessDeclared}
 * goes into the register (AT-3). A refusal fails the REST call with 400 and changes nothing.
 */
@Component("recordReadinessMessageDelegate")
public class RecordReadinessMessageDelegate implements JavaDelegate {

    private final FoundingService founding;

    public RecordReadinessMessageDelegate(FoundingService founding) {
        this.founding = founding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Declaration declaration = new Declaration((String) execution.getVariable(REPRESENTATIVE_NAME),
                (String) execution.getVariable(REPRESENTATIVE_EMAIL), (String) execution.getVariable(ORGANISATION));
        founding.declare((Long) execution.getVariable(PROPOSAL_ID), List.of(declaration), Channel.REST);
        // the register holds the declaration; the message's variables would only pile up in the instance
        execution.getProcessInstance().removeVariables(List.of(REPRESENTATIVE_NAME, REPRESENTATIVE_EMAIL, ORGANISATION));
    }
}
