package de.netzwerke.governance.protocol;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.meeting.AgendaItemDecided;
import de.netzwerke.governance.meeting.MeetingRecords;
import de.netzwerke.governance.notification.Mail;
import de.netzwerke.governance.notification.NetworkMail;
import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.NotFoundException;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.SignedLinks;

/**
 * The register side of T-5 (issue 11): one procedure per meeting's protocol, the recipients of every version
 * (SR-6), every objection with its reason and handling. Every way an objection comes in — the personal link,
 * the message, the convener in Tasklist — is checked here by {@link #object}; the period is {@link ObjectionPeriod}
 * by the engine's clock.
 */
@Service
@Transactional
public class ProtocolObjections {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'");

    /** What a sending did. */
    public record Sending(int recipients, Instant sentAt, Instant periodEnds) {
    }

    private final ProtocolProcedureRepository procedures;
    private final ProtocolRecipientRepository recipients;
    private final ObjectionRepository objections;
    private final MeetingRecords records;
    private final PartnerRepository partners;
    private final Bodies bodies;
    private final NetworkMail mail;
    private final SignedLinks links;
    private final Today today;
    private final String baseUrl;

    public ProtocolObjections(ProtocolProcedureRepository procedures, ProtocolRecipientRepository recipients,
                              ObjectionRepository objections, MeetingRecords records, PartnerRepository partners,
                              Bodies bodies, NetworkMail mail, SignedLinks links, Today today,
                              @Value("${governance.public-url:http://localhost:8080}") String baseUrl) {
        this.procedures = procedures;
        this.recipients = recipients;
        this.objections = objections;
        this.records = records;
        this.partners = partners;
        this.bodies = bodies;
        this.mail = mail;
        this.links = links;
        this.today = today;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The network's T-5 period ({@code protocol.objection-period}). */
    @Transactional(readOnly = true)
    public ObjectionPeriod period(String networkId) {
        return new ObjectionPeriod(bodies.profile(networkId).getProtocol().getObjectionPeriod(), Today.ZONE);
    }

    // --- opening and reading

    /**
     * Opens the procedure for the newest protocol version of a meeting. Refused: no meeting, no protocol yet, a
     * protocol id that is not the newest version, a meeting whose protocol already has a procedure.
     */
    public ProtocolProcedure open(String processInstanceId, Long meetingId, Long protocolId) {
        if (meetingId == null) {
            throw new RuleViolation("Bitte die Sitzung angeben, deren Protokoll versandt werden soll (meetingId).");
        }
        MeetingRecords.MeetingSummary meeting;
        try {
            meeting = records.meeting(meetingId);
        } catch (NotFoundException e) {
            throw new RuleViolation("Es gibt keine Sitzung mit der Nummer " + meetingId + ".");
        }
        MeetingRecords.ProtocolVersion latest = records.latestProtocol(meetingId).orElseThrow(() -> new RuleViolation(
                "Zu „" + meeting.title() + "“ (" + meeting.subject() + ") ist noch kein Protokoll geschrieben."));
        if (protocolId != null && !protocolId.equals(latest.protocolId())) {
            throw new RuleViolation("Das Protokoll Nr. " + protocolId + " ist nicht die neueste Fassung des Protokolls dieser Sitzung.");
        }
        if (procedures.findByMeetingId(meetingId).isPresent()) {
            throw new RuleViolation("Das Protokoll von „" + meeting.title() + "“ (" + meeting.subject()
                    + ") ist bereits versandt; sein Einspruchsverfahren läuft oder ist abgeschlossen.");
        }
        return procedures.save(new ProtocolProcedure(meetingId, meeting.networkId(), meeting.bodyId(), processInstanceId,
                latest.protocolId(), latest.version(), today.now()));
    }

    @Transactional(readOnly = true)
    public ProtocolProcedure forInstance(String processInstanceId) {
        return procedures.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new NotFoundException("Kein Einspruchsverfahren zum Vorgang " + processInstanceId));
    }

    @Transactional(readOnly = true)
    public MeetingRecords.MeetingSummary meeting(ProtocolProcedure p) {
        return records.meeting(p.getMeetingId());
    }

    @Transactional(readOnly = true)
    public List<ProtocolProcedure> ofNetwork(String networkId) {
        return procedures.findByNetworkIdOrderByIdDesc(networkId);
    }

    /** „Protokoll: Tagung am 12.03.2027 („Frühjahrstagung“)“ — no genitive, which differs per kind of meeting. */
    @Transactional(readOnly = true)
    public String subject(ProtocolProcedure p) {
        MeetingRecords.MeetingSummary m = meeting(p);
        return "Protokoll: " + m.subject() + " („" + m.title() + "“)";
    }

    // --- sending (SR-6, T-4)

    /**
     * SR-6, T-4, T-5: the current version goes by e-mail (text and PDF) to every active partner of the network with
     * an address, each with a personal objection link; the sending moment starts the period.
     */
    public Sending send(ProtocolProcedure p) {
        MeetingRecords.MeetingSummary m = meeting(p);
        MeetingRecords.ProtocolDocument doc = records.document(p.getProtocolId());
        Instant now = today.now();
        ObjectionPeriod period = period(p.getNetworkId());
        Instant end = period.end(now);
        LocalDate lastDay = period.lastDay(now);
        List<Partner> to = partners.distributionList(p.getNetworkId());
        String subject = (doc.version() > 1 ? "Geändertes Ergebnisprotokoll (Fassung " + doc.version() + "): "
                : "Ergebnisprotokoll: ") + m.subject() + " – " + m.title();
        Mail.Attachment pdf = new Mail.Attachment("protokoll-" + m.meetingId() + "-fassung-" + doc.version() + ".pdf",
                "application/pdf", doc.pdf());
        for (Partner partner : to) {
            if (recipients.findByProtocolIdAndPartnerId(doc.protocolId(), partner.getId()).isEmpty()) {
                recipients.save(new ProtocolRecipient(doc.protocolId(), partner.getId(), now));
            }
            String token = links.sign(ProtocolVariables.LINK_PURPOSE, partner.getId() + "-" + doc.protocolId(),
                    Duration.between(now, end), now);
            mail.send(p.getNetworkId(), List.of(new Mail.Recipient(partner.getId(), partner.getEmail())), subject,
                    """
                    Guten Tag,

                    %s erhalten Sie das Ergebnisprotokoll: %s, „%s“ (%s)%s. Es steht unten im Text und liegt als PDF bei.%s

                    Das Protokoll gilt als bestätigt, wenn bis zum %s (vier Wochen nach dem Versand) kein Einspruch eingeht (T-5).
                    Wenn Sie Einspruch erheben möchten, öffnen Sie bitte Ihren persönlichen Link und geben Sie kurz den Grund an:

                    %s/einspruch/%s

                    Der Link gilt nur für Sie und nur für diese Fassung des Protokolls.

                    ----------------------------------------------------------------
                    %s
                    """.formatted(doc.version() > 1 ? "nach einem Einspruch" : "anbei", m.subject(), m.title(),
                            m.bodyName(), doc.version() > 1 ? ", geänderte Fassung " + doc.version() : "",
                            m.wholeNetwork() ? "\nDie Teilnehmendenliste ist Teil des Protokolls (T-4)." : "",
                            DAY.format(lastDay), baseUrl, token, doc.text()),
                    List.of(pdf));
        }
        p.sent(now, end);
        records.protocolSent(doc.protocolId(), now);
        return new Sending(to.size(), now, end);
    }

    // --- objections (T-5)

    /**
     * An objection, however it came in. Refused with a German reason and nothing stored: when the procedure takes
     * none (not sent yet, put to the next meeting, confirmed), for an older version, after the period, by someone
     * who did not receive this version, a second time by the same partner, or without a reason.
     *
     * @param linkProtocolId the version the personal link names (null: the current one)
     * @param recordedBy     the user who entered it (Tasklist, message), null for the personal link
     */
    public Objection object(ProtocolProcedure p, Long linkProtocolId, Long partnerId, String reason,
                            Objection.Channel channel, String recordedBy) {
        check(p, linkProtocolId, partnerId, reason);
        Objection objection = objections.saveAndFlush(new Objection(p.getId(), p.getProtocolId(), partnerId, reason.strip(),
                channel, today.now(), recordedBy));
        p.objected();
        return objection;
    }

    /** The checks of {@link #object}, without storing anything (the objection page asks before it sends). */
    @Transactional(readOnly = true)
    public void check(ProtocolProcedure p, Long linkProtocolId, Long partnerId, String reason) {
        if (linkProtocolId != null && !linkProtocolId.equals(p.getProtocolId())) {
            throw new RuleViolation("Dieser Link gehört zu einer früheren Fassung des Protokolls. Zur geänderten Fassung "
                    + "haben Sie eine neue E-Mail mit einem neuen Link erhalten.");
        }
        Instant now = today.now();
        ObjectionPeriod period = period(p.getNetworkId());
        if (p.getStatus() == ProcedureStatus.CONFIRMED || (p.getSentAt() != null && !period.accepts(p.getSentAt(), now))) {
            throw new RuleViolation("Die Einspruchsfrist für dieses Protokoll ist abgelaufen"
                    + (p.getSentAt() == null ? "" : " (letzter Tag: " + DAY.format(period.lastDay(p.getSentAt())) + ", vier Wochen nach dem Versand, T-5)")
                    + "; ein Einspruch ist nicht mehr möglich.");
        }
        if (p.getStatus() == ProcedureStatus.DISPUTED) {
            throw new RuleViolation("Über dieses Protokoll entscheidet die nächste Sitzung; bitte bringen Sie Ihren Einwand dort vor.");
        }
        if (p.getStatus() != ProcedureStatus.SENT && p.getStatus() != ProcedureStatus.OBJECTED) {
            throw new RuleViolation("Dieses Protokoll ist noch nicht versandt; ein Einspruch ist erst nach dem Versand möglich.");
        }
        if (partnerId == null) {
            throw new RuleViolation("Bitte angeben, wer Einspruch erhebt (Netzwerkpartner:in).");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("Bitte begründen Sie den Einspruch kurz.");
        }
        if (recipients.findByProtocolIdAndPartnerId(p.getProtocolId(), partnerId).isEmpty()) {
            throw new RuleViolation(partnerLabel(partnerId) + " hat dieses Protokoll nicht erhalten und kann daher keinen "
                    + "Einspruch erheben.");
        }
        if (objections.findByProtocolIdAndPartnerId(p.getProtocolId(), partnerId).isPresent()) {
            throw new RuleViolation("Zu dieser Fassung des Protokolls liegt von " + partnerLabel(partnerId)
                    + " bereits ein Einspruch vor.");
        }
    }

    /** The objections to the current version, as the convener's task shows them (with reasons). */
    @Transactional(readOnly = true)
    public List<Objection> currentObjections(ProtocolProcedure p) {
        return objections.findByProtocolIdOrderById(p.getProtocolId());
    }

    /** „1. Name (Organisation), 14.06.2027, 10:12 Uhr, über den persönlichen Link: reason“, one per paragraph. */
    @Transactional(readOnly = true)
    public String objectionsText(ProtocolProcedure p) {
        List<Objection> list = currentObjections(p);
        if (list.isEmpty()) {
            return "keine";
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Objection o = list.get(i);
            lines.add((i + 1) + ". " + partnerLabel(o.getPartnerId()) + ", " + DAY_TIME.format(o.getReceivedAt().atZone(Today.ZONE))
                    + ", " + o.getChannel().label() + ": " + o.getReason());
        }
        return String.join("\n\n", lines);
    }

    /** The current version's text. */
    @Transactional(readOnly = true)
    public String currentText(ProtocolProcedure p) {
        return records.document(p.getProtocolId()).text();
    }

    /** The recipients of the current version, as options of the convener's form. */
    @Transactional(readOnly = true)
    public List<Map<String, String>> recipientOptions(ProtocolProcedure p) {
        return recipients.findByProtocolIdOrderById(p.getProtocolId()).stream()
                .map(r -> Map.of("label", partnerLabel(r.getPartnerId()), "value", String.valueOf(r.getPartnerId())))
                .sorted((a, b) -> a.get("label").compareToIgnoreCase(b.get("label"))).collect(Collectors.toList());
    }

    private String partnerLabel(Long partnerId) {
        return bodies.findPartner(partnerId).map(pt -> pt.organisationName() == null ? pt.getName()
                : pt.getName() + " (" + pt.organisationName() + ")").orElse("Die Netzwerkpartner:in Nr. " + partnerId);
    }

    // --- handling (T-5)

    /** The convener amends: the next version with the new text; the objections to the old one are closed. */
    public MeetingRecords.ProtocolVersion amend(ProtocolProcedure p, String newText) {
        if (newText == null) {
            throw new RuleViolation("Bitte den geänderten Protokolltext eintragen; er wird als neue Fassung an alle versandt.");
        }
        MeetingRecords.ProtocolVersion next = records.amendProtocol(p.getProtocolId(), newText);
        Instant now = today.now();
        objections.findByProcedureIdAndStatusOrderById(p.getId(), Objection.Status.OPEN)
                .forEach(o -> o.close("Protokoll geändert: Fassung " + next.version(), now));
        p.amended(next.protocolId(), next.version());
        return next;
    }

    /**
     * The convener puts the protocol to the body's next meeting: it is disputed, and the decision item
     * „Genehmigung des Protokolls vom …“ is on that meeting's agenda.
     */
    public MeetingRecords.PlacedItem putToNextMeeting(ProtocolProcedure p) {
        MeetingRecords.PlacedItem item = records.putOnNextAgenda(p.getMeetingId(), approvalTitle(p));
        p.disputed(item.agendaItemId(), item.meetingId());
        records.protocolDisputed(p.getProtocolId());
        objections.findByProcedureIdAndStatusOrderById(p.getId(), Objection.Status.OPEN)
                .forEach(o -> o.handled("Der nächsten Sitzung vorgelegt: " + item.meetingSubject()));
        return item;
    }

    private String approvalTitle(ProtocolProcedure p) {
        MeetingRecords.MeetingSummary m = meeting(p);
        return "Genehmigung des Protokolls vom " + DAY.format(m.startsAt().atZone(Today.ZONE)) + " („" + m.title()
                + "“, Fassung " + p.getVersion() + ")";
    }

    /**
     * T-5: the meeting that was to approve a disputed protocol is cancelled: the approval goes on the agenda of the
     * body's next planned meeting; while none is planned, it waits for the next one the body plans.
     */
    public void approvalMeetingCancelled(Long meetingId) {
        for (ProtocolProcedure p : procedures.findByApprovalMeetingIdAndStatus(meetingId, ProcedureStatus.DISPUTED)) {
            if (p.getApprovalCarried() == null) {
                records.putOnNextAgendaIfPlanned(p.getMeetingId(), approvalTitle(p))
                        .ifPresentOrElse(item -> p.disputed(item.agendaItemId(), item.meetingId()), p::awaitingNextMeeting);
            }
        }
    }

    /** T-5: the body planned a meeting: approvals waiting for one go on its agenda. */
    public void meetingPlanned(Long bodyId) {
        for (ProtocolProcedure p : procedures.findByBodyIdAndStatusAndApprovalItemIdIsNull(bodyId, ProcedureStatus.DISPUTED)) {
            records.putOnNextAgendaIfPlanned(p.getMeetingId(), approvalTitle(p))
                    .ifPresent(item -> p.disputed(item.agendaItemId(), item.meetingId()));
        }
    }

    /** A meeting voted on an agenda item: when it is a protocol's approval, the procedure it belongs to. */
    public Optional<ProtocolProcedure> approvalDecided(AgendaItemDecided decided) {
        Optional<ProtocolProcedure> p = procedures.findByApprovalItemId(decided.agendaItemId())
                .filter(x -> x.getStatus() == ProcedureStatus.DISPUTED);
        p.ifPresent(x -> x.approvalDecided(decided.carried()));
        return p;
    }

    /** How the next meeting decided; refused while it has not voted. Carried: the objections are closed. */
    public boolean approval(ProtocolProcedure p) {
        if (p.getStatus() != ProcedureStatus.DISPUTED || p.getApprovalCarried() == null) {
            throw new RuleViolation("Die nächste Sitzung hat über die Genehmigung dieses Protokolls noch nicht abgestimmt.");
        }
        if (p.getApprovalCarried()) {
            Instant now = today.now();
            objections.findByProcedureIdAndStatusOrderById(p.getId(), Objection.Status.OPEN)
                    .forEach(o -> o.close("Protokoll durch Beschluss der nächsten Sitzung genehmigt", now));
        }
        return p.getApprovalCarried();
    }

    /** T-5: confirmed (silence until the period's end, or approved by the next meeting). */
    public Instant confirm(ProtocolProcedure p) {
        Instant now = today.now();
        p.confirmed(now);
        records.protocolConfirmed(p.getProtocolId());
        return now;
    }

    // --- the personal link

    /** A link's claim: partner and protocol version ({@code <partnerId>-<protocolId>}). */
    public record LinkSubject(Long partnerId, Long protocolId) {
        static Optional<LinkSubject> parse(String subject) {
            String[] parts = subject.split("-", -1);
            try {
                return parts.length == 2 ? Optional.of(new LinkSubject(Long.valueOf(parts[0]), Long.valueOf(parts[1])))
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** The link's partner and version when the token is genuine, of this purpose and not expired. */
    @Transactional(readOnly = true)
    public Optional<LinkSubject> verify(String token) {
        return links.verify(token, ProtocolVariables.LINK_PURPOSE, today.now()).flatMap(c -> LinkSubject.parse(c.subject()));
    }

    /** The procedure a version belongs to (the page: it may be an old version). */
    @Transactional(readOnly = true)
    public Optional<ProtocolProcedure> procedureOfVersion(Long protocolId) {
        try {
            return procedures.findByMeetingId(records.document(protocolId).meetingId());
        } catch (RuleViolation e) {
            return Optional.empty();
        }
    }

    /** The page's greeting: the partner's name. */
    @Transactional(readOnly = true)
    public String partnerName(Long partnerId) {
        return bodies.findPartner(partnerId).map(Partner::getName).orElse("");
    }
}
