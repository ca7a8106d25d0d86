package de.netzwerke.governance.testsupport;

import java.util.List;

import org.springframework.transaction.support.TransactionTemplate;

import de.netzwerke.governance.meeting.Meeting;
import de.netzwerke.governance.meeting.MeetingService;
import de.netzwerke.governance.register.Partner;

/**
 * Meetings as the register sees them, without their process: planned by the system, then invited, held and voted
 * on its only vote item — for the processes that put an item on a meeting's agenda (G-1 at a Tagung, SR-7 at the
 * Sprecher:innenrat).
 */
public final class HeldMeetings {

    private final TransactionTemplate tx;
    private final MeetingService meetings;

    public HeldMeetings(TransactionTemplate tx, MeetingService meetings) {
        this.tx = tx;
        this.meetings = meetings;
    }

    /** A meeting of the body from {@code startsAt} („2037-05-20T17:00“) for two hours, planned by the system. */
    public Meeting plan(Long bodyId, String title, String startsAt) {
        String endsAt = java.time.LocalDateTime.parse(startsAt).plusHours(2).toString();
        return tx.execute(s -> meetings.plan(bodyId, title, startsAt, endsAt, "Stadthaus Schwerin", null, null));
    }

    /**
     * Invites and holds the meeting with these partners present (null: every invitee) and decides its only vote
     * item with the counts ({@code yes} &lt; 0: everyone present votes yes). Returns how many were present.
     */
    public int holdAndDecide(Long meetingId, List<Partner> present, int yes, int no, int abstentions) {
        return tx.execute(s -> {
            Meeting m = meetings.meeting(meetingId);
            List<Partner> invited = meetings.invite(m);
            List<Long> ids = (present == null ? invited : present).stream().map(Partner::getId).toList();
            meetings.recordAttendance(m, ids, List.of());
            meetings.decide(m, List.of(new MeetingService.VoteInput(yes < 0 ? ids.size() : yes, no, abstentions)));
            return ids.size();
        });
    }
}
