package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.BallotForm;
import de.netzwerke.governance.election.Election;
import de.netzwerke.governance.election.ElectionCandidate;
import de.netzwerke.governance.election.ElectionService;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.Partner;

/**
 * What an election task shows, read from the register when the task is created: its name with the office
 * and body („Kandidat:innen benennen – Leitung, Arbeitstisch …“), a one-sentence description with the rule,
 * and the names of members and candidates as task-local variables (gone with the task, never in history).
 */
@Component("electionTaskView")
public class ElectionTaskView implements TaskListener {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "Task_NominateCandidates", "Benennen Sie Mitglieder des Gremiums, die der Kandidatur zugestimmt haben "
                    + "(Geschäftsordnung 3.1/3.2: Amtszeit zwei Jahre).",
            "Task_RecordBallot", "Tragen Sie das Ergebnis der Abstimmung ein; gewählt ist mit einfacher Mehrheit "
                    + "der Anwesenden, Stimmengleichheit gilt als Ablehnung (SR-7).",
            "Task_ReviewFailedElection", "Niemand ist gewählt: Entscheiden Sie, ob neu benannt oder die Wahl beendet wird.");

    private final ElectionService elections;

    public ElectionTaskView(ElectionService elections) {
        this.elections = elections;
    }

    @Override
    public void notify(DelegateTask task) {
        Election election = elections.forInstance(task.getProcessInstanceId());
        Body body = elections.body(election);
        task.setName(task.getName() + " – " + election.getOfficeKind().label() + ", " + body.getName());
        task.setDescription(DESCRIPTIONS.get(task.getTaskDefinitionKey()));
        BODY_NAME.setLocal(task, body.getName());
        OFFICE_LABEL.setLocal(task, election.getOfficeKind().label());
        switch (task.getTaskDefinitionKey()) {
            case "Task_NominateCandidates" -> MEMBER_OPTIONS.setLocal(task, elections.members(body.getId()).stream()
                    .map(p -> Map.of("label", label(p), "value", String.valueOf(p.getId()))).toList());
            case "Task_RecordBallot" -> showBallot(task, election, body);
            case "Task_ReviewFailedElection" -> OUTCOME_TEXT.setLocal(task, elections.outcomeText(election));
            default -> { }
        }
    }

    private void showBallot(DelegateTask task, Election election, Body body) {
        List<ElectionCandidate> standing = elections.standingCandidates(election);
        VOTING_MEMBERS.setLocal(task, elections.votingMembers(body));
        SINGLE_CANDIDATE.setLocal(task, standing.size() == 1);
        CANDIDATE_COUNT.setLocal(task, standing.size() > 1 ? standing.size() : 0);
        RUNOFF.setLocal(task, election.getRound() > 1);
        if (standing.size() == 1) {
            CANDIDATE_NAME.setLocal(task, label(standing.get(0).getPartner()));
        } else {
            for (int row = 1; row <= standing.size() && row <= BallotForm.ROWS; row++) {
                BallotForm.name(row).setLocal(task, label(standing.get(row - 1).getPartner()));
            }
        }
    }

    static String label(Partner p) {
        return p.organisationName() == null ? p.getName() : p.getName() + " (" + p.organisationName() + ")";
    }
}
