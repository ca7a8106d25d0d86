package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.Election;
import de.netzwerke.governance.election.ElectionService;
import de.netzwerke.governance.process.Actor;
import de.netzwerke.governance.register.Body;

/**
 * ServiceTask_PrepareElection: opens the election in the register (which body, which office, whether the
 * person starting it may act for that body) and gives the instance a business key people can read.
 */
@Component("prepareElectionDelegate")
public class PrepareElectionDelegate implements JavaDelegate {

    private final ElectionService elections;

    public PrepareElectionDelegate(ElectionService elections) {
        this.elections = elections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Actor actor = Actor.of(execution);
        Election election = elections.open(BODY_ID.require(execution), OFFICE.require(execution),
                execution.getProcessInstanceId(), actor == null ? null : actor.groups());
        Body body = elections.body(election);
        ELECTION_ID.set(execution, election.getId());
        NETWORK_ID.set(execution, body.getNetworkId());
        execution.setProcessBusinessKey("Wahl " + election.getId() + ": " + election.getOfficeKind().label()
                + " – " + body.getName());
    }
}
