package de.netzwerke.governance.founding.delegate;

import static de.netzwerke.governance.founding.FoundingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.founding.FoundingQuorum;
import de.netzwerke.governance.founding.FoundingService;

/** ServiceTask_CloseWithoutQuorum: the declaration period ended before AT-3 was met. */
@Component("closeWithoutQuorumDelegate")
public class CloseWithoutQuorumDelegate implements JavaDelegate {

    private final FoundingService founding;

    public CloseWithoutQuorumDelegate(FoundingService founding) {
        this.founding = founding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long proposalId = (Long) execution.getVariable(PROPOSAL_ID);
        FoundingQuorum.Result result = founding.quorum(proposalId);
        founding.notEstablished(proposalId);
        execution.setVariable(ESTABLISHED, false);
        execution.setVariable(ORGANISATION_COUNT, result.count());
        execution.setVariable(MISSING_ORGANISATIONS, result.missing());
    }
}
