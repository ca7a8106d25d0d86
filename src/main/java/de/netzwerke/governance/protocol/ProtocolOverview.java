package de.netzwerke.governance.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.meeting.MeetingRecords;
import de.netzwerke.governance.process.InstanceStates;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.register.overview.OpenProcedure;
import de.netzwerke.governance.register.overview.OverviewViewer;

/**
 * „Protokolle“ in the Übersicht (T-5): each protocol in its objection procedure with state, version and the last
 * day of its period, and those confirmed in the last eight weeks. It counts objections but names neither
 * objectors nor reasons (those are for the convener and the body).
 */
@Component
@Transactional(readOnly = true)
public class ProtocolOverview {

    private static final Period RECENT = Period.ofWeeks(8);

    private final ProtocolObjections service;
    private final InstanceStates instances;
    private final Today today;

    public ProtocolOverview(ProtocolObjections service, InstanceStates instances, Today today) {
        this.service = service;
        this.instances = instances;
        this.today = today;
    }

    public List<OpenProcedure> rows(String networkId, OverviewViewer viewer) {
        Set<String> disturbed = instances.withIncident(ProtocolVariables.PROCESS_KEY);
        Instant recent = today.date().minus(RECENT).atStartOfDay(Today.ZONE).toInstant();
        List<OpenProcedure> rows = new ArrayList<>();
        for (ProtocolProcedure p : service.ofNetwork(networkId)) {
            if (p.getStatus() == ProcedureStatus.CONFIRMED && p.getConfirmedAt() != null && p.getConfirmedAt().isBefore(recent)) {
                continue;
            }
            MeetingRecords.MeetingSummary m = service.meeting(p);
            LocalDate deadline = p.getStatus() == ProcedureStatus.SENT || p.getStatus() == ProcedureStatus.OBJECTED
                    ? service.period(networkId).lastDay(p.getSentAt()) : null;
            List<String> details = new ArrayList<>();
            details.add("Fassung " + p.getVersion() + (p.getSentAt() == null ? ""
                    : ", versandt am " + ProtocolObjections.DAY.format(p.getSentAt().atZone(Today.ZONE))));
            int objections = service.currentObjections(p).size();
            if (objections > 0) {
                details.add("Einsprüche zu dieser Fassung: " + objections);
            }
            String stage = switch (p.getStatus()) {
                case WRITTEN -> "wird versandt";
                case SENT -> "Einspruchsfrist läuft";
                case OBJECTED -> "Einspruch eingegangen – die einberufende Stelle entscheidet";
                case DISPUTED -> p.getApprovalItemId() == null
                        ? "strittig – Sitzung abgesagt, die Genehmigung kommt auf die nächste geplante Sitzung"
                        : "strittig – Genehmigung in der nächsten Sitzung";
                case CONFIRMED -> "bestätigt am " + ProtocolObjections.DAY.format(p.getConfirmedAt().atZone(Today.ZONE));
            };
            rows.add(new OpenProcedure("Protokoll", m.subject() + " – „" + m.title() + "“", p.getBodyId(),
                    disturbed.contains(p.getProcessInstanceId()) ? OpenProcedure.DISTURBED : stage,
                    disturbed.contains(p.getProcessInstanceId()), deadline, details));
        }
        return rows;
    }
}
