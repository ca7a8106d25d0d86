package de.netzwerke.governance.founding.delegate;

import static de.netzwerke.governance.founding.FoundingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.founding.FoundingQuorum;
import de.netzwerke.governance.founding.FoundingService;

/** ServiceTask_CheckQuorum: AT-3 over the declarations in the register (rule {@link FoundingQuorum}). */
@Component("checkQuorumDelegate")
public class CheckQuorumDelegate implements JavaDelegate {

    private final FoundingService founding;

    public CheckQuorumDelegate(FoundingService founding) {
        this.founding = founding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        setQuorumVariables(execution, founding.quorum((Long) execution.getVariable(PROPOSAL_ID)));
    }

    /** What the declarations form shows and the gateway decides on. */
    static void setQuorumVariables(DelegateExecution execution, FoundingQuorum.Result result) {
        execution.setVariable(QUORUM_REACHED, result.reached());
        execution.setVariable(ORGANISATION_COUNT, result.count());
        execution.setVariable(MISSING_ORGANISATIONS, result.missing());
        execution.setVariable(DECLARED_ORGANISATIONS,
                result.organisations().isEmpty() ? "noch keine" : String.join(", ", result.organisations()));
    }
}
