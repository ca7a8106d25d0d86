package de.netzwerke.governance.protocol;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.meeting.AgendaItemDecided;
import de.netzwerke.governance.meeting.MeetingCancelled;
import de.netzwerke.governance.meeting.MeetingPlanned;
import de.netzwerke.governance.security.SystemAuthority;

/**
 * T-5: when the body's next meeting has voted on „Genehmigung des Protokolls vom …“, the waiting ProtocolObjection
 * learns it: the outcome goes into the register and {@code Msg_ProtocolApprovalDecided} (without variables) wakes
 * the instance, in the same transaction as the vote. The system sends it, not the person who entered the votes.
 * When that meeting is cancelled, the approval moves to the body's next planned meeting, or to the next one the
 * body plans; the instance keeps waiting.
 */
@Component
public class ProtocolApprovalListener {

    private final ProtocolObjections service;
    private final SystemAuthority system;

    public ProtocolApprovalListener(ProtocolObjections service, SystemAuthority system) {
        this.service = service;
        this.system = system;
    }

    @EventListener
    public void decided(AgendaItemDecided event) {
        service.approvalDecided(event).ifPresent(p -> system.correlate(ProtocolVariables.MESSAGE_APPROVAL_DECIDED,
                p.getProcessInstanceId()));
    }

    @EventListener
    public void cancelled(MeetingCancelled event) {
        service.approvalMeetingCancelled(event.meetingId());
    }

    @EventListener
    public void planned(MeetingPlanned event) {
        service.meetingPlanned(event.bodyId());
    }
}
