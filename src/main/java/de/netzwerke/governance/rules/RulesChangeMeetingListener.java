package de.netzwerke.governance.rules;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.meeting.AgendaItemDecided;
import de.netzwerke.governance.meeting.MeetingCancelled;
import de.netzwerke.governance.security.SystemAuthority;

/**
 * G-1 at a Tagung: when the Tagung has voted on a rules-change item, or is cancelled, the waiting RulesChange learns
 * it in the same transaction. The system sends these messages, not the person who entered the votes; nobody else
 * may send them (they are in no contract).
 */
@Component
public class RulesChangeMeetingListener {

    private final RulesChanges changes;
    private final SystemAuthority system;

    public RulesChangeMeetingListener(RulesChanges changes, SystemAuthority system) {
        this.changes = changes;
        this.system = system;
    }

    @EventListener
    public void decided(AgendaItemDecided event) {
        changes.waitingFor(event).ifPresent(c -> correlate(RulesVariables.MSG_DECIDED_AT_TAGUNG, c));
    }

    @EventListener
    public void cancelled(MeetingCancelled event) {
        changes.waitingOn(event.meetingId()).forEach(c -> correlate(RulesVariables.MSG_TAGUNG_CANCELLED, c));
    }

    private void correlate(String message, RulesChange waiting) {
        system.correlate(message, waiting.getProcessInstanceId());
    }
}
