package de.netzwerke.governance.steering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.EmailAddress;
import de.netzwerke.governance.register.FieldOfAction;
import de.netzwerke.governance.register.NotFoundException;
import de.netzwerke.governance.register.Offices;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.Reach;
import de.netzwerke.governance.register.RuleProfile;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.SteeringGroup;
import de.netzwerke.governance.register.SteeringGroups;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.voting.InvalidVoteException;
import de.netzwerke.governance.voting.MajorityRule;
import de.netzwerke.governance.voting.VoteCount;

/**
 * The reappointment of a steering group (W-5…W-9): who stands again, nominations, eligibility (W-7, W-8), the
 * proposed composition (at most 10), the network's vote ({@link MajorityRule}) and the reconstitution in the
 * register ({@link SteeringGroups}). The reappointment a step works on is the one the register holds for its
 * process instance.
 */
@Service
@Transactional
public class ReappointmentService {

    static final Set<ReappointmentStatus> OPEN = EnumSet.of(ReappointmentStatus.WAITING, ReappointmentStatus.RUNNING);

    /** A nomination as a partner or the coordination sends it. */
    public record Nomination(String name, String email, String organisation, String fieldOfAction, String reach,
                             Boolean businessLink, Boolean welcomeCultureBearing) {
    }

    /** What opening did: the new reappointment, and the waiting one it brought forward, if any. */
    public record Opened(Reappointment reappointment, Optional<String> supersededInstanceId) {
    }

    /** A person of the reappointment with the W-7/W-8 verdict, as the tasks show them. */
    public record CandidateView(SteeringCandidate candidate, SteeringGroupEligibility.Verdict verdict) {
    }

    private final ReappointmentRepository reappointments;
    private final SteeringCandidateRepository candidates;
    private final SteeringVoteRepository votes;
    private final SteeringGroups groups;
    private final Bodies bodies;
    private final Today today;

    public ReappointmentService(ReappointmentRepository reappointments, SteeringCandidateRepository candidates,
                                SteeringVoteRepository votes, SteeringGroups groups, Bodies bodies, Today today) {
        this.reappointments = reappointments;
        this.candidates = candidates;
        this.votes = votes;
        this.groups = groups;
        this.bodies = bodies;
        this.today = today;
    }

    /**
     * Opens a reappointment of the network's steering group. The system opens one that waits for its date
     * ({@code byPerson} false); the coordination opens one that begins at once and brings a waiting one forward.
     * Refused: a network without steering group, and a second one while one runs.
     */
    public Opened open(String networkId, String processInstanceId, boolean byPerson) {
        Body body = groups.body(networkId);
        List<Reappointment> open = reappointments.findByNetworkIdAndStatusIn(networkId, OPEN);
        Optional<String> superseded = Optional.empty();
        for (Reappointment r : open) {
            if (r.getStatus() == ReappointmentStatus.RUNNING || !byPerson) {
                throw alreadyOpen(r);
            }
            r.superseded();
            superseded = Optional.of(r.getProcessInstanceId());
        }
        reappointments.flush();
        try {
            Reappointment r = reappointments.saveAndFlush(new Reappointment(networkId, body.getId(), processInstanceId,
                    byPerson ? ReappointmentStatus.RUNNING : ReappointmentStatus.WAITING, today.now()));
            return new Opened(r, superseded);
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolation("Für die Steuerungsgruppe läuft bereits eine Wiederbestellung.");
        }
    }

    private RuleViolation alreadyOpen(Reappointment r) {
        return new RuleViolation(r.getStatus() == ReappointmentStatus.RUNNING
                ? "Die Wiederbestellung der Steuerungsgruppe läuft bereits (Wiederbestellung " + r.getId()
                        + "). Bitte diese zuerst abschließen."
                : "Die Wiederbestellung der Steuerungsgruppe ist bereits terminiert (Wiederbestellung " + r.getId() + ").");
    }

    /**
     * Releases the open reappointments of the network whose process instance no longer runs (an operator
     * deleted it in Cockpit), so that a new one can start.
     */
    public void releaseAbandoned(String networkId, java.util.function.Predicate<String> instanceRuns) {
        reappointments.findByNetworkIdAndStatusIn(networkId, OPEN).stream()
                .filter(r -> r.getProcessInstanceId() == null || !instanceRuns.test(r.getProcessInstanceId()))
                .forEach(Reappointment::superseded);
        reappointments.flush();
    }

    /** Whether a reappointment of the network waits or runs. */
    @Transactional(readOnly = true)
    public boolean isOpen(String networkId) {
        return !reappointments.findByNetworkIdAndStatusIn(networkId, OPEN).isEmpty();
    }

    @Transactional(readOnly = true)
    public Reappointment forInstance(String processInstanceId) {
        return reappointments.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new NotFoundException("Keine Wiederbestellung zum Vorgang " + processInstanceId));
    }

    @Transactional(readOnly = true)
    public Body body(Reappointment r) {
        return bodies.body(r.getBodyId());
    }

    public RuleProfile.SteeringGroup settings(String networkId) {
        return bodies.profile(networkId).getSteeringGroup();
    }

    @Transactional(readOnly = true)
    public SteeringGroup dates(Reappointment r) {
        return groups.dates(r.getBodyId());
    }

    /** W-6: when the reappointment starts by itself: notice before the due date, 08:00; now when that has passed. */
    @Transactional(readOnly = true)
    public Instant startsAt(Reappointment r) {
        LocalDate day = SteeringGroupTerm.reappointmentStarts(dates(r).getNextDueOn(),
                settings(r.getNetworkId()).getReappointmentNotice());
        Instant at = day.atTime(Offices.TIMER_TIME).atZone(Today.ZONE).toInstant();
        Instant now = today.now();
        return at.isBefore(now) ? now : at;
    }

    /** The reappointment begins: the current members, with the facts of their seats, are its first persons. */
    public void begin(Reappointment r) {
        r.running();
        if (!candidates.ofReappointment(r.getId()).isEmpty()) {
            return;
        }
        for (SteeringGroups.Seat seat : groups.seats(r.getBodyId())) {
            candidates.save(new SteeringCandidate(r.getId(), bodies.partner(seat.partnerId()), true, seat.fieldOfAction(),
                    seat.reach(), seat.businessLink(), seat.welcomeCultureBearing()));
        }
    }

    @Transactional(readOnly = true)
    public List<SteeringCandidate> candidates(Reappointment r) {
        return candidates.ofReappointment(r.getId());
    }

    @Transactional(readOnly = true)
    public List<SteeringCandidate> currentMembers(Reappointment r) {
        return candidates(r).stream().filter(SteeringCandidate::isCurrentMember).toList();
    }

    /** Every person with the W-7/W-8 verdict. */
    @Transactional(readOnly = true)
    public List<CandidateView> checked(Reappointment r) {
        return candidates(r).stream().map(c -> new CandidateView(c, SteeringGroupEligibility.check(c.facts()))).toList();
    }

    /** One member says whether they stand again (message Msg_StandingDeclared). */
    public void declareStanding(Reappointment r, Long partnerId, Boolean standsAgain) {
        if (partnerId == null || standsAgain == null) {
            throw new RuleViolation("Bitte die Netzwerkpartner:in (partnerId) und „standsAgain“ (ja oder nein) angeben.");
        }
        member(r, partnerId).standsAgain(standsAgain);
    }

    /**
     * The coordination records the answers: the members listed stand again; of the others, those who have not
     * answered by message step down, those who have keep their answer.
     */
    public void recordStanding(Reappointment r, List<Long> standingAgain) {
        List<Long> again = standingAgain == null ? List.of() : standingAgain;
        Map<Long, SteeringCandidate> members = currentMembers(r).stream()
                .collect(Collectors.toMap(c -> c.getPartner().getId(), c -> c));
        List<Long> strangers = again.stream().filter(id -> !members.containsKey(id)).toList();
        if (!strangers.isEmpty()) {
            throw new RuleViolation("Nicht Mitglied der Steuerungsgruppe: Nr. "
                    + strangers.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".");
        }
        members.forEach((id, c) -> {
            if (again.contains(id)) {
                c.standsAgain(true);
            } else if (c.getStandsAgain() == null) {
                c.standsAgain(false);
            }
        });
    }

    private SteeringCandidate member(Reappointment r, Long partnerId) {
        return currentMembers(r).stream().filter(c -> c.getPartner().getId().equals(partnerId)).findFirst()
                .orElseThrow(() -> new RuleViolation("Netzwerkpartner:in Nr. " + partnerId
                        + " ist kein Mitglied der Steuerungsgruppe."));
    }

    /**
     * A nomination: an organisation's representative with their field of action (W-9) and the W-7 facts. The
     * person enters the register as a partner of the network (or is found there by e-mail address). A nominee
     * who does not meet W-7/W-8 is recorded and shown with the reason; the composition cannot include them.
     */
    public SteeringCandidate nominate(Reappointment r, Nomination n) {
        String name = required(n.name(), "Name");
        String email = required(n.email(), "E-Mail-Adresse");
        String organisation = required(n.organisation(), "Organisation");
        if (!EmailAddress.isValid(email)) {
            throw new RuleViolation("„" + email + "“ ist keine gültige E-Mail-Adresse (höchstens "
                    + EmailAddress.MAX_LENGTH + " Zeichen, ohne Umlaute).");
        }
        String fieldCode = required(n.fieldOfAction(), "Handlungsfeld");
        FieldOfAction field = groups.fieldsOfAction(r.getNetworkId()).stream().filter(f -> f.getCode().equals(fieldCode))
                .findFirst().orElseThrow(() -> new RuleViolation("Unbekanntes Handlungsfeld „" + fieldCode + "“."));
        Reach reach = Reach.valueOf(required(n.reach(), "Wirkungskreis"));
        Partner partner = bodies.partner(r.getNetworkId(), name, email, organisation);
        for (SteeringCandidate c : candidates(r)) {
            if (c.getPartner().getId().equals(partner.getId())) {
                throw new RuleViolation(c.isCurrentMember()
                        ? partner.getName() + " ist bereits Mitglied der Steuerungsgruppe; ob sie oder er wieder antritt, "
                                + "wird unter „Bereitschaft der Mitglieder erfassen“ festgehalten."
                        : partner.getName() + " ist bereits vorgeschlagen.");
            }
        }
        return candidates.save(new SteeringCandidate(r.getId(), partner, false, field, reach,
                Boolean.TRUE.equals(n.businessLink()), Boolean.TRUE.equals(n.welcomeCultureBearing())));
    }

    private static String required(String value, String label) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("Bitte „" + label + "“ angeben.");
        }
        return value.strip();
    }

    /**
     * W-7, W-8: the coordination's proposal. More than {@code steering-group.max-members} persons is refused and
     * changes nothing; so is anybody who is not a person of this reappointment, a member who stepped down, or a
     * person not eligible (with the reason).
     */
    public List<SteeringCandidate> propose(Reappointment r, List<Long> partnerIds) {
        List<Long> ids = partnerIds == null ? List.of() : partnerIds.stream().filter(Objects::nonNull).distinct().toList();
        SteeringGroupEligibility.checkSize(ids.size(), settings(r.getNetworkId()).getMaxMembers()).ifPresent(m -> {
            throw new RuleViolation(m);
        });
        Map<Long, SteeringCandidate> byPartner = new LinkedHashMap<>();
        candidates(r).forEach(c -> byPartner.put(c.getPartner().getId(), c));
        List<String> refused = new ArrayList<>();
        for (Long id : ids) {
            SteeringCandidate c = byPartner.get(id);
            if (c == null) {
                refused.add("Nr. " + id + ": weder Mitglied noch vorgeschlagen");
            } else if (!c.isAvailable()) {
                refused.add(c.getPartner().getName() + ": tritt nicht wieder an");
            } else {
                SteeringGroupEligibility.Verdict v = SteeringGroupEligibility.check(c.facts());
                if (!v.eligible()) {
                    refused.add(c.getPartner().getName() + ": " + v.reasonText());
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new RuleViolation("Nicht in die Steuerungsgruppe wählbar: " + String.join(" · ", refused)
                    + ". Es wurde nichts geändert.");
        }
        byPartner.values().forEach(c -> c.proposed(ids.contains(c.getPartner().getId())));
        return ids.stream().map(byPartner::get).toList();
    }

    @Transactional(readOnly = true)
    public List<SteeringCandidate> proposed(Reappointment r) {
        return candidates(r).stream().filter(SteeringCandidate::isProposed).toList();
    }

    /** W-8, W-9: which fields of action the given persons cover (in annex order), and which not. */
    @Transactional(readOnly = true)
    public Map<FieldOfAction, List<String>> coverage(Reappointment r, List<SteeringCandidate> persons) {
        Map<FieldOfAction, List<String>> covered = new LinkedHashMap<>();
        for (FieldOfAction f : groups.fieldsOfAction(r.getNetworkId())) {
            covered.put(f, persons.stream().filter(c -> c.getFieldOfAction() != null
                    && c.getFieldOfAction().getId().equals(f.getId())).map(c -> c.getPartner().getName()).toList());
        }
        return covered;
    }

    /**
     * The network's vote on the proposal, decided by {@link MajorityRule} under the network's majority base. An
     * impossible count is refused and changes nothing.
     */
    public SteeringVote decide(Reappointment r, int present, int yes, int no, int abstentions) {
        VoteCount count;
        try {
            count = new VoteCount(present, yes, no, abstentions);
        } catch (InvalidVoteException e) {
            throw new RuleViolation(e.getMessage());
        }
        boolean carried = MajorityRule.simpleMajority(bodies.profile(r.getNetworkId()).getMajorityBase(), count);
        return votes.save(new SteeringVote(r.getId(), present, yes, no, abstentions, proposed(r).size(), carried,
                today.date()));
    }

    @Transactional(readOnly = true)
    public Optional<SteeringVote> lastVote(Reappointment r) {
        List<SteeringVote> all = votes.findByReappointmentIdOrderById(r.getId());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * W-6: the carried composition takes office on the decision day: memberships end and start, the group is
     * exactly the new members, the last confirmation is the decision day and the next falls due a term later.
     * Once, also when retried.
     */
    public SteeringGroup appoint(Reappointment r) {
        if (r.getStatus() != ReappointmentStatus.CARRIED) {
            SteeringVote vote = lastVote(r).filter(SteeringVote::isCarried)
                    .orElseThrow(() -> new IllegalStateException("No carried vote for reappointment " + r.getId()));
            LocalDate day = vote.getDecidedOn();
            LocalDate nextDue = SteeringGroupTerm.nextDue(day, settings(r.getNetworkId()).getTerm());
            groups.reconstitute(r.getBodyId(), proposed(r).stream().map(c -> new SteeringGroups.NewSeat(
                    c.getPartner().getId(), c.getFieldOfAction() == null ? null : c.getFieldOfAction().getId(),
                    c.getReach(), c.isBusinessLink(), c.isWelcomeCultureBearing())).toList(), day, nextDue);
            reappointments.findById(r.getId()).orElseThrow().carried(day);
        }
        return groups.dates(r.getBodyId());
    }
}
