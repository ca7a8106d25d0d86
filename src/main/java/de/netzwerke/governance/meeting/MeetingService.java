package de.netzwerke.governance.meeting;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.BodyRights;
import de.netzwerke.governance.register.BodyStatus;
import de.netzwerke.governance.register.NotFoundException;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.RuleProfile;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.voting.InvalidVoteException;
import de.netzwerke.governance.voting.MajorityRule;
import de.netzwerke.governance.voting.VoteCount;

/**
 * Meetings in the register (issue 10): planning, agenda, invitations and attendance per invitee, decisions
 * counted by {@link MajorityRule}, the result protocol. Everything a meeting process does to its meeting goes
 * through here; the meeting is always the one the register holds for the process instance.
 */
@Service
@Transactional
public class MeetingService {

    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** One agenda row as entered. */
    public record ItemInput(String title, String kind) {
    }

    /** One vote as entered (row i = the i-th vote item of the agenda). */
    public record VoteInput(Integer yes, Integer no, Integer abstentions) {
    }

    /** Attendance counts after recording. */
    public record AttendanceCounts(int invited, int present, int excused, int unexcused) {
    }

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AttendanceRepository attendance;
    private final ProtocolRepository protocols;
    private final Bodies bodies;
    private final BodyRepository bodyRepository;
    private final Today today;
    private final ApplicationEventPublisher events;

    public MeetingService(MeetingRepository meetings, AgendaItemRepository items, AttendanceRepository attendance,
                          ProtocolRepository protocols, Bodies bodies, BodyRepository bodyRepository, Today today,
                          ApplicationEventPublisher events) {
        this.events = events;
        this.meetings = meetings;
        this.items = items;
        this.attendance = attendance;
        this.protocols = protocols;
        this.bodies = bodies;
        this.bodyRepository = bodyRepository;
        this.today = today;
    }

    // --- planning

    /** The kind of meeting a body holds, from its network's rule profile; none: refused. */
    @Transactional(readOnly = true)
    public Optional<MeetingKind> kindOf(Body body) {
        String kind = bodies.profile(body.getNetworkId()).getMeetings().getKinds().get(body.getKind());
        return kind == null || kind.isBlank() ? Optional.empty() : Optional.of(MeetingKind.valueOf(kind));
    }

    /**
     * Plans a meeting. Refused: a body that holds no meetings, a person who may not convene it (the network's
     * coordination convenes every meeting; a working table, the Sprecher:innenrat and the Steuerungsgruppe also
     * their own), times that are no date and time or end before they start, a missing title or place.
     *
     * @param callerGroups the person's groups; null: the system plans
     */
    public Meeting plan(Long bodyId, String title, String startsAt, String endsAt, String location,
                        String processInstanceId, Collection<String> callerGroups) {
        Body body = bodies.body(bodyId);
        MeetingKind kind = kindOf(body).orElseThrow(() -> new RuleViolation("„" + body.getName()
                + "“ hält keine Sitzungen, die hier geplant werden."));
        if (body.getStatus() != BodyStatus.ACTIVE) {
            throw new RuleViolation("„" + body.getName() + "“ besteht nicht mehr.");
        }
        String coordination = bodies.coordinationGroup(body.getNetworkId());
        if (callerGroups != null && !BodyRights.mayManage(kind.convenedByBody() ? body.getGroupId() : null,
                coordination, callerGroups)) {
            throw new RuleViolation("Eine " + kind.label() + " von „" + body.getName() + "“ beruft "
                    + (kind.convenedByBody() ? "das Gremium selbst oder " : "") + "die "
                    + bodies.profile(body.getNetworkId()).getCoordination().getName() + " ein.");
        }
        if (title == null) {
            throw new RuleViolation("Bitte einen Titel angeben.");
        }
        if (location == null) {
            throw new RuleViolation("Bitte den Ort oder den Link der Sitzung angeben.");
        }
        Instant start = instant(startsAt, "Beginn");
        Instant end = instant(endsAt, "Ende");
        if (!end.isAfter(start)) {
            throw new RuleViolation("Das Ende muss nach dem Beginn liegen.");
        }
        if (end.isAfter(start.plus(java.time.Duration.ofDays(3)))) {
            throw new RuleViolation("Eine Sitzung dauert höchstens drei Tage; bitte Beginn und Ende prüfen.");
        }
        boolean past = start.isBefore(today.now());
        Meeting planned = meetings.save(new Meeting(body.getNetworkId(), body.getId(), kind, title, start, end, location,
                past, processInstanceId, today.now()));
        events.publishEvent(new MeetingPlanned(planned.getId(), body.getId()));
        return planned;
    }

    /** "2027-03-12T10:00" in the networks' time zone, or with an offset; refused in German otherwise. */
    static Instant instant(String text, String label) {
        if (text == null) {
            throw new RuleViolation("Bitte „" + label + "“ angeben (Datum und Uhrzeit).");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException offsetMissing) {
            try {
                String t = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
                LocalDateTime local = LocalDateTime.parse(t);
                return text.endsWith("Z") ? local.toInstant(java.time.ZoneOffset.UTC) : local.atZone(Today.ZONE).toInstant();
            } catch (DateTimeException e) {
                throw new RuleViolation("„" + label + "“ ist kein Datum mit Uhrzeit (z. B. 2027-03-12T10:00).");
            }
        }
    }

    /** The body's frequency rule (T-1, SR-4, AT-1, W-2, W-3) from the network's profile. */
    @Transactional(readOnly = true)
    public MeetingFrequency.Rule frequencyRule(Body body, MeetingKind kind) {
        RuleProfile.Meetings m = bodies.profile(body.getNetworkId()).getMeetings();
        return switch (kind) {
            case TAGUNG -> new MeetingFrequency.Rule("T-1", kind.label(), m.getPlenaryMinPerYear(), m.getPlenaryMaxPerYear(), false, m.getPlanningLead());
            case SPEAKERS_COUNCIL_MEETING -> new MeetingFrequency.Rule("SR-4", kind.label(), m.getSpeakersCouncilMinPerYear(), 0, false, m.getPlanningLead());
            case WORKING_TABLE_MEETING -> new MeetingFrequency.Rule("AT-1", kind.label(), m.getWorkingTableMinPerYear(), 0, false, m.getPlanningLead());
            case NETWORK_MEETING -> new MeetingFrequency.Rule("W-3", kind.label(), m.getNetworkMeetingsPerYear(), 0,
                    m.getNetworkMeetingsPerYear() >= 4, m.getPlanningLead());
            case PUBLIC_EVENT -> new MeetingFrequency.Rule("W-2", kind.label(), m.getPublicEventsMinPerYear(), 0, false, m.getPlanningLead());
            case STEERING_GROUP_MEETING -> new MeetingFrequency.Rule("W-5", kind.label(), 0, 0, false, m.getPlanningLead());
        };
    }

    /** The body's meetings of a year as the frequency rule counts them (other than {@code except}). */
    @Transactional(readOnly = true)
    public List<MeetingFrequency.Dated> datedMeetings(Long bodyId, int year, Long except) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(Today.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(Today.ZONE).toInstant();
        return dated(meetings.findByBodyIdAndStartsAtGreaterThanEqualAndStartsAtLessThan(bodyId, from, to).stream()
                .filter(m -> !m.getId().equals(except)));
    }

    private static List<MeetingFrequency.Dated> dated(java.util.stream.Stream<Meeting> meetings) {
        return meetings.map(m -> new MeetingFrequency.Dated(day(m), m.isCancelled())).toList();
    }

    /** T-1: the warning the planning task shows when the year already has the rule's maximum. */
    @Transactional(readOnly = true)
    public Optional<String> planningWarning(Meeting meeting) {
        Body body = body(meeting);
        LocalDate day = day(meeting);
        return MeetingFrequency.planningWarning(frequencyRule(body, meeting.getKind()), day,
                datedMeetings(body.getId(), day.getYear(), meeting.getId()));
    }

    /** Where a body stands against its frequency rule on a day (MeetingFrequencyCheck). */
    @Transactional(readOnly = true)
    public Optional<MeetingFrequency.Status> frequency(Body body, LocalDate on) {
        return kindOf(body).map(kind -> MeetingFrequency.check(frequencyRule(body, kind), on.getYear(), on,
                datedMeetings(body.getId(), on.getYear(), null)));
    }

    /**
     * The same from the body's meetings already read (the Übersicht reads all meetings of a network in one query
     * instead of one query per body, issue 15).
     */
    public Optional<MeetingFrequency.Status> frequency(Body body, LocalDate on, List<Meeting> bodysMeetings) {
        return kindOf(body).map(kind -> MeetingFrequency.check(frequencyRule(body, kind), on.getYear(), on,
                dated(bodysMeetings.stream().filter(m -> day(m).getYear() == on.getYear()))));
    }

    /** The active bodies of every network that hold meetings with a frequency rule. */
    @Transactional(readOnly = true)
    public List<Body> bodiesWithMeetings() {
        return bodyRepository.findAll().stream().filter(b -> b.getStatus() == BodyStatus.ACTIVE)
                .filter(b -> kindOf(b).isPresent()).sorted(java.util.Comparator.comparing(Body::getId)).toList();
    }

    // --- reading

    @Transactional(readOnly = true)
    public Meeting forInstance(String processInstanceId) {
        return meetings.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new NotFoundException("Keine Sitzung zum Vorgang " + processInstanceId));
    }

    @Transactional(readOnly = true)
    public Meeting meeting(Long meetingId) {
        return meetings.findById(meetingId)
                .orElseThrow(() -> new NotFoundException("Keine Sitzung mit der Nummer " + meetingId));
    }

    @Transactional(readOnly = true)
    public String bodyName(Long bodyId) {
        return bodies.body(bodyId).getName();
    }

    @Transactional(readOnly = true)
    public Body body(Meeting meeting) {
        return bodies.body(meeting.getBodyId());
    }

    @Transactional(readOnly = true)
    public List<Meeting> ofNetwork(String networkId) {
        return meetings.findByNetworkIdOrderByStartsAtDesc(networkId);
    }

    /** The meeting's day in the networks' time zone. */
    public static LocalDate day(Meeting meeting) {
        return meeting.getStartsAt().atZone(Today.ZONE).toLocalDate();
    }

    /** „Tagung am 12.03.2027“. */
    public static String subject(Meeting meeting) {
        return meeting.getKind().label() + " am " + DAY.format(meeting.getStartsAt().atZone(Today.ZONE));
    }

    /** „12.03.2027, 10:00 Uhr bis 16:00 Uhr“. */
    public static String when(Meeting meeting) {
        ZonedDateTime start = meeting.getStartsAt().atZone(Today.ZONE);
        ZonedDateTime end = meeting.getEndsAt().atZone(Today.ZONE);
        return DAY_TIME.format(start) + " bis " + (start.toLocalDate().equals(end.toLocalDate())
                ? DateTimeFormatter.ofPattern("HH:mm 'Uhr'").format(end) : DAY_TIME.format(end));
    }

    /** How long before the start the reminder goes out (profile {@code meetings.reminder-before}). */
    public java.time.Period reminderBefore(Meeting meeting) {
        return bodies.profile(meeting.getNetworkId()).getMeetings().getReminderBefore();
    }

    /** The co-preparation's due date: {@code meetings.invitation-notice} before the start, at the latest now. */
    public Instant coPreparationDue(Meeting meeting) {
        Instant due = meeting.getStartsAt().atZone(Today.ZONE)
                .minus(bodies.profile(meeting.getNetworkId()).getMeetings().getInvitationNotice()).toInstant();
        return due.isBefore(today.now()) ? today.now() : due;
    }

    /** The co-preparing body (T-2: the Sprecher:innenrat of a Tagung; W-5: the Steuerungsgruppe). */
    @Transactional(readOnly = true)
    public Optional<Body> coPreparingBody(Meeting meeting) {
        BodyKind kind = meeting.getKind().coPreparedBy();
        return kind == null ? Optional.empty() : bodyRepository.findFirstByNetworkIdAndKind(meeting.getNetworkId(), kind);
    }

    // --- agenda

    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(Meeting meeting) {
        return items.findByMeetingIdOrderByPosition(meeting.getId());
    }

    /**
     * Adds the entered rows to the agenda. A row needs a title and a kind; a rules change (G-1) is a matter for
     * the Tagung only. The convener's agenda needs at least one item; the co-preparing body may add none.
     */
    public List<AgendaItem> addAgendaItems(Meeting meeting, List<ItemInput> rows, AgendaItem.AddedIn addedIn) {
        requireOpen(meeting);
        List<AgendaItem> added = new ArrayList<>();
        int position = agenda(meeting).stream().mapToInt(AgendaItem::getPosition).max().orElse(0);
        for (int i = 0; i < rows.size(); i++) {
            ItemInput row = rows.get(i);
            if (row.title() == null && row.kind() == null) {
                continue;
            }
            if (row.title() == null) {
                throw new RuleViolation("Bitte für Zeile " + (i + 1) + " der Tagesordnung einen Titel angeben.");
            }
            if (row.kind() == null) {
                throw new RuleViolation("Bitte für „" + row.title() + "“ angeben, ob es eine Information, eine "
                        + "Aussprache, ein Beschluss oder eine Änderung der Geschäftsordnung ist.");
            }
            AgendaItemKind kind = AgendaItemKind.valueOf(row.kind());
            if (kind == AgendaItemKind.RULES_CHANGE && meeting.getKind() != MeetingKind.TAGUNG) {
                throw new RuleViolation("Eine Änderung der Geschäftsordnung beschließt nur die Tagung (G-1): „"
                        + row.title() + "“.");
            }
            added.add(new AgendaItem(meeting.getId(), ++position, row.title(), kind, addedIn));
        }
        if (addedIn == AgendaItem.AddedIn.PREPARE && added.isEmpty() && agenda(meeting).isEmpty()) {
            throw new RuleViolation("Bitte mindestens einen Tagesordnungspunkt eintragen.");
        }
        return items.saveAll(added);
    }

    /** „1. Begrüßung (Information)“, one per line. */
    @Transactional(readOnly = true)
    public String agendaText(Meeting meeting) {
        return agenda(meeting).stream().map(i -> i.getPosition() + ". " + i.getTitle() + " (" + i.getKind().label() + ")")
                .collect(Collectors.joining("\n"));
    }

    /** The items that are voted on, in agenda order: row i of the decisions form is the i-th. */
    @Transactional(readOnly = true)
    public List<AgendaItem> votes(Meeting meeting) {
        return agenda(meeting).stream().filter(i -> i.getKind().isVote()).toList();
    }

    // --- invitations and attendance

    /** Who is invited: every active partner for a Tagung, Netzwerktreffen or public event, else the body's members. */
    @Transactional(readOnly = true)
    public List<Partner> invitees(Meeting meeting) {
        return meeting.getKind().wholeNetworkInvited() ? meetings.activePartners(meeting.getNetworkId())
                : bodies.members(meeting.getBodyId());
    }

    /** The invitation goes out: one row per invitee with the time (M-2: invited at least once). */
    public List<Partner> invite(Meeting meeting) {
        requireOpen(meeting);
        Instant now = today.now();
        List<Partner> invitees = invitees(meeting);
        for (Partner p : invitees) {
            Attendance row = attendance.findByMeetingIdAndPartnerId(meeting.getId(), p.getId())
                    .orElseGet(() -> attendance.save(new Attendance(meeting.getId(), p.getId())));
            if (row.getInvitedAt() == null) {
                row.invited(now);
            }
        }
        meeting.invited(now);
        return invitees;
    }

    /** Recorded after the fact: the invitees are listed without an invitation time. */
    public List<Partner> listInviteesAfterTheFact(Meeting meeting) {
        List<Partner> invitees = invitees(meeting);
        for (Partner p : invitees) {
            if (attendance.findByMeetingIdAndPartnerId(meeting.getId(), p.getId()).isEmpty()) {
                attendance.save(new Attendance(meeting.getId(), p.getId()));
            }
        }
        return invitees;
    }

    /** The invitees still to be reminded: invited, not excused, still active partners. */
    public List<Partner> remind(Meeting meeting) {
        Instant now = today.now();
        Set<Long> active = invitees(meeting).stream().map(Partner::getId).collect(Collectors.toSet());
        List<Partner> reminded = new ArrayList<>();
        for (Attendance row : attendance.findByMeetingIdOrderById(meeting.getId())) {
            if (row.getInvitedAt() != null && row.getStatus() != AttendanceStatus.EXCUSED && active.contains(row.getPartnerId())) {
                row.reminded(now);
                reminded.add(bodies.partner(row.getPartnerId()));
            }
        }
        return reminded;
    }

    /** Before the meeting a partner is excused (message Msg_AbsenceExcused); only an invitee can be. */
    public void excuse(Meeting meeting, Long partnerId) {
        requireOpen(meeting);
        if (partnerId == null) {
            throw new RuleViolation("Bitte angeben, wer entschuldigt ist (partnerId).");
        }
        Optional<Attendance> row = attendance.findByMeetingIdAndPartnerId(meeting.getId(), partnerId);
        if (row.isEmpty()) {
            boolean invitee = invitees(meeting).stream().anyMatch(p -> p.getId().equals(partnerId));
            if (!invitee) {
                throw new RuleViolation("Die Netzwerkpartner:in Nr. " + partnerId + " ist zu dieser Sitzung nicht eingeladen.");
            }
            row = Optional.of(attendance.save(new Attendance(meeting.getId(), partnerId)));
        }
        row.get().excused(today.now());
    }

    @Transactional(readOnly = true)
    public List<Attendance> attendance(Meeting meeting) {
        return attendance.findByMeetingIdOrderById(meeting.getId());
    }

    /**
     * T-4: present, excused or unexcused for every invitee. Present: as ticked; excused: as ticked or excused
     * before by message; everybody else unexcused. Somebody not invited, or ticked both present and excused, is
     * refused.
     */
    public AttendanceCounts recordAttendance(Meeting meeting, List<Long> present, List<Long> excused) {
        List<Long> presentIds = present == null ? List.of() : present;
        List<Long> excusedIds = excused == null ? List.of() : excused;
        Map<Long, Attendance> rows = new LinkedHashMap<>();
        attendance(meeting).forEach(a -> rows.put(a.getPartnerId(), a));
        Set<Long> both = new HashSet<>(presentIds);
        both.retainAll(excusedIds);
        if (!both.isEmpty()) {
            throw new RuleViolation("Anwesend und entschuldigt zugleich geht nicht: " + names(both) + ".");
        }
        Set<Long> strangers = new HashSet<>(presentIds);
        strangers.addAll(excusedIds);
        strangers.removeAll(rows.keySet());
        if (!strangers.isEmpty()) {
            throw new RuleViolation("Nicht zu dieser Sitzung eingeladen: " + names(strangers) + ".");
        }
        int p = 0;
        int e = 0;
        int u = 0;
        for (Attendance row : rows.values()) {
            if (presentIds.contains(row.getPartnerId())) {
                row.record(AttendanceStatus.PRESENT);
                p++;
            } else if (excusedIds.contains(row.getPartnerId()) || row.getExcusedAt() != null) {
                row.record(AttendanceStatus.EXCUSED);
                e++;
            } else {
                row.record(AttendanceStatus.UNEXCUSED);
                u++;
            }
        }
        if (p == 0) {
            throw new RuleViolation("Bitte ankreuzen, wer anwesend war; ohne Anwesende gibt es keine Sitzung.");
        }
        meeting.held();
        return new AttendanceCounts(rows.size(), p, e, u);
    }

    private String names(Set<Long> partnerIds) {
        return partnerIds.stream().sorted().map(id -> bodies.findPartner(id).map(Partner::getName).orElse("Nr. " + id))
                .collect(Collectors.joining(", "));
    }

    @Transactional(readOnly = true)
    public int presentCount(Meeting meeting) {
        return (int) attendance(meeting).stream().filter(a -> a.getStatus() == AttendanceStatus.PRESENT).count();
    }

    // --- decisions

    /**
     * SR-7, T-3, G-1: each vote item's counts, decided by {@link MajorityRule}: a decision by simple majority of
     * those present (the network's majority base), a rules change by two thirds of the partners present. Counts
     * that cannot be (more votes than present, a row without a vote item, a missing row) are refused and change
     * nothing.
     */
    public List<AgendaItem> decide(Meeting meeting, List<VoteInput> rows) {
        List<AgendaItem> votes = votes(meeting);
        int present = presentCount(meeting);
        var base = bodies.profile(meeting.getNetworkId()).getMajorityBase();
        for (int i = votes.size(); i < rows.size(); i++) {
            VoteInput extra = rows.get(i);
            if (extra.yes() != null || extra.no() != null || extra.abstentions() != null) {
                throw new RuleViolation("Zeile " + (i + 1) + " gehört zu keiner Abstimmung der Tagesordnung.");
            }
        }
        for (int i = 0; i < votes.size(); i++) {
            AgendaItem item = votes.get(i);
            VoteInput row = i < rows.size() ? rows.get(i) : new VoteInput(null, null, null);
            if (row.yes() == null || row.no() == null) {
                throw new RuleViolation("Bitte für „" + item.getTitle() + "“ Ja- und Nein-Stimmen angeben.");
            }
            int abstentions = row.abstentions() == null ? 0 : row.abstentions();
            try {
                VoteCount count = new VoteCount(present, row.yes(), row.no(), abstentions).validate(present);
                boolean carried = item.getKind() == AgendaItemKind.RULES_CHANGE ? MajorityRule.twoThirds(count)
                        : MajorityRule.simpleMajority(base, count);
                item.decided(present, row.yes(), row.no(), abstentions,
                        carried ? AgendaItem.Outcome.CARRIED : AgendaItem.Outcome.REJECTED);
                events.publishEvent(new AgendaItemDecided(meeting.getId(), item.getId(), carried));
            } catch (InvalidVoteException e) {
                throw new RuleViolation("„" + item.getTitle() + "“: " + e.getMessage());
            }
        }
        return votes;
    }

    // --- protocol

    /** SR-6, T-4: the result protocol as the system fills it in: decisions with their counts, participant list. */
    @Transactional(readOnly = true)
    public String resultsText(Meeting meeting) {
        StringBuilder text = new StringBuilder();
        List<AgendaItem> decided = votes(meeting);
        text.append("Beschlüsse:\n");
        if (decided.isEmpty()) {
            text.append("keine\n");
        }
        for (AgendaItem i : decided) {
            text.append(i.getPosition()).append(". ").append(i.getTitle()).append(": ")
                    .append(i.getOutcome() == null ? "nicht abgestimmt" : i.getOutcome().label())
                    .append(i.getOutcome() == null ? "" : " (Ja " + i.getYes() + ", Nein " + i.getNo() + ", Enthaltungen "
                            + i.getAbstentions() + ", anwesend " + i.getPresent()
                            + (i.getKind() == AgendaItemKind.RULES_CHANGE ? "; Zweidrittelmehrheit, G-1" : "; einfache Mehrheit") + ")")
                    .append('\n');
        }
        text.append("\nTeilnehmende:\n");
        for (AttendanceStatus status : AttendanceStatus.values()) {
            List<String> names = attendance(meeting).stream().filter(a -> a.getStatus() == status)
                    .map(a -> bodies.findPartner(a.getPartnerId()).map(MeetingService::label).orElse("Nr. " + a.getPartnerId()))
                    .sorted().toList();
            text.append(status.label().substring(0, 1).toUpperCase()).append(status.label().substring(1))
                    .append(" (").append(names.size()).append("): ")
                    .append(names.isEmpty() ? "–" : String.join(", ", names)).append('\n');
        }
        return text.toString();
    }

    static String label(Partner p) {
        return p.organisationName() == null ? p.getName() : p.getName() + " (" + p.organisationName() + ")";
    }

    /**
     * Writes version 1 of the result protocol: the convener's text after the system's part (agenda, decisions,
     * participant list), as text and as PDF. Written once; a retry returns it.
     */
    public Protocol writeProtocol(Meeting meeting, String convenerText) {
        if (convenerText == null) {
            throw new RuleViolation("Bitte den Protokolltext eintragen.");
        }
        List<Protocol> existing = protocols.findByMeetingIdOrderByVersion(meeting.getId());
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Protocol protocol = protocols.save(compose(meeting, convenerText, 1));
        meeting.protocolWritten();
        return protocol;
    }

    /**
     * T-5: an amended protocol is the next version, with the same system part and the convener's new text; the
     * version it replaces is superseded.
     */
    public Protocol amendProtocol(Protocol previous, String convenerText) {
        if (convenerText == null) {
            throw new RuleViolation("Bitte den geänderten Protokolltext eintragen.");
        }
        Meeting meeting = meeting(previous.getMeetingId());
        int next = protocols.findByMeetingIdOrderByVersion(meeting.getId()).stream().mapToInt(Protocol::getVersion)
                .max().orElse(0) + 1;
        previous.superseded();
        Protocol protocol = protocols.save(compose(meeting, convenerText, next));
        meeting.protocolWritten();
        return protocol;
    }

    private Protocol compose(Meeting meeting, String convenerText, int version) {
        Body body = body(meeting);
        String header = "Ergebnisprotokoll: " + meeting.getTitle() + "\n" + subject(meeting) + " – " + body.getName()
                + "\n" + when(meeting) + ", " + meeting.getLocation() + "\n";
        String agenda = agendaText(meeting);
        String results = resultsText(meeting);
        String text = header + (version > 1 ? "Fassung " + version + "\n" : "") + "\nTagesordnung:\n" + agenda
                + "\n\n" + results + "\nProtokoll:\n" + convenerText + "\n";
        if (text.length() > 20000) {
            throw new RuleViolation("Das Protokoll ist zu lang (höchstens 20 000 Zeichen einschließlich Teilnehmendenliste).");
        }
        String xhtml = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"de\"><head><meta charset=\"UTF-8\"/>"
                + "<title>Ergebnisprotokoll</title><style>body{font-family:sans-serif;font-size:11pt} h1{font-size:16pt}"
                + " h2{font-size:12pt;margin-top:14pt}</style></head><body>"
                + "<h1>Ergebnisprotokoll: " + ProtocolPdf.escape(meeting.getTitle()) + "</h1>"
                + "<p>" + ProtocolPdf.escape(subject(meeting) + " – " + body.getName()) + "<br/>"
                + ProtocolPdf.escape(when(meeting) + ", " + meeting.getLocation()) + "</p>"
                + "<h2>Tagesordnung</h2><p>" + ProtocolPdf.escape(agenda) + "</p>"
                + "<h2>Beschlüsse und Teilnehmende</h2><p>" + ProtocolPdf.escape(results) + "</p>"
                + "<h2>Protokoll</h2><p>" + ProtocolPdf.escape(convenerText) + "</p>"
                + "<p>Version " + version + ", erstellt am " + DAY.format(today.now().atZone(Today.ZONE)) + "</p></body></html>";
        return new Protocol(meeting.getId(), version, text, ProtocolPdf.render(xhtml), today.now());
    }

    @Transactional(readOnly = true)
    public List<Protocol> protocols(Meeting meeting) {
        return protocols.findByMeetingIdOrderByVersion(meeting.getId());
    }

    // --- cancellation

    /** The meeting is cancelled; returns who was invited (they get the cancellation). */
    public List<Partner> cancel(Meeting meeting) {
        requireOpen(meeting);
        meeting.cancel(today.now());
        events.publishEvent(new MeetingCancelled(meeting.getId()));
        return attendance(meeting).stream().filter(a -> a.getInvitedAt() != null)
                .map(a -> bodies.findPartner(a.getPartnerId())).flatMap(Optional::stream)
                .filter(Partner::isActive).toList();
    }

    private static void requireOpen(Meeting meeting) {
        if (meeting.isCancelled()) {
            throw new RuleViolation("Diese Sitzung ist abgesagt.");
        }
    }
}
