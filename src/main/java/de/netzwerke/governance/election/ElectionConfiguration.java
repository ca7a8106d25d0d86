package de.netzwerke.governance.election;

import static de.netzwerke.governance.election.ElectionVariables.*;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.process.VariableContract;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.security.ProcessAccess;

/** What OfficeElection accepts from callers, and who may start and follow it. */
@Configuration(proxyBeanMethods = false)
public class ElectionConfiguration {

    @Bean
    VariableContract officeElectionContract() {
        return VariableContract.of(PROCESS_KEY)
                .start(BODY_ID, OFFICE)
                .task("Task_NominateCandidates", CANDIDATES, CANDIDATES_AGREED)
                .task("Task_RecordBallot", ballotInput())
                .task("Task_ReviewFailedElection", NEXT_STEP)
                .whenClosed("Diese Wahl ist bereits abgeschlossen.")
                .build();
    }

    /**
     * The coordination and the Sprecher:innenrat may start elections, working tables too — each only for its
     * own body, which the process checks ({@code register.BodyRights}).
     */
    @Bean
    ProcessAccess officeElectionAccess() {
        return new ProcessAccess(PROCESS_KEY, false,
                Set.of(GovernanceGroups.FACHSTELLE, GovernanceGroups.SPRECHERINNENRAT), true,
                Set.of(GovernanceGroups.FACHSTELLE));
    }
}
