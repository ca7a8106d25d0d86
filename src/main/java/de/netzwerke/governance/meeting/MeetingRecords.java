package de.netzwerke.governance.meeting;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.process.ProcessContract;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;

/**
 * What other capabilities read of meetings (their contract): M-2's attendance over a window, and a meeting's
 * protocol versions with their sending times for T-5 (ProtocolObjection starts with {@code protocolId} and
 * {@code meetingId} from Meeting's call activity). ProtocolObjection also writes through here what T-5 changes
 * of a meeting: the sending and confirmation of a version, an amended version, and the approval item on the
 * agenda of the body's next meeting (its outcome comes back as {@link AgendaItemDecided}).
 */
@ProcessContract
@Service
@Transactional(readOnly = true)
public class MeetingRecords {

    /**
     * One partner over the meetings held (not cancelled) that started in the window.
     *
     * @param invited   meetings the partner was invited to (an attendance row: by e-mail, or listed after the fact)
     * @param present   attended
     * @param excused   excused (by message or by the convener)
     * @param unexcused absent without excuse
     */
    @ProcessContract
    public record PartnerAttendance(Long partnerId, int invited, int present, int excused, int unexcused) {
    }

    /** A version of a result protocol. */
    @ProcessContract
    public record ProtocolVersion(Long protocolId, Long meetingId, int version, String status, Instant writtenAt,
                                  Instant sentAt) {
    }

    /**
     * What T-5 needs to know of a meeting.
     *
     * @param subject       „Tagung am 12.03.2027“
     * @param wholeNetwork  every active partner was invited (Tagung, Netzwerktreffen, public event: T-4 sends the
     *                      participant list along)
     */
    @ProcessContract
    public record MeetingSummary(Long meetingId, String networkId, Long bodyId, String bodyName, String title,
                                 String subject, Instant startsAt, boolean wholeNetwork, String state) {
    }

    /** A protocol version's content: text and PDF. */
    @ProcessContract
    public record ProtocolDocument(Long protocolId, Long meetingId, int version, String text, byte[] pdf) {
    }

    /**
     * An item another capability put on a meeting's agenda: T-5's „Genehmigung des Protokolls vom …“, G-1's rules
     * change at a Tagung, SR-7's funding statement at the Sprecher:innenrat.
     */
    @ProcessContract
    public record PlacedItem(Long agendaItemId, Long meetingId, String meetingSubject, Instant startsAt) {
    }

    /** How a meeting voted on an agenda item; {@code carried} is null while it has not voted. */
    @ProcessContract
    public record ItemOutcome(Long agendaItemId, Long meetingId, Integer present, Integer yes, Integer no,
                              Integer abstentions, Boolean carried) {
    }

    private final AttendanceRepository attendance;
    private final ProtocolRepository protocols;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final MeetingService service;
    private final Today today;

    public MeetingRecords(AttendanceRepository attendance, ProtocolRepository protocols, MeetingRepository meetings,
                          AgendaItemRepository items, MeetingService service, Today today) {
        this.attendance = attendance;
        this.protocols = protocols;
        this.meetings = meetings;
        this.items = items;
        this.service = service;
        this.today = today;
    }

    /** M-2: per partner of the network, attendance at meetings that started in [from, to). */
    public List<PartnerAttendance> attendance(String networkId, Instant from, Instant to) {
        return attendance.attendanceSummary(networkId, from, to).stream().map(r -> new PartnerAttendance((Long) r[0],
                ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue())).toList();
    }

    /** T-5: the protocol versions of a meeting, oldest first. */
    public List<ProtocolVersion> protocolVersions(Long meetingId) {
        return protocols.findByMeetingIdOrderByVersion(meetingId).stream().map(p -> new ProtocolVersion(p.getId(),
                p.getMeetingId(), p.getVersion(), p.getStatus().name(), p.getWrittenAt(), p.getSentAt())).toList();
    }

    /** T-5: the meeting a protocol belongs to. */
    public MeetingSummary meeting(Long meetingId) {
        Meeting m = service.meeting(meetingId);
        return new MeetingSummary(m.getId(), m.getNetworkId(), m.getBodyId(), service.body(m).getName(), m.getTitle(),
                MeetingService.subject(m), m.getStartsAt(), m.getKind().wholeNetworkInvited(), m.getState().name());
    }

    /** T-5: the newest protocol version of a meeting, if one is written. */
    public Optional<ProtocolVersion> latestProtocol(Long meetingId) {
        List<ProtocolVersion> all = protocolVersions(meetingId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** T-5, T-4: a version's text and PDF, for the e-mail to every partner. */
    public ProtocolDocument document(Long protocolId) {
        Protocol p = protocol(protocolId);
        return new ProtocolDocument(p.getId(), p.getMeetingId(), p.getVersion(), p.getText(), p.getPdf());
    }

    /** SR-6, T-5: the version went out by e-mail; the sending moment starts its objection period. */
    @Transactional
    public void protocolSent(Long protocolId, Instant at) {
        Protocol p = protocol(protocolId);
        p.sent(at);
        service.meeting(p.getMeetingId()).protocolSent();
    }

    /** T-5: the version is confirmed (no objection in the period, or approved by the next meeting). */
    @Transactional
    public void protocolConfirmed(Long protocolId) {
        Protocol p = protocol(protocolId);
        p.confirmed();
        service.meeting(p.getMeetingId()).protocolConfirmed();
    }

    /** T-5: an objection was put to the body's next meeting. */
    @Transactional
    public void protocolDisputed(Long protocolId) {
        service.meeting(protocol(protocolId).getMeetingId()).protocolDisputed();
    }

    /** T-5: the convener amends the protocol: the next version with the new text (and PDF); the old one is superseded. */
    @Transactional
    public ProtocolVersion amendProtocol(Long protocolId, String convenerText) {
        Protocol p = service.amendProtocol(protocol(protocolId), convenerText);
        return new ProtocolVersion(p.getId(), p.getMeetingId(), p.getVersion(), p.getStatus().name(), p.getWrittenAt(),
                p.getSentAt());
    }

    /**
     * T-5: a decision item on the agenda of the body's next meeting (planned or invited, not yet begun, not
     * cancelled). Without one, refused: the convener plans the next meeting first.
     */
    @Transactional
    public PlacedItem putOnNextAgenda(Long meetingId, String title) {
        Meeting disputed = service.meeting(meetingId);
        return putOnNextAgendaIfPlanned(meetingId, title).orElseThrow(() -> new RuleViolation("Für „"
                + service.body(disputed).getName() + "“ ist noch keine nächste Sitzung geplant. Bitte planen Sie zuerst "
                + "die nächste Sitzung; dann kann die Genehmigung des Protokolls auf ihre Tagesordnung."));
    }

    /** The same as {@link #putOnNextAgenda}, empty (nothing changed) while no next meeting of the body is planned. */
    @Transactional
    public Optional<PlacedItem> putOnNextAgendaIfPlanned(Long meetingId, String title) {
        Meeting disputed = service.meeting(meetingId);
        return meetings.findByBodyIdAndStartsAtGreaterThanEqualAndStartsAtLessThan(disputed.getBodyId(), today.now(),
                        Instant.parse("9999-12-31T00:00:00Z")).stream()
                .filter(m -> !m.getId().equals(meetingId))
                .filter(MeetingRecords::stillOpen)
                .min(Comparator.comparing(Meeting::getStartsAt))
                .map(next -> append(next, title, AgendaItemKind.DECISION));
    }

    /**
     * G-1: a rules-change item (two thirds of the partners present) on the agenda of the network's next plenary
     * meeting — a Tagung, in Sachsen-Anhalt a Netzwerktreffen — that is planned or invited, not yet begun, not
     * cancelled. Without one, refused: the coordination plans the Tagung first or lets all partners vote digitally.
     */
    @Transactional
    public PlacedItem putOnNextTagung(String networkId, String title) {
        Instant now = today.now();
        Meeting next = meetings.findByNetworkIdOrderByStartsAtDesc(networkId).stream()
                .filter(m -> m.getKind() == MeetingKind.TAGUNG || m.getKind() == MeetingKind.NETWORK_MEETING)
                .filter(MeetingRecords::stillOpen)
                .filter(m -> !m.getStartsAt().isBefore(now))
                .min(Comparator.comparing(Meeting::getStartsAt))
                .orElseThrow(() -> new RuleViolation("Für dieses Netzwerk ist keine kommende Tagung geplant. Bitte "
                        + "planen Sie zuerst die Tagung, oder lassen Sie alle Netzwerkpartner:innen digital abstimmen."));
        return append(next, title, AgendaItemKind.RULES_CHANGE);
    }

    /**
     * SR-3, SR-7: a decision item on the agenda of the body's next meeting that is planned or invited and starts
     * before {@code before} (e.g. the funder's deadline). Without one, refused.
     */
    @Transactional
    public PlacedItem putOnNextMeetingBefore(Long bodyId, Instant before, String title) {
        Meeting next = meetings.findByBodyIdAndStartsAtGreaterThanEqualAndStartsAtLessThan(bodyId, today.now(), before)
                .stream()
                .filter(MeetingRecords::stillOpen)
                .min(Comparator.comparing(Meeting::getStartsAt))
                .orElseThrow(() -> new RuleViolation("Vor dem " + MeetingService.DAY.format(before.atZone(Today.ZONE))
                        + " ist keine Sitzung von „" + service.bodyName(bodyId) + "“ geplant. Bitte planen Sie zuerst "
                        + "eine Sitzung, oder lassen Sie digital abstimmen."));
        return append(next, title, AgendaItemKind.DECISION);
    }

    /** Planned or invited: its agenda can still take an item. */
    private static boolean stillOpen(Meeting m) {
        return m.getState() == MeetingState.PLANNED || m.getState() == MeetingState.INVITED;
    }

    /** The item as the last of the meeting's agenda. */
    private PlacedItem append(Meeting meeting, String title, AgendaItemKind kind) {
        int position = items.findByMeetingIdOrderByPosition(meeting.getId()).stream().mapToInt(AgendaItem::getPosition)
                .max().orElse(0) + 1;
        AgendaItem item = items.save(new AgendaItem(meeting.getId(), position, title, kind, AgendaItem.AddedIn.PREPARE));
        return new PlacedItem(item.getId(), meeting.getId(), MeetingService.subject(meeting), meeting.getStartsAt());
    }

    /** How the meeting voted on an item (empty: no such item). */
    public Optional<ItemOutcome> outcome(Long agendaItemId) {
        return items.findById(agendaItemId).map(i -> new ItemOutcome(i.getId(), i.getMeetingId(), i.getPresent(),
                i.getYes(), i.getNo(), i.getAbstentions(),
                i.getOutcome() == null ? null : i.getOutcome() == AgendaItem.Outcome.CARRIED));
    }

    private Protocol protocol(Long protocolId) {
        return protocols.findById(protocolId).orElseThrow(() -> new RuleViolation("Kein Protokoll mit der Nummer "
                + protocolId + "."));
    }
}
