package de.netzwerke.governance.protocol;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.meeting.AgendaItemDecided;
import de.netzwerke.governance.meeting.MeetingCancelled;
import de.netzwerke.governance.meeting.MeetingPlanned;

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
    private final RuntimeService runtime;
    private final IdentityService identity;

    public ProtocolApprovalListener(ProtocolObjections service, RuntimeService runtime, IdentityService identity) {
        this.service = service;
        this.runtime = runtime;
        this.identity = identity;
    }

    @EventListener
    public void decided(AgendaItemDecided event) {
        service.approvalDecided(event).ifPresent(p -> {
            Authentication person = identity.getCurrentAuthentication();
            identity.clearAuthentication();
            try {
                runtime.createMessageCorrelation(ProtocolVariables.MESSAGE_APPROVAL_DECIDED)
                        .processInstanceId(p.getProcessInstanceId()).correlate();
            } finally {
                if (person != null) {
                    identity.setAuthentication(person);
                }
            }
        });
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
