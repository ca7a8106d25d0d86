package de.netzwerke.governance.vote;

import static de.netzwerke.governance.vote.DigitalVoteCall.*;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.process.VariableContract;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.security.ProcessAccess;

/** What DigitalVote accepts (it is called by other processes; nobody starts it by hand), and who follows it. */
@Configuration(proxyBeanMethods = false)
public class DigitalVoteConfiguration {

    @Bean
    VariableContract digitalVoteContract() {
        return VariableContract.of(PROCESS_KEY)
                .start(NETWORK_ID, VOTE_QUESTION, ELECTORATE, MAJORITY, VOTE_ENDS_BY)
                .whenClosed("Diese Abstimmung ist bereits ausgezählt.")
                .build();
    }

    /** Who voted at all is for the coordination (M-3, W-5); nobody starts a vote outside a procedure. */
    @Bean
    ProcessAccess digitalVoteAccess() {
        return new ProcessAccess(PROCESS_KEY, false, Set.of(), false,
                Set.of(GovernanceGroups.FACHSTELLE, GovernanceGroups.STEUERUNGSGRUPPE));
    }
}
