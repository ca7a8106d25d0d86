package de.netzwerke.governance.meeting.delegate;

import static de.netzwerke.governance.meeting.MeetingVariables.*;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.meeting.AgendaItem;
import de.netzwerke.governance.meeting.AgendaItemKind;
import de.netzwerke.governance.meeting.Attendance;
import de.netzwerke.governance.meeting.Meeting;
import de.netzwerke.governance.meeting.MeetingService;
import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.Partner;

/**
 * What a meeting task shows, read from the register when the task is created: its name with the meeting
 * („Tagesordnung vorbereiten – Tagung am 12.03.2027“), one sentence with the rule, and the agenda, invitees and
 * results as task-local variables (gone with the task, never in history). The co-preparation goes to the
 * co-preparing body's group (T-2: the Sprecher:innenrat; W-5: the Steuerungsgruppe) with its due date.
 */
@Component("meetingTaskView")
public class MeetingTaskView implements TaskListener {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "Task_PrepareAgenda", "Stellen Sie die Tagesordnung auf; Beschlüsse brauchen die einfache Mehrheit der "
                    + "Anwesenden (SR-7, T-3), Änderungen der Geschäftsordnung zwei Drittel (G-1).",
            "Task_CoPrepareAgenda", "Ergänzen und billigen Sie die Tagesordnung; die Sitzung wird gemeinsam vorbereitet (T-2, W-5).",
            "Task_RecordAttendance", "Tragen Sie ein, wer anwesend und wer entschuldigt war; daraus entsteht die "
                    + "Teilnehmendenliste des Protokolls (T-4).",
            "Task_RecordDecisions", "Tragen Sie je Abstimmung Ja, Nein und Enthaltungen ein; angenommen ist mit "
                    + "einfacher Mehrheit der Anwesenden, Stimmengleichheit ist Ablehnung (SR-7, T-3, G-1).",
            "Task_WriteProtocol", "Schreiben Sie das Ergebnisprotokoll; Beschlüsse und Teilnehmende trägt das System ein (SR-6, T-4).");

    private final MeetingService meetings;
    private final Bodies bodies;

    public MeetingTaskView(MeetingService meetings, Bodies bodies) {
        this.meetings = meetings;
        this.bodies = bodies;
    }

    @Override
    public void notify(DelegateTask task) {
        Meeting meeting = meetings.forInstance(task.getProcessInstanceId());
        Body body = meetings.body(meeting);
        task.setName(task.getName() + " – " + MeetingService.subject(meeting));
        task.setDescription(DESCRIPTIONS.get(task.getTaskDefinitionKey()));
        BODY_NAME.setLocal(task, body.getName());
        KIND_LABEL.setLocal(task, meeting.getKind().label());
        WHEN_TEXT.setLocal(task, MeetingService.when(meeting));
        switch (task.getTaskDefinitionKey()) {
            case "Task_CoPrepareAgenda" -> {
                AGENDA_TEXT.setLocal(task, meetings.agendaText(meeting));
                meetings.coPreparingBody(meeting).ifPresent(co -> task.addCandidateGroup(co.getGroupId()));
                task.setDueDate(Date.from(meetings.coPreparationDue(meeting)));
            }
            case "Task_RecordAttendance" -> showAttendance(task, meeting);
            case "Task_RecordDecisions" -> showDecisions(task, meeting);
            case "Task_WriteProtocol" -> {
                AGENDA_TEXT.setLocal(task, meetings.agendaText(meeting));
                RESULTS_TEXT.setLocal(task, meetings.resultsText(meeting));
            }
            default -> { }
        }
    }

    private void showAttendance(DelegateTask task, Meeting meeting) {
        List<Attendance> rows = meetings.attendance(meeting);
        INVITEE_OPTIONS.setLocal(task, rows.stream().map(a -> Map.of("label", label(a.getPartnerId()),
                "value", String.valueOf(a.getPartnerId()))).toList());
        String excused = rows.stream().filter(a -> a.getExcusedAt() != null).map(a -> label(a.getPartnerId()))
                .collect(Collectors.joining(", "));
        EXCUSED_TEXT.setLocal(task, excused.isEmpty() ? "niemand" : excused);
        AGENDA_TEXT.setLocal(task, meetings.agendaText(meeting));
    }

    private void showDecisions(DelegateTask task, Meeting meeting) {
        List<AgendaItem> votes = meetings.votes(meeting);
        DECISION_COUNT.setLocal(task, votes.size());
        for (int i = 1; i <= votes.size(); i++) {
            AgendaItem item = votes.get(i - 1);
            decisionTitle(i).setLocal(task, item.getPosition() + ". " + item.getTitle() + " – "
                    + (item.getKind() == AgendaItemKind.RULES_CHANGE ? "Zweidrittelmehrheit der Anwesenden (G-1)"
                    : "einfache Mehrheit (SR-7, T-3)"));
        }
    }

    private String label(Long partnerId) {
        return bodies.findPartner(partnerId).map(MeetingTaskView::label).orElse("Nr. " + partnerId);
    }

    static String label(Partner p) {
        return p.organisationName() == null ? p.getName() : p.getName() + " (" + p.organisationName() + ")";
    }

}
