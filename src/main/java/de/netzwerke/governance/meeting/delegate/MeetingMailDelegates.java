package de.netzwerke.governance.meeting.delegate;

import static de.netzwerke.governance.meeting.MeetingVariables.*;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.meeting.Meeting;
import de.netzwerke.governance.meeting.MeetingCalendar;
import de.netzwerke.governance.meeting.MeetingService;
import de.netzwerke.governance.meeting.MeetingState;
import de.netzwerke.governance.notification.Mail;
import de.netzwerke.governance.notification.NetworkMail;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.Today;

/**
 * The e-mails of a meeting: invitation with its calendar entry (.ics), reminder, cancellation. Asynchronous
 * service tasks with retries; each is sent in the network's name ({@link NetworkMail}).
 */
@Configuration(proxyBeanMethods = false)
public class MeetingMailDelegates {

    static final String ICS = "text/calendar; charset=UTF-8; method=";

    /**
     * ServiceTask_SendInvitations: every invitee (every active partner for a Tagung, Netzwerktreffen or public
     * event, else the body's members; removed partners never) gets the invitation with date, place or link, the
     * agenda and the .ics; each invitation is recorded per partner. The reminder falls due {@code reminder-before}.
     */
    @Bean
    JavaDelegate sendInvitationsDelegate(MeetingService meetings, NetworkMail mail, Today today) {
        return execution -> {
            Meeting meeting = meetings.forInstance(execution.getProcessInstanceId());
            Body body = meetings.body(meeting);
            List<Partner> invitees = meetings.invite(meeting);
            String agenda = meetings.agendaText(meeting);
            byte[] ics = MeetingCalendar.invitation(new MeetingCalendar.Entry(meeting, body.getName(), agenda), false);
            mail.send(meeting.getNetworkId(), recipients(invitees), "Einladung: " + MeetingService.subject(meeting)
                            + " – " + meeting.getTitle(),
                    """
                    Guten Tag,

                    hiermit laden wir Sie herzlich ein: %s, „%s“ (%s).

                    Termin: %s
                    Ort: %s

                    Tagesordnung:
                    %s

                    Den Termin für Ihren Kalender finden Sie im Anhang. Wenn Sie nicht teilnehmen können, geben Sie
                    bitte der %s Bescheid; dann gelten Sie als entschuldigt.
                    """.formatted(MeetingService.subject(meeting), meeting.getTitle(), body.getName(),
                            MeetingService.when(meeting), meeting.getLocation(), agenda,
                            mail.coordination(meeting.getNetworkId()).getName()),
                    List.of(new Mail.Attachment("einladung.ics", ICS + "REQUEST", ics)));
            INVITED_COUNT.set(execution, invitees.size());
            MEETING_STATE.set(execution, MeetingState.INVITED.name());
            Date reminder = Date.from(meeting.getStartsAt().atZone(Today.ZONE)
                    .minus(meetings.reminderBefore(meeting)).toInstant());
            REMINDER_AT.set(execution, reminder);
            REMINDER_AHEAD.set(execution, reminder.toInstant().isAfter(today.now()));
        };
    }

    /** ServiceTask_SendReminder: a few days before, the invitees not excused are reminded. */
    @Bean
    JavaDelegate sendReminderDelegate(MeetingService meetings, NetworkMail mail) {
        return execution -> {
            Meeting meeting = meetings.forInstance(execution.getProcessInstanceId());
            mail.send(meeting.getNetworkId(), recipients(meetings.remind(meeting)), "Erinnerung: "
                            + MeetingService.subject(meeting) + " – " + meeting.getTitle(),
                    """
                    Guten Tag,

                    wir erinnern an %s, „%s“.

                    Termin: %s
                    Ort: %s

                    Tagesordnung:
                    %s
                    """.formatted(MeetingService.subject(meeting), meeting.getTitle(), MeetingService.when(meeting),
                            meeting.getLocation(), meetings.agendaText(meeting)));
        };
    }

    /** ServiceTask_SendCancellation: Msg_MeetingCancelled — the invitees learn the meeting is off (.ics CANCEL). */
    @Bean
    JavaDelegate sendCancellationDelegate(MeetingService meetings, NetworkMail mail) {
        return execution -> {
            Meeting meeting = meetings.forInstance(execution.getProcessInstanceId());
            Body body = meetings.body(meeting);
            List<Partner> invited = meetings.cancel(meeting);
            String reason = CANCELLATION_REASON.get(execution);
            byte[] ics = MeetingCalendar.invitation(new MeetingCalendar.Entry(meeting, body.getName(), ""), true);
            mail.send(meeting.getNetworkId(), recipients(invited), "Abgesagt: " + MeetingService.subject(meeting)
                            + " – " + meeting.getTitle(),
                    """
                    Guten Tag,

                    %s, „%s“ am %s findet nicht statt.%s

                    Der Termin in Ihrem Kalender wird mit dem Anhang entfernt.
                    """.formatted(MeetingService.subject(meeting), meeting.getTitle(), MeetingService.when(meeting),
                            reason == null ? "" : "\n\nGrund: " + reason),
                    List.of(new Mail.Attachment("absage.ics", ICS + "CANCEL", ics)));
            MEETING_STATE.set(execution, MeetingState.CANCELLED.name());
        };
    }

    static List<Mail.Recipient> recipients(List<Partner> partners) {
        return partners.stream().map(p -> new Mail.Recipient(p.getId(), p.getEmail())).toList();
    }
}
