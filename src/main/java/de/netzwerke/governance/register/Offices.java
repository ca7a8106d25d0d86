package de.netzwerke.governance.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offices and their terms (AT-2, SR-2, SR-5): appointing a holder closes the predecessor's term; the
 * Sprecher:innenrat follows its seats (SR-1). Returns what was installed, with the dates the processes need.
 */
@Service
@Transactional
public class Offices {

    /** Timers that a term sets fire in the morning of their day. */
    public static final LocalTime TIMER_TIME = LocalTime.of(8, 0);

    /**
     * What an appointment installed.
     *
     * @param reElectionDue when the next election starts by itself: term end minus {@code office.re-election-notice}, 08:00
     */
    public record Appointment(Long officeId, Long bodyId, OfficeKind kind, LocalDate termStart, LocalDate termEnd,
                              Instant reElectionDue) {
    }

    private final OfficeRepository offices;
    private final BodyRepository bodies;
    private final MembershipRepository memberships;
    private final Bodies registerBodies;
    private final ApplicationEventPublisher events;
    private final Today today;

    public Offices(OfficeRepository offices, BodyRepository bodies, MembershipRepository memberships,
                   Bodies registerBodies, ApplicationEventPublisher events, Today today) {
        this.offices = offices;
        this.bodies = bodies;
        this.memberships = memberships;
        this.registerBodies = registerBodies;
        this.events = events;
        this.today = today;
    }

    /** The partner takes the office from today for a term; the predecessor's term ends today. */
    public Appointment appoint(Long bodyId, OfficeKind kind, Long partnerId) {
        Body body = registerBodies.body(bodyId);
        Partner holder = registerBodies.partner(partnerId);
        LocalDate day = today.date();
        for (Office predecessor : offices.currentHolders(bodyId, kind)) {
            predecessor.end(day);
        }
        Term term = Term.startingOn(day, termLength(body, kind));
        Office office = offices.save(new Office(bodyId, holder, kind, term.start(), term.end()));
        if (OfficeRules.SPEAKERS_COUNCIL_SEATS.contains(kind)) {
            syncSpeakersCouncil(body.getNetworkId());
        }
        return appointment(office, body);
    }

    /**
     * W-1, M-2: a partner who leaves gives up every office today; the Sprecher:innenrat follows (SR-1).
     * Returns the offices ended, so that their elections can start.
     */
    public List<Appointment> endOfficesOf(Long partnerId) {
        LocalDate day = today.date();
        List<Office> held = offices.currentOfficesOf(partnerId);
        List<Appointment> ended = new java.util.ArrayList<>();
        for (Office o : held) {
            ended.add(appointment(o, registerBodies.body(o.getBodyId())));
            o.end(day);
        }
        held.stream().filter(o -> OfficeRules.SPEAKERS_COUNCIL_SEATS.contains(o.getKind()))
                .map(o -> registerBodies.body(o.getBodyId()).getNetworkId()).distinct().forEach(this::syncSpeakersCouncil);
        return ended;
    }

    /** Whether the office is still held (no successor yet). */
    @Transactional(readOnly = true)
    public boolean isHeld(Long officeId) {
        return offices.findById(officeId).map(Office::isHeld).orElse(false);
    }

    @Transactional(readOnly = true)
    public Appointment appointment(Long officeId) {
        Office o = offices.findById(officeId).orElseThrow(() -> new NotFoundException("Unbekanntes Amt " + officeId));
        return appointment(o, registerBodies.body(o.getBodyId()));
    }

    /** The office with its term, and the re-election due office.re-election-notice before the term ends, at 08:00. */
    private Appointment appointment(Office o, Body body) {
        Term term = new Term(o.getTermStart(), termLength(body, o.getKind()));
        Instant due = term.reElectionDue(registerBodies.profile(body.getNetworkId()).getOffice().getReElectionNotice())
                .atTime(TIMER_TIME).atZone(Today.ZONE).toInstant();
        return new Appointment(o.getId(), o.getBodyId(), o.getKind(), term.start(), term.end(), due);
    }

    private java.time.Period termLength(Body body, OfficeKind kind) {
        RuleProfile.Office settings = registerBodies.profile(body.getNetworkId()).getOffice();
        return OfficeRules.termLength(kind, settings.getTerm(), settings.getChairTerm());
    }

    /** The office of the same body that the partner holds and may not hold together with {@code kind}, if any. */
    @Transactional(readOnly = true)
    public Optional<OfficeKind> incompatibleOfficeHeld(Long bodyId, OfficeKind kind, Long partnerId) {
        return OfficeRules.incompatibleWith(kind).filter(other -> offices.currentHolders(bodyId, other).stream()
                .anyMatch(o -> o.getPartner().getId().equals(partnerId)));
    }

    /**
     * SR-1: the Sprecher:innenrat consists of the Integrationsbeauftragte:r and every working table's member
     * and deputy: its register memberships and its Camunda group are made exactly that.
     */
    void syncSpeakersCouncil(String networkId) {
        Body council = bodies.findFirstByNetworkIdAndKind(networkId, BodyKind.SPEAKERS_COUNCIL).orElse(null);
        if (council == null) {
            return;
        }
        List<Partner> seated = offices.currentOfficesOfKinds(networkId, OfficeRules.SPEAKERS_COUNCIL_SEATS).stream()
                .map(Office::getPartner).distinct().toList();
        LocalDate day = today.date();
        List<Long> seatedIds = seated.stream().map(Partner::getId).toList();
        for (Membership m : memberships.currentMembers(List.of(council.getId()))) {
            if (!seatedIds.contains(m.getPartner().getId())) {
                m.end(day);
            }
        }
        for (Partner p : seated) {
            if (!memberships.existsByBodyIdAndPartnerIdAndUntilIsNull(council.getId(), p.getId())) {
                memberships.save(new Membership(council.getId(), p, day));
            }
        }
        if (council.getGroupId() != null) {
            events.publishEvent(new BodyGroupChanged(council.getGroupId(), council.getName(), false,
                    Bodies.userIds(seated), true));
        }
    }
}
