package de.netzwerke.governance.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.election.ElectionStart;
import de.netzwerke.governance.membership.AbsenceReview.Attendance;
import de.netzwerke.governance.membership.AbsenceReview.Finding;
import de.netzwerke.governance.membership.AbsenceReview.Invitation;
import de.netzwerke.governance.membership.PartnerApplication.Channel;
import de.netzwerke.governance.membership.PartnerApplication.Status;
import de.netzwerke.governance.membership.ReviewFlag.Decision;
import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.EmailAddress;
import de.netzwerke.governance.register.NameKey;
import de.netzwerke.governance.register.NetworkRepository;
import de.netzwerke.governance.register.NotFoundException;
import de.netzwerke.governance.register.Offices;
import de.netzwerke.governance.register.OfficeRules;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRemoved;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.PartnerStatus;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.SystemAuthority;

/**
 * The register side of joining, leaving and the absence review (M-1, M-2, W-1): applications, admission,
 * leaving with the end of memberships and offices, removal with deletion of the contact data, and the
 * flagged partners of a review with the coordination's decision on each.
 */
@Service
@Transactional
public class MembershipService {

    private static final Logger LOG = LoggerFactory.getLogger(MembershipService.class);
    /** How many flagged partners Task_ConfirmRemovals shows at once (the form's rows). */
    public static final int ROWS = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A flagged partner as the confirmation task shows them. */
    public record FlagRow(int row, Long partnerId, String text) {
    }

    private final PartnerApplicationRepository applications;
    private final MembershipReviewRepository reviews;
    private final ReviewFlagRepository flags;
    private final PartnerRepository partners;
    private final NetworkRepository networks;
    private final Bodies bodies;
    private final Offices offices;
    private final AttendanceRecords attendance;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final SystemAuthority system;
    private final ApplicationEventPublisher events;
    private final Today today;

    public MembershipService(PartnerApplicationRepository applications, MembershipReviewRepository reviews,
                             ReviewFlagRepository flags, PartnerRepository partners, NetworkRepository networks,
                             Bodies bodies, Offices offices, AttendanceRecords attendance, RuntimeService runtime,
                             IdentityService identity, SystemAuthority system, ApplicationEventPublisher events,
                             Today today) {
        this.applications = applications;
        this.reviews = reviews;
        this.flags = flags;
        this.partners = partners;
        this.networks = networks;
        this.bodies = bodies;
        this.offices = offices;
        this.attendance = attendance;
        this.runtime = runtime;
        this.identity = identity;
        this.system = system;
        this.events = events;
        this.today = today;
    }

    // --- joining (M-1, W-1)

    public void requireNetwork(String networkId) {
        if (networkId == null || !networks.existsById(networkId)) {
            throw new RuleViolation("Unbekanntes Netzwerk „" + networkId + "“.");
        }
    }

    /** A new application; refused in German: missing name, invalid address, no consent, already a partner or applying. */
    public PartnerApplication apply(String networkId, String name, String email, String organisation, String motivation,
                                    Boolean consent, Channel channel, String processInstanceId) {
        requireNetwork(networkId);
        if (name == null || !NameKey.hasVisibleContent(name)) {
            throw new RuleViolation("Bitte geben Sie Ihren Namen an.");
        }
        requireEmail(email);
        if (!Boolean.TRUE.equals(consent)) {
            throw new RuleViolation("Ohne Ihre Einwilligung in die Verarbeitung Ihrer Daten können wir den Antrag "
                    + "nicht annehmen.");
        }
        requireNotPartner(networkId, email);
        if (!applications.findByNetworkIdAndEmailKeyAndStatusIn(networkId, NameKey.ofEmail(email),
                List.of(Status.UNCONFIRMED, Status.CONFIRMED)).isEmpty()) {
            throw new RuleViolation("Für die E-Mail-Adresse „" + email + "“ liegt bereits ein Antrag vor. Bitte "
                    + "bestätigen Sie ihn über den Link in unserer E-Mail.");
        }
        return applications.save(new PartnerApplication(networkId, name.strip(), email.strip(),
                organisation == null || organisation.isBlank() ? null : organisation.strip(), motivation, channel,
                today.now(), processInstanceId));
    }

    static void requireEmail(String email) {
        if (email == null || !EmailAddress.isValid(email.strip())) {
            throw new RuleViolation("„" + (email == null ? "" : email) + "“ ist keine gültige E-Mail-Adresse.");
        }
    }

    void requireNotPartner(String networkId, String email) {
        if (partners.findByNetworkIdAndEmailKey(networkId, NameKey.ofEmail(email)).filter(Partner::isActive).isPresent()) {
            throw new RuleViolation("Mit der E-Mail-Adresse „" + email + "“ ist bereits jemand Netzwerkpartner:in "
                    + "dieses Netzwerks.");
        }
    }

    @Transactional(readOnly = true)
    public PartnerApplication application(String processInstanceId) {
        return applications.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new NotFoundException("Kein Antrag zum Vorgang " + processInstanceId));
    }

    @Transactional(readOnly = true)
    public Optional<PartnerApplication> application(Long applicationId) {
        return applications.findById(applicationId);
    }

    /** The e-mail address is confirmed (double opt-in); false when the application is not waiting for it. */
    public boolean confirm(Long applicationId) {
        PartnerApplication a = applications.findById(applicationId).orElse(null);
        if (a == null || a.getStatus() != Status.UNCONFIRMED) {
            return false;
        }
        a.confirm(today.now());
        return true;
    }

    /** M-1: the coordination admits: the applicant becomes a partner (on the distribution list, in the Übersicht). */
    public Partner admit(String processInstanceId, String by) {
        PartnerApplication a = application(processInstanceId);
        requireNotPartner(a.getNetworkId(), a.getEmail());
        Partner partner = bodies.partner(a.getNetworkId(), a.getName(), a.getEmail(), a.getOrganisation());
        if (!partner.isActive()) {
            throw new RuleViolation("Diese Person kann nicht erneut aufgenommen werden; bitte einen neuen Antrag stellen.");
        }
        a.admit(partner.getId(), today.now(), by);
        return partner;
    }

    public void decline(String processInstanceId, String by) {
        application(processInstanceId).decline(today.now(), by);
    }

    /** A declined application (after the reason went out) keeps no personal data. */
    public void forgetApplication(String processInstanceId) {
        application(processInstanceId).erase();
    }

    /** M-1: unconfirmed after the confirmation period: deleted. */
    public void expire(String processInstanceId) {
        application(processInstanceId).expire();
    }

    // --- importing a distribution list (M-1)

    /** The import refused: every bad row with its line. */
    public static class ImportRefused extends RuleViolation {
        private final List<PartnerCsv.Problem> problems;

        public ImportRefused(List<PartnerCsv.Problem> problems) {
            super("Nichts importiert: " + problems.size() + (problems.size() == 1 ? " Zeile ist" : " Zeilen sind")
                    + " fehlerhaft. " + problems.stream().limit(20).map(PartnerCsv.Problem::text)
                    .collect(Collectors.joining(" ")) + (problems.size() > 20 ? " …" : ""));
            this.problems = List.copyOf(problems);
        }

        public List<PartnerCsv.Problem> problems() {
            return problems;
        }
    }

    /**
     * M-1: the network's existing list, all rows or none: every row checked ({@link PartnerCsv}) and against the
     * register (someone already a partner of the network); then every row becomes a partner with their
     * organisation, since „Mitglied seit“ or today. Returns the new partners.
     */
    public List<Partner> importPartners(String networkId, String csv) {
        requireNetwork(networkId);
        PartnerCsv.Result read = PartnerCsv.read(csv, today.date());
        List<PartnerCsv.Problem> problems = new ArrayList<>(read.problems());
        for (PartnerCsv.Row row : read.rows()) {
            if (partners.findByNetworkIdAndEmailKey(networkId, NameKey.ofEmail(row.email())).isPresent()) {
                problems.add(new PartnerCsv.Problem(row.line(), "„" + row.email() + "“ ist bereits Netzwerkpartner:in "
                        + "dieses Netzwerks."));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(PartnerCsv.Problem::line));
            throw new ImportRefused(problems);
        }
        List<Partner> created = new ArrayList<>();
        for (PartnerCsv.Row row : read.rows()) {
            created.add(bodies.partner(networkId, row.name(), row.email(), row.organisation(),
                    row.memberSince() == null ? today.date() : row.memberSince()));
        }
        LOG.info("{} Netzwerkpartner:innen in {} importiert", created.size(), networkId);
        return created;
    }

    // --- leaving and removal (W-1, M-2)

    @Transactional(readOnly = true)
    public Optional<Partner> partner(Long partnerId) {
        return partners.findById(partnerId);
    }

    /**
     * W-1, M-2: the partner leaves: their offices end (an office that is elected gets its election), their
     * memberships end, they leave the distribution list and the Übersicht, and their name, address and login go.
     * Returns false when the partner had left before.
     */
    public boolean leave(Long partnerId) {
        Partner partner = partners.findById(partnerId).orElse(null);
        if (partner == null || partner.getStatus() == PartnerStatus.REMOVED) {
            return false;
        }
        LocalDate day = today.date();
        List<Offices.Appointment> ended = offices.endOfficesOf(partnerId);
        bodies.endMemberships(partnerId);
        String userId = partner.getUserId();
        String emailKey = NameKey.ofEmail(partner.getEmail());
        partner.remove(day);
        flags.findByPartnerIdAndDecisionIsNull(partnerId).forEach(f -> f.decide(Decision.LEFT, day, null));
        events.publishEvent(new PartnerRemoved(partner.getNetworkId(), partnerId, emailKey));
        system.run(() -> {
            if (userId != null && identity.createUserQuery().userId(userId).count() > 0) {
                identity.deleteUser(userId);
            }
            for (Offices.Appointment office : ended) {
                startElection(office);
            }
        });
        LOG.info("Partner {} hat das Netzwerk verlassen; {} Ämter beendet", partnerId, ended.size());
        return true;
    }

    private void startElection(Offices.Appointment office) {
        Body body = bodies.body(office.bodyId());
        if (!OfficeRules.elects(body.getKind(), office.kind())) {
            return;
        }
        boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(ElectionStart.PROCESS_KEY)
                .variableValueEquals(ElectionStart.BODY_ID.name(), office.bodyId())
                .variableValueEquals(ElectionStart.OFFICE.name(), office.kind().name()).count() > 0;
        if (!running) {
            runtime.startProcessInstanceByKey(ElectionStart.PROCESS_KEY,
                    ElectionStart.variables(office.bodyId(), office.kind()));
        }
    }

    // --- the absence review (M-2)

    /** Runs M-2 over the network's active partners as of the day; records the flags; returns the flagged ids. */
    public List<Long> review(String networkId, LocalDate asOf, String processInstanceId) {
        requireNetwork(networkId);
        AbsenceReview rule = new AbsenceReview(bodies.profile(networkId).getMembership().getAbsenceWindow());
        LocalDate start = rule.windowStart(asOf);
        MembershipReviewRecord review = reviews.save(new MembershipReviewRecord(networkId, asOf, start,
                processInstanceId, today.now()));
        Map<Long, List<AttendanceRecords.Row>> rows = attendance.between(networkId,
                        start.minusDays(1).atStartOfDay(Today.ZONE).toInstant(),
                        asOf.plusDays(2).atStartOfDay(Today.ZONE).toInstant()).stream()
                .collect(Collectors.groupingBy(AttendanceRecords.Row::partnerId, LinkedHashMap::new, Collectors.toList()));
        List<AbsenceReview.Partner> candidates = new ArrayList<>();
        Map<Long, AttendanceRecords.Row> meetingOf = new LinkedHashMap<>();
        for (Partner p : partners.findByNetworkIdAndStatusOrderById(networkId, PartnerStatus.ACTIVE)) {
            List<Invitation> invitations = new ArrayList<>();
            for (AttendanceRecords.Row r : rows.getOrDefault(p.getId(), List.of())) {
                invitations.add(new Invitation(r.meetingId(), r.startsAt().atZone(Today.ZONE).toLocalDate(),
                        attendanceOf(r.status())));
                meetingOf.put(r.meetingId(), r);
            }
            candidates.add(new AbsenceReview.Partner(p.getId(), p.getJoinedOn(),
                    flags.lastKept(p.getId()).orElse(null), invitations));
        }
        List<Long> flagged = new ArrayList<>();
        for (Finding f : rule.review(candidates, asOf)) {
            String facts = f.invitations().stream().map(i -> {
                AttendanceRecords.Row m = meetingOf.get(i.meetingId());
                return i.meetingDay().format(DAY) + " " + m.title() + " (" + m.bodyName() + "): " + label(i.attendance());
            }).collect(Collectors.joining("; "));
            flags.save(new ReviewFlag(review.getId(), f.partnerId(), f.invitations().size(), (int) f.excused(),
                    (int) f.unexcused(), facts.length() > 4000 ? facts.substring(0, 3999) + "…" : facts));
            flagged.add(f.partnerId());
        }
        return flagged;
    }

    private static Attendance attendanceOf(String status) {
        if (status == null) {
            return Attendance.NOT_RECORDED;
        }
        try {
            return Attendance.valueOf(status);
        } catch (IllegalArgumentException e) {
            return Attendance.NOT_RECORDED;
        }
    }

    private static String label(Attendance a) {
        return switch (a) {
            case PRESENT -> "anwesend";
            case EXCUSED -> "entschuldigt";
            case UNEXCUSED -> "unentschuldigt";
            case NOT_RECORDED -> "nicht erfasst";
        };
    }

    @Transactional(readOnly = true)
    public MembershipReviewRecord reviewOf(String processInstanceId) {
        return reviews.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new NotFoundException("Keine Prüfung zum Vorgang " + processInstanceId));
    }

    /** The undecided flags the confirmation task shows now (at most {@link #ROWS}), each given its row. */
    public List<FlagRow> showUndecided(String processInstanceId) {
        List<ReviewFlag> undecided = flags.findByReviewIdOrderByPartnerId(reviewOf(processInstanceId).getId()).stream()
                .filter(f -> f.getDecision() == null).toList();
        List<FlagRow> shown = new ArrayList<>();
        int row = 0;
        for (ReviewFlag f : undecided) {
            if (row < ROWS) {
                row++;
                f.showInRow(row);
                Partner p = partners.findById(f.getPartnerId()).orElseThrow();
                shown.add(new FlagRow(row, p.getId(), p.getName()
                        + (p.organisationName() == null ? "" : " (" + p.organisationName() + ")")
                        + ", Netzwerkpartner:in seit " + p.getJoinedOn().format(DAY) + " – " + f.getInvited()
                        + " Einladungen, davon " + f.getUnexcused() + " unentschuldigt, " + f.getExcused()
                        + " entschuldigt, keine Teilnahme: " + f.getFacts()));
            } else {
                f.showInRow(null);
            }
        }
        return shown;
    }

    /**
     * The coordination's decisions: per shown row ("remove"/"keep") or by partner ids (REST). Every shown partner
     * needs a decision; a partner not flagged in this review is refused. Returns how many remain undecided.
     */
    public int decide(String processInstanceId, Map<Integer, String> byRow, Collection<Long> removeIds,
                      Collection<Long> keepIds, String by) {
        List<ReviewFlag> all = flags.findByReviewIdOrderByPartnerId(reviewOf(processInstanceId).getId());
        Map<Long, Decision> decisions = new LinkedHashMap<>();
        for (Long id : removeIds) {
            decisions.put(id, Decision.REMOVE);
        }
        for (Long id : keepIds) {
            if (decisions.put(id, Decision.KEEP) != null) {
                throw new RuleViolation("Netzwerkpartner:in " + id + " kann nicht zugleich entfernt und behalten werden.");
            }
        }
        for (Long id : decisions.keySet()) {
            if (all.stream().noneMatch(f -> f.getPartnerId().equals(id) && f.getDecision() == null)) {
                throw new RuleViolation("Netzwerkpartner:in " + id + " steht in dieser Prüfung nicht zur Entscheidung an.");
            }
        }
        for (ReviewFlag f : all) {
            if (f.getDecision() == null && f.getTaskRow() != null && byRow.get(f.getTaskRow()) != null) {
                decisions.putIfAbsent(f.getPartnerId(), "remove".equals(byRow.get(f.getTaskRow())) ? Decision.REMOVE : Decision.KEEP);
            }
        }
        List<ReviewFlag> shownUndecided = all.stream().filter(f -> f.getDecision() == null && f.getTaskRow() != null
                && !decisions.containsKey(f.getPartnerId())).toList();
        if (!shownUndecided.isEmpty()) {
            throw new RuleViolation("Bitte entscheiden Sie für jede angezeigte Person: entfernen oder behalten (Zeile "
                    + shownUndecided.stream().map(f -> String.valueOf(f.getTaskRow())).collect(Collectors.joining(", ")) + ").");
        }
        LocalDate day = today.date();
        for (ReviewFlag f : all) {
            Decision d = decisions.get(f.getPartnerId());
            if (d != null && f.getDecision() == null) {
                f.decide(d, day, by);
            }
        }
        return (int) all.stream().filter(f -> f.getDecision() == null).count();
    }

    /** The partners whose removal the coordination confirmed in this review and who are still partners. */
    @Transactional(readOnly = true)
    public List<Partner> confirmedRemovals(String processInstanceId) {
        return flags.findByReviewIdOrderByPartnerId(reviewOf(processInstanceId).getId()).stream()
                .filter(f -> f.getDecision() == Decision.REMOVE)
                .map(f -> partners.findById(f.getPartnerId()).orElseThrow()).filter(Partner::isActive).toList();
    }

    public List<Long> confirmedRemovalIds(String processInstanceId) {
        return flags.findByReviewIdOrderByPartnerId(reviewOf(processInstanceId).getId()).stream()
                .filter(f -> f.getDecision() == Decision.REMOVE).map(ReviewFlag::getPartnerId).toList();
    }

    /** M-2: the confirmed removals are carried out (after they were told). */
    public int removeConfirmed(String processInstanceId) {
        int removed = 0;
        for (Partner p : confirmedRemovals(processInstanceId)) {
            if (leave(p.getId())) {
                removed++;
            }
        }
        return removed;
    }
}
