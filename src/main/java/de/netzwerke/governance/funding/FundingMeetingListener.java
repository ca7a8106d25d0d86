package de.netzwerke.governance.funding;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.meeting.AgendaItemDecided;
import de.netzwerke.governance.meeting.MeetingCancelled;
import de.netzwerke.governance.security.SystemAuthority;

/**
 * SR-7 at a meeting: when the Sprecher:innenrat has voted on a funding application's item, or its meeting is
 * cancelled, the waiting FundingApplicationVote learns it in the same transaction. The system sends these messages;
 * nobody else may (they are in no contract).
 */
@Component
public class FundingMeetingListener {

    private final FundingApplications applications;
    private final SystemAuthority system;

    public FundingMeetingListener(FundingApplications applications, SystemAuthority system) {
        this.applications = applications;
        this.system = system;
    }

    @EventListener
    public void decided(AgendaItemDecided event) {
        applications.waitingFor(event).ifPresent(a -> correlate(FundingVariables.MSG_DECIDED_AT_MEETING, a));
    }

    @EventListener
    public void cancelled(MeetingCancelled event) {
        applications.waitingOn(event.meetingId()).forEach(a -> correlate(FundingVariables.MSG_MEETING_CANCELLED, a));
    }

    private void correlate(String message, FundingApplication waiting) {
        system.correlate(message, waiting.getProcessInstanceId());
    }
}
