package de.netzwerke.governance.founding;

import static de.netzwerke.governance.founding.FoundingVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.process.Var;
import de.netzwerke.governance.process.VariableContract;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.security.ProcessAccess;

/** What WorkingTableFounding accepts from callers, and who may start and follow it. */
@Configuration(proxyBeanMethods = false)
public class FoundingConfiguration {

    @Bean
    VariableContract workingTableFoundingContract() {
        List<Var<?>> declarations = new ArrayList<>(DeclarationsForm.fields());
        declarations.add(DECLARATIONS);
        return VariableContract.of(PROCESS_KEY)
                .start(NETWORK_ID, TOPIC, DESCRIPTION, FIELD_OF_ACTION, PROPOSER_EMAIL)
                .task("Task_CheckProposal", DECISION, ACCEPTED, DECLINE_REASON)
                .task("Task_RecordDeclarations", declarations)
                .message(MESSAGE_READINESS_DECLARED, REPRESENTATIVE_NAME, REPRESENTATIVE_EMAIL, ORGANISATION)
                .whenClosed("Diese Gründung ist abgeschlossen: Die Frist für Bereitschaftserklärungen ist vorbei "
                        + "oder der Arbeitstisch besteht bereits.")
                .build();
    }

    /** AT-4, M-1: any partner may propose a working table; the coordination follows every founding (M-3). */
    @Bean
    ProcessAccess workingTableFoundingAccess() {
        return new ProcessAccess(PROCESS_KEY, true, Set.of(), false, Set.of(GovernanceGroups.FACHSTELLE));
    }
}
