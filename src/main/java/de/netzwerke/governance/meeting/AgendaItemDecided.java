package de.netzwerke.governance.meeting;

import de.netzwerke.governance.process.ProcessContract;

/**
 * Published (a Spring application event, in the deciding transaction) when a meeting has voted on an agenda
 * item: a capability that put an item on an agenda learns its outcome, e.g. T-5's „Genehmigung des Protokolls“.
 */
@ProcessContract
public record AgendaItemDecided(Long meetingId, Long agendaItemId, boolean carried) {
}
