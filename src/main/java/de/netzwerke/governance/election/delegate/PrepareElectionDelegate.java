package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.Election;
import de.netzwerke.governance.election.ElectionService;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.Partner;

/** ServiceTask_PrepareElection: which body, which office, who may stand (AT-2, SR-2, SR-5). */
@Component("prepareElectionDelegate")
public class PrepareElectionDelegate implements JavaDelegate {

    private final ElectionService elections;

    public PrepareElectionDelegate(ElectionService elections) {
        this.elections = elections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object rawBody = execution.getVariable(BODY_ID);
        Long bodyId = rawBody == null ? null : (long) ElectionValues.number(rawBody, "die Nummer des Gremiums");
        Election election = elections.open(bodyId, (String) execution.getVariable(OFFICE), execution.getProcessInstanceId());
        Body body = elections.body(bodyId);
        execution.setVariable(BODY_ID, bodyId);
        execution.setVariable(ELECTION_ID, election.getId());
        execution.setVariable(NETWORK_ID, body.getNetworkId());
        execution.setVariable(BODY_NAME, body.getName());
        execution.setVariable(OFFICE_LABEL, election.getOfficeKind().label());
        execution.setVariable(VOTING_MEMBERS, elections.votingMembers(body));
        execution.setVariable(RUNOFF, false);
        List<Map<String, String>> options = elections.members(bodyId).stream()
                .map(p -> Map.of("label", label(p), "value", String.valueOf(p.getId()))).toList();
        execution.setVariable(MEMBER_OPTIONS, SpinValues.jsonValue(Spin.JSON(options)).create());
    }

    static String label(Partner p) {
        return p.organisationName() == null ? p.getName() : p.getName() + " (" + p.organisationName() + ")";
    }
}
