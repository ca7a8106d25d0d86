package de.netzwerke.governance.meeting;

import de.netzwerke.governance.process.ProcessContract;

/**
 * Published (a Spring application event, in the planning transaction) when a meeting is planned: a capability
 * waiting for a body's next meeting puts its item on the agenda, e.g. T-5's approval of a disputed protocol whose
 * meeting was cancelled.
 */
@ProcessContract
public record MeetingPlanned(Long meetingId, Long bodyId) {
}
