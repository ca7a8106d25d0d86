package de.netzwerke.governance.funding;

import static de.netzwerke.governance.funding.FundingVariables.*;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.process.VariableContract;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.security.ProcessAccess;

/** What FundingApplicationVote accepts, and who records applications and follows them. */
@Configuration(proxyBeanMethods = false)
public class FundingConfiguration {

    @Bean
    VariableContract fundingApplicationVoteContract() {
        return VariableContract.of(PROCESS_KEY)
                .start(NETWORK_ID, ORGANISATION, PROGRAMME, TITLE, AMOUNT, FUNDER_DEADLINE, ATTACHMENT_LINK, APPLICANT_EMAIL)
                .task("Task_DraftStatement", STATEMENT, VOTE_PATH)
                .task("Task_RescheduleVote", RESCHEDULE)
                .whenClosed("Über diesen Förderantrag ist bereits entschieden.")
                .build();
    }

    /**
     * SR-3: applications reach the Sprecher:innenrat through the Fachstelle or the Sprecher:innenrat itself; both
     * follow them (M-3). The statement is drafted by the Sprecher:innenrat's chair.
     */
    @Bean
    ProcessAccess fundingApplicationVoteAccess() {
        return new ProcessAccess(PROCESS_KEY, false, Set.of(GovernanceGroups.FACHSTELLE, GovernanceGroups.SPRECHERINNENRAT),
                false, Set.of(GovernanceGroups.FACHSTELLE, GovernanceGroups.SPRECHERINNENRAT));
    }
}
