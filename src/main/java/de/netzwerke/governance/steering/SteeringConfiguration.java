package de.netzwerke.governance.steering;

import static de.netzwerke.governance.steering.SteeringVariables.*;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.process.VariableContract;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.security.ProcessAccess;

/** What SteeringGroupReappointment accepts from callers, and who may start and follow it. */
@Configuration(proxyBeanMethods = false)
public class SteeringConfiguration {

    @Bean
    VariableContract steeringGroupReappointmentContract() {
        return VariableContract.of(PROCESS_KEY)
                .start(NETWORK_ID)
                .task("Task_AskMembers", STANDING_AGAIN)
                .message(MESSAGE_STANDING_DECLARED, PARTNER_ID, STANDS_AGAIN)
                .task("Task_RecordNominations", nominationsTask())
                .message(MESSAGE_NOMINATION, nominationMessage())
                .task("Task_CheckEligibility", ELIGIBILITY_CHECKED)
                .task("Task_ComposeSteeringGroup", PROPOSED_MEMBER_IDS)
                .task("Task_RecordNetworkDecision", PRESENT, YES, NO, ABSTENTIONS)
                .whenClosed("Diese Wiederbestellung der Steuerungsgruppe ist abgeschlossen.")
                .build();
    }

    /**
     * W-5: the Steuerungsgruppe advises and coordinates the Netzwerk Willkommenskultur – it is the network's
     * coordination ({@code coordination.group}) and prepares its reappointment: it may start it early and
     * follows it; the network itself decides by its vote. The tasks go to the coordination group of the
     * network's profile (process/ResponsibleAssignment), not to a group named here.
     */
    @Bean
    ProcessAccess steeringGroupReappointmentAccess() {
        return new ProcessAccess(PROCESS_KEY, false, Set.of(GovernanceGroups.STEUERUNGSGRUPPE), false,
                Set.of(GovernanceGroups.STEUERUNGSGRUPPE));
    }
}
