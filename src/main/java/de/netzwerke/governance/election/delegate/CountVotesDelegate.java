package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.*;

import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.BallotForm;
import de.netzwerke.governance.election.Election;
import de.netzwerke.governance.election.ElectionService;
import de.netzwerke.governance.process.Var;
import de.netzwerke.governance.voting.ElectionOutcome;
import de.netzwerke.governance.voting.MajorityRule;

/**
 * ServiceTask_CountVotes: the ballot decided by {@link MajorityRule} (SR-7 and the election reading). The
 * entered numbers are cleared afterwards, so that a runoff's form starts empty; the register keeps the count.
 */
@Component("countVotesDelegate")
public class CountVotesDelegate implements JavaDelegate {

    private final ElectionService elections;

    public CountVotesDelegate(ElectionService elections) {
        this.elections = elections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Election election = elections.forInstance(execution.getProcessInstanceId());
        List<Var<Integer>> rows = IntStream.rangeClosed(1, BallotForm.ROWS).mapToObj(BallotForm::votes).toList();
        Integer abstentions = ABSTENTIONS.get(execution);
        ElectionOutcome outcome = elections.count(election, PRESENT.require(execution),
                rows.stream().map(row -> row.get(execution)).toList(), YES.get(execution), NO.get(execution),
                abstentions == null ? 0 : abstentions);
        OUTCOME.set(execution, outcome.kind().name());
        if (outcome.kind() == ElectionOutcome.Kind.ELECTED) {
            ELECTED_PARTNER_ID.set(execution, Long.valueOf(outcome.electedCandidate()));
        }
        PRESENT.remove(execution);
        YES.remove(execution);
        NO.remove(execution);
        ABSTENTIONS.remove(execution);
        rows.forEach(row -> row.remove(execution));
    }
}
