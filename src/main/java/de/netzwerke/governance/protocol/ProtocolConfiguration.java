package de.netzwerke.governance.protocol;

import static de.netzwerke.governance.protocol.ProtocolVariables.*;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.process.VariableContract;
import de.netzwerke.governance.register.overview.OverviewSection;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.security.ProcessAccess;

/** What ProtocolObjection accepts from callers, who may start and follow it, and its rows in the Übersicht. */
@Configuration(proxyBeanMethods = false)
public class ProtocolConfiguration {

    @Bean
    VariableContract protocolObjectionContract() {
        return VariableContract.of(PROCESS_KEY)
                .start(MEETING_ID)
                .task("Task_RecordObjection", PARTNER_ID, REASON)
                .task("Task_HandleObjection", DECISION, PROTOCOL_TEXT)
                .task("Task_AmendProtocol", PROTOCOL_TEXT)
                .message(MESSAGE_OBJECTION, PARTNER_ID, REASON)
                .message(MESSAGE_APPROVAL_DECIDED)
                .whenClosed("Das Einspruchsverfahren zu diesem Protokoll ist abgeschlossen; das Protokoll ist bestätigt.")
                .build();
    }

    /**
     * Meeting starts it (call activity) when its protocol is written; the network's coordination, the
     * Sprecher:innenrat and a working table (for its own meetings: the process checks which) may also start it
     * through REST. The coordinations follow it and send its messages.
     */
    @Bean
    ProcessAccess protocolObjectionAccess() {
        return new ProcessAccess(PROCESS_KEY, false,
                Set.of(GovernanceGroups.FACHSTELLE, GovernanceGroups.SPRECHERINNENRAT, GovernanceGroups.STEUERUNGSGRUPPE),
                true, Set.of(GovernanceGroups.FACHSTELLE, GovernanceGroups.STEUERUNGSGRUPPE));
    }

    @Bean
    OverviewSection protocolsSection(ProtocolOverview overview) {
        return OverviewSection.of(40, "Protokolle", "Zurzeit ist kein Protokoll im Einspruchsverfahren.", true, overview::rows);
    }
}
