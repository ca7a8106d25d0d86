package de.netzwerke.governance.protocol.delegate;

import static de.netzwerke.governance.protocol.ProtocolVariables.*;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.meeting.MeetingRecords;
import de.netzwerke.governance.protocol.ProtocolObjections;
import de.netzwerke.governance.protocol.ProtocolProcedure;
import de.netzwerke.governance.register.Today;

/**
 * What a ProtocolObjection task shows, read from the register when it is created: its name with the protocol
 * („Über Einspruch entscheiden – Protokoll der Tagung am 12.03.2027 („Frühjahrstagung“)“), one sentence with the
 * rule, and the objections with their reasons (the convener's only, task-local: never in history).
 */
@Component("protocolTaskView")
public class ProtocolTaskView implements TaskListener {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "Task_RecordObjection", "Erfassen Sie hier einen Einspruch, der per E-Mail oder Telefon eingegangen ist; "
                    + "ohne Einspruch bis zum Fristende gilt das Protokoll als bestätigt (T-5).",
            "Task_HandleObjection", "Entscheiden Sie über die Einsprüche: Protokoll ändern und neu versenden (neue Frist) "
                    + "oder der nächsten Sitzung zur Genehmigung vorlegen (T-5).",
            "Task_AmendProtocol", "Die Sitzung hat das Protokoll nicht genehmigt; überarbeiten Sie es, die neue Fassung "
                    + "geht an alle Netzwerkpartner:innen mit neuer Einspruchsfrist (T-5, SR-6).");

    private final ProtocolObjections service;

    public ProtocolTaskView(ProtocolObjections service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        ProtocolProcedure p = service.forInstance(task.getProcessInstanceId());
        MeetingRecords.MeetingSummary m = service.meeting(p);
        task.setName(task.getName() + " – " + service.subject(p));
        task.setDescription(DESCRIPTIONS.get(task.getTaskDefinitionKey()));
        MEETING_TEXT.setLocal(task, m.subject() + ", „" + m.title() + "“ – " + m.bodyName() + " · Fassung " + p.getVersion());
        if (p.getSentAt() != null) {
            var period = service.period(p.getNetworkId());
            DEADLINE_TEXT.setLocal(task, "versandt am " + ProtocolObjectionsText.day(p.getSentAt())
                    + ", Einsprüche bis einschließlich " + ProtocolObjectionsText.DAY.format(period.lastDay(p.getSentAt())));
        }
        switch (task.getTaskDefinitionKey()) {
            case "Task_RecordObjection" -> {
                RECIPIENT_OPTIONS.setLocal(task, service.recipientOptions(p));
                if (p.getPeriodEndsAt() != null) {
                    task.setDueDate(Date.from(p.getPeriodEndsAt().minusSeconds(60)));
                }
            }
            case "Task_HandleObjection" -> {
                OBJECTIONS_TEXT.setLocal(task, service.objectionsText(p));
                CURRENT_TEXT.setLocal(task, service.currentText(p));
            }
            case "Task_AmendProtocol" -> {
                OBJECTIONS_TEXT.setLocal(task, service.objectionsText(p));
                CURRENT_TEXT.setLocal(task, service.currentText(p));
                APPROVAL_TEXT.setLocal(task, "Die Sitzung hat die Genehmigung des Protokolls abgelehnt.");
            }
            default -> { }
        }
    }

    /** Dates as the tasks show them. */
    static final class ProtocolObjectionsText {
        static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

        static String day(java.time.Instant at) {
            return DAY.format(at.atZone(Today.ZONE));
        }

        private ProtocolObjectionsText() {
        }
    }
}
