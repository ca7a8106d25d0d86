package de.netzwerke.governance.founding.delegate;

import static de.netzwerke.governance.founding.FoundingVariables.*;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.founding.FoundingProposal;
import de.netzwerke.governance.founding.FoundingService;
import de.netzwerke.governance.notification.UserEmails;
import de.netzwerke.governance.register.Network;

/** ServiceTask_RegisterProposal: the proposal goes into the register; similar working tables are looked up (AT-4). */
@Component("registerProposalDelegate")
public class RegisterProposalDelegate implements JavaDelegate {

    private final FoundingService founding;
    private final UserEmails userEmails;

    public RegisterProposalDelegate(FoundingService founding, UserEmails userEmails) {
        this.founding = founding;
        this.userEmails = userEmails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String networkId = (String) execution.getVariable(NETWORK_ID);
        if (networkId == null || networkId.isBlank()) {
            networkId = Network.MIGRATION_SCHWERIN;
            execution.setVariable(NETWORK_ID, networkId);
        }
        String proposer = (String) execution.getVariable(PROPOSER);
        String proposerEmail = (String) execution.getVariable(PROPOSER_EMAIL);
        if (proposerEmail == null || proposerEmail.isBlank()) {
            proposerEmail = userEmails.of(proposer);
        }
        FoundingProposal proposal = founding.propose(networkId, (String) execution.getVariable(TOPIC),
                (String) execution.getVariable(DESCRIPTION), (String) execution.getVariable(FIELD_OF_ACTION),
                proposer, proposerEmail, execution.getProcessInstanceId());
        execution.setVariable(PROPOSAL_ID, proposal.getId());
        execution.setVariable(SIMILAR_WORKING_TABLES, founding.similarWorkingTables(proposal.getId()).stream()
                .map(t -> t.name()).collect(Collectors.joining(", ")));
    }
}
