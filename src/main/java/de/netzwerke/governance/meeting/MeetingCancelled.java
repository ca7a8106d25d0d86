package de.netzwerke.governance.meeting;

import de.netzwerke.governance.process.ProcessContract;

/**
 * Published (a Spring application event, in the cancelling transaction) when a meeting is cancelled: a capability
 * that put an item on its agenda learns that it will not be decided there, e.g. G-1's rules change at a Tagung.
 */
@ProcessContract
public record MeetingCancelled(Long meetingId) {
}
