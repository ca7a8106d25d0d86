package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.ElectionCandidate;
import de.netzwerke.governance.election.ElectionService;
import de.netzwerke.governance.register.RuleViolation;

/** ServiceTask_RecordNominations: only members who agreed may stand; anyone else is refused. */
@Component("recordNominationsDelegate")
public class RecordNominationsDelegate implements JavaDelegate {

    private final ElectionService elections;

    public RecordNominationsDelegate(ElectionService elections) {
        this.elections = elections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Long> candidates = ElectionValues.ids(execution.getVariable(CANDIDATES));
        if (candidates.stream().distinct().count() > MAX_CANDIDATES) {
            throw new RuleViolation("Bitte höchstens " + MAX_CANDIDATES + " Kandidat:innen benennen; "
                    + "so viele Zeilen hat das Formular für das Wahlergebnis.");
        }
        List<ElectionCandidate> nominated = elections.nominate((Long) execution.getVariable(ELECTION_ID),
                candidates, (Boolean) execution.getVariable(CANDIDATES_AGREED));
        execution.setVariable(SINGLE_CANDIDATE, nominated.size() == 1);
        execution.setVariable(RUNOFF, false);
        ballotRows(execution, nominated);
    }

    /** The rows of the ballot form: one per standing candidate, votes still empty; unused rows stay hidden. */
    static void ballotRows(DelegateExecution execution, List<ElectionCandidate> standing) {
        List<String> cleared = new ArrayList<>(List.of(PRESENT, YES, NO, ABSTENTIONS));
        execution.setVariable(CANDIDATE_COUNT, standing.size() > 1 ? standing.size() : 0);
        for (int row = 1; row <= MAX_CANDIDATES; row++) {
            cleared.add(candidateRow(row, "Votes"));
            if (row <= standing.size() && standing.size() > 1) {
                ElectionCandidate c = standing.get(row - 1);
                execution.setVariable(candidateRow(row, "Id"), c.getPartner().getId());
                execution.setVariable(candidateRow(row, "Name"), PrepareElectionDelegate.label(c.getPartner()));
            } else {
                cleared.addAll(List.of(candidateRow(row, "Id"), candidateRow(row, "Name")));
            }
        }
        execution.removeVariables(cleared);
    }
}
