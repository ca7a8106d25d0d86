package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.ElectionCandidate;
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
        List<ElectionCandidate> nominated = elections.nominate((Long) execution.getVariable(ELECTION_ID),
                ElectionValues.ids(execution.getVariable(CANDIDATES)), (Boolean) execution.getVariable(CANDIDATES_AGREED));
        execution.setVariable(SINGLE_CANDIDATE, nominated.size() == 1);
        execution.setVariable(RUNOFF, false);
        ballotRows(execution, nominated);
    }

    /** The rows of the ballot form: one per standing candidate, votes still empty. */
    static void ballotRows(DelegateExecution execution, List<ElectionCandidate> standing) {
        List<Map<String, Object>> rows = standing.stream()
                .map(c -> Map.<String, Object>of("candidateId", String.valueOf(c.getPartner().getId()),
                        "name", PrepareElectionDelegate.label(c.getPartner()), "votes", 0))
                .toList();
        execution.setVariable(BALLOT_VOTES, SpinValues.jsonValue(Spin.JSON(rows)).create());
        execution.removeVariables(List.of(PRESENT, YES, NO, ABSTENTIONS));
    }
}
