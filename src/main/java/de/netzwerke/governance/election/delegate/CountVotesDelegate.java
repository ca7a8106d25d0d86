package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.ElectionCandidate;
import de.netzwerke.governance.election.ElectionService;
import de.netzwerke.governance.voting.ElectionOutcome;
import de.netzwerke.governance.voting.MajorityRule;

/** ServiceTask_CountVotes: the ballot decided by {@link MajorityRule} (SR-7 and the election reading). */
@Component("countVotesDelegate")
public class CountVotesDelegate implements JavaDelegate {

    private final ElectionService elections;

    public CountVotesDelegate(ElectionService elections) {
        this.elections = elections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long electionId = (Long) execution.getVariable(ELECTION_ID);
        List<ElectionCandidate> standing = elections.standingCandidates(electionId);
        int present = ElectionValues.number(execution.getVariable(PRESENT), "die Zahl der Anwesenden");
        int abstentions = ElectionValues.numberOrZero(execution.getVariable(ABSTENTIONS), "die Zahl der Enthaltungen");
        Map<Long, Integer> votes = new LinkedHashMap<>();
        int no = 0;
        if (standing.size() == 1) {
            votes.put(standing.get(0).getPartner().getId(),
                    ElectionValues.numberOrZero(execution.getVariable(YES), "die Zahl der Ja-Stimmen"));
            no = ElectionValues.numberOrZero(execution.getVariable(NO), "die Zahl der Nein-Stimmen");
        } else {
            for (int row = 1; row <= MAX_CANDIDATES && execution.hasVariable(candidateRow(row, "Id")); row++) {
                votes.put((Long) execution.getVariable(candidateRow(row, "Id")), ElectionValues.number(
                        execution.getVariable(candidateRow(row, "Votes")),
                        "die Stimmen für " + execution.getVariable(candidateRow(row, "Name"))));
            }
        }
        ElectionOutcome outcome = elections.count(electionId, present, votes, no, abstentions);
        Map<String, String> names = standing.stream().collect(Collectors.toMap(
                c -> String.valueOf(c.getPartner().getId()), c -> c.getPartner().getName()));
        execution.setVariable(OUTCOME, outcome.kind().name());
        execution.setVariable(OUTCOME_TEXT, text(outcome, names, votes));
        execution.setVariable(RUNOFF, outcome.kind() == ElectionOutcome.Kind.RUNOFF);
        if (outcome.kind() == ElectionOutcome.Kind.ELECTED) {
            execution.setVariable(ELECTED_PARTNER_ID, Long.valueOf(outcome.electedCandidate()));
            execution.setVariable(ELECTED_NAME, names.get(outcome.electedCandidate()));
        }
        if (outcome.kind() == ElectionOutcome.Kind.RUNOFF) {
            execution.setVariable(SINGLE_CANDIDATE, false);
            RecordNominationsDelegate.ballotRows(execution, elections.standingCandidates(electionId));
        }
    }

    /** What the chair reads: who was elected, or why nobody was. */
    static String text(ElectionOutcome outcome, Map<String, String> names, Map<Long, Integer> votes) {
        String tied = outcome.tiedCandidates().stream().map(names::get).collect(Collectors.joining(" und "));
        int tiedVotes = outcome.tiedCandidates().isEmpty() ? 0 : votes.get(Long.valueOf(outcome.tiedCandidates().get(0)));
        return switch (outcome.kind()) {
            case ELECTED -> names.get(outcome.electedCandidate()) + " ist gewählt.";
            case REJECTED -> "Die Kandidatur hat keine Mehrheit erhalten (Stimmengleichheit gilt als Ablehnung). Es ist niemand gewählt.";
            case RUNOFF -> "Stimmengleichheit zwischen " + tied + " (je " + tiedVotes + " Stimmen): Stichwahl.";
            case NO_ELECTION -> "Auch in der Stichwahl Stimmengleichheit zwischen " + tied + " (je " + tiedVotes
                    + " Stimmen). Es ist niemand gewählt.";
        };
    }
}
