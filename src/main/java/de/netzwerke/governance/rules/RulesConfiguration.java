package de.netzwerke.governance.rules;

import static de.netzwerke.governance.rules.RulesVariables.*;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.process.VariableContract;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.security.ProcessAccess;

/** What RulesChange accepts, and who proposes and follows changes of the rules (G-1). */
@Configuration(proxyBeanMethods = false)
public class RulesConfiguration {

    @Bean
    VariableContract rulesChangeContract() {
        return VariableContract.of(PROCESS_KEY)
                .start(NETWORK_ID, TITLE, PASSAGES, REASON, DECIDED_BY)
                .task("Task_RescheduleDecision", RESCHEDULE)
                .task("Task_ReviewProfileSettings", SETTINGS_REVIEWED)
                .whenClosed("Über diese Änderung der Regeln ist bereits entschieden.")
                .build();
    }

    /**
     * G-1, M-3: the Fachstelle Chancengleichheit proposes a change of the Geschäftsordnung and follows it; the
     * process checks that the proposer coordinates the network concerned.
     */
    @Bean
    ProcessAccess rulesChangeAccess() {
        return new ProcessAccess(PROCESS_KEY, false, Set.of(GovernanceGroups.FACHSTELLE), false,
                Set.of(GovernanceGroups.FACHSTELLE));
    }
}
