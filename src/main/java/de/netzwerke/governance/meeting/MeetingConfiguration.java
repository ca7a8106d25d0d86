package de.netzwerke.governance.meeting;

import static de.netzwerke.governance.meeting.MeetingVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.process.Var;
import de.netzwerke.governance.process.VariableContract;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.security.ProcessAccess;

/** What Meeting and MeetingFrequencyCheck accept from callers, and who may start and follow them. */
@Configuration(proxyBeanMethods = false)
public class MeetingConfiguration {

    @Bean
    VariableContract meetingContract() {
        List<Var<?>> coPrepare = new ArrayList<>(agendaRows(CO_PREPARE_ROWS));
        coPrepare.add(AGENDA_APPROVED);
        return VariableContract.of(PROCESS_KEY)
                .start(BODY_ID, TITLE, STARTS_AT, ENDS_AT, LOCATION)
                .task("Task_PrepareAgenda", agendaRows(AGENDA_ROWS))
                .task("Task_CoPrepareAgenda", coPrepare)
                .task("Task_RecordAttendance", PRESENT_PARTNERS, EXCUSED_PARTNERS)
                .task("Task_RecordDecisions", decisionRows())
                .task("Task_WriteProtocol", PROTOCOL_TEXT)
                .message(MESSAGE_ABSENCE_EXCUSED, PARTNER_ID)
                .message(MESSAGE_MEETING_CANCELLED, CANCELLATION_REASON)
                .whenClosed("Diese Sitzung ist abgeschlossen oder abgesagt.")
                .build();
    }

    /**
     * The network's coordination convenes every meeting (T-1: the Fachstelle the Tagung; W-5: the
     * Steuerungsgruppe); the Sprecher:innenrat and each working table also their own (SR-4, AT-1) — which body,
     * the process checks. The coordinations follow every meeting and send its messages (excuses, cancellation).
     */
    @Bean
    ProcessAccess meetingAccess() {
        return new ProcessAccess(PROCESS_KEY, false,
                Set.of(GovernanceGroups.FACHSTELLE, GovernanceGroups.SPRECHERINNENRAT, GovernanceGroups.STEUERUNGSGRUPPE),
                true, Set.of(GovernanceGroups.FACHSTELLE, GovernanceGroups.STEUERUNGSGRUPPE));
    }

    @Bean
    VariableContract meetingFrequencyCheckContract() {
        return VariableContract.of(FREQUENCY_CHECK_KEY)
                .task("Task_PlanMissingMeetings")
                .build();
    }

    /** Started by its timer only; the coordinations follow it. */
    @Bean
    ProcessAccess meetingFrequencyCheckAccess() {
        return new ProcessAccess(FREQUENCY_CHECK_KEY, false, Set.of(), false,
                Set.of(GovernanceGroups.FACHSTELLE, GovernanceGroups.STEUERUNGSGRUPPE));
    }
}
