package de.netzwerke.governance.election;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.GovernanceProperties;
import de.netzwerke.governance.register.Membership;
import de.netzwerke.governance.register.MembershipRepository;
import de.netzwerke.governance.register.NotFoundException;
import de.netzwerke.governance.register.Office;
import de.netzwerke.governance.register.OfficeKind;
import de.netzwerke.governance.register.OfficeRepository;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.RuleProfile;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.AccessSetup;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.voting.Ballot;
import de.netzwerke.governance.voting.ElectionOutcome;
import de.netzwerke.governance.voting.InvalidVoteException;
import de.netzwerke.governance.voting.MajorityRule;

/** The register side of elections (AT-2, SR-1, SR-2, SR-5, SR-7): who may stand, the count, the office. */
@Service
@Transactional
public class ElectionService {

    /** Which body elects which offices. */
    static final Map<BodyKind, Set<OfficeKind>> OFFICES = Map.of(
            BodyKind.WORKING_TABLE, EnumSet.of(OfficeKind.LEADER, OfficeKind.DEPUTY_LEADER,
                    OfficeKind.SPEAKERS_COUNCIL_MEMBER, OfficeKind.SPEAKERS_COUNCIL_DEPUTY),
            BodyKind.SPEAKERS_COUNCIL, EnumSet.of(OfficeKind.CHAIR, OfficeKind.DEPUTY_CHAIR));

    /** SR-1: the offices whose holders form the Sprecher:innenrat. */
    static final Set<OfficeKind> SPEAKERS_COUNCIL_SEATS = EnumSet.of(OfficeKind.INTEGRATION_COMMISSIONER,
            OfficeKind.SPEAKERS_COUNCIL_MEMBER, OfficeKind.SPEAKERS_COUNCIL_DEPUTY);

    private final ElectionRepository elections;
    private final ElectionCandidateRepository candidates;
    private final ElectionBallotRepository ballots;
    private final BodyRepository bodies;
    private final MembershipRepository memberships;
    private final OfficeRepository offices;
    private final PartnerRepository partners;
    private final GovernanceProperties properties;
    private final AccessSetup access;
    private final Today today;

    public ElectionService(ElectionRepository elections, ElectionCandidateRepository candidates,
                           ElectionBallotRepository ballots, BodyRepository bodies, MembershipRepository memberships,
                           OfficeRepository offices, PartnerRepository partners, GovernanceProperties properties,
                           AccessSetup access, Today today) {
        this.elections = elections;
        this.candidates = candidates;
        this.ballots = ballots;
        this.bodies = bodies;
        this.memberships = memberships;
        this.offices = offices;
        this.partners = partners;
        this.properties = properties;
        this.access = access;
        this.today = today;
    }

    /** Opens an election; refuses offices the body does not have. */
    public Election open(Long bodyId, String office, String processInstanceId) {
        Body body = body(bodyId);
        OfficeKind kind = officeKind(office);
        if (!OFFICES.getOrDefault(body.getKind(), Set.of()).contains(kind)) {
            throw new RuleViolation("„" + body.getName() + "“ wählt kein Amt „" + kind.label() + "“.");
        }
        return elections.save(new Election(bodyId, kind, processInstanceId, Instant.now()));
    }

    @Transactional(readOnly = true)
    public Body body(Long bodyId) {
        if (bodyId == null) {
            throw new RuleViolation("Bitte die Nummer des Gremiums angeben.");
        }
        return bodies.findById(bodyId)
                .orElseThrow(() -> new RuleViolation("Es gibt kein Gremium mit der Nummer " + bodyId + "."));
    }

    @Transactional(readOnly = true)
    public Election election(Long electionId) {
        return elections.findById(electionId).orElseThrow(() -> new NotFoundException("Unbekannte Wahl " + electionId));
    }

    /** The body's current members, who may stand and vote. */
    @Transactional(readOnly = true)
    public List<Partner> members(Long bodyId) {
        return memberships.currentMembers(List.of(bodyId)).stream().map(Membership::getPartner)
                .filter(Partner::isActive).toList();
    }

    /**
     * How many votes the body has. SR-1: in the Sprecher:innenrat each working table has one vote (its
     * member, or the deputy when the member is absent) and the Integrationsbeauftragte:r one.
     */
    @Transactional(readOnly = true)
    public int votingMembers(Body body) {
        if (body.getKind() != BodyKind.SPEAKERS_COUNCIL) {
            return members(body.getId()).size();
        }
        List<Office> seats = offices.currentOfficesOfKinds(body.getNetworkId(), SPEAKERS_COUNCIL_SEATS);
        long workingTables = seats.stream().filter(o -> o.getKind() != OfficeKind.INTEGRATION_COMMISSIONER)
                .map(Office::getBodyId).distinct().count();
        boolean commissioner = seats.stream().anyMatch(o -> o.getKind() == OfficeKind.INTEGRATION_COMMISSIONER);
        return MajorityRule.speakersCouncilVotingMembers((int) workingTables, commissioner);
    }

    /** The user who organises the election: the working table's leader or the Sprecher:innenrat's chair. */
    @Transactional(readOnly = true)
    public String organiserUserId(Long bodyId) {
        Body body = body(bodyId);
        OfficeKind chair = body.getKind() == BodyKind.SPEAKERS_COUNCIL ? OfficeKind.CHAIR : OfficeKind.LEADER;
        return offices.currentHolders(bodyId, chair).stream().map(o -> o.getPartner().getUserId())
                .filter(id -> id != null).findFirst().orElse(null);
    }

    /** AT-2, SR-2, SR-5: candidates are members of the body who agreed to stand. */
    public List<ElectionCandidate> nominate(Long electionId, List<Long> partnerIds, Boolean agreed) {
        Election election = election(electionId);
        if (partnerIds.isEmpty()) {
            throw new RuleViolation("Bitte mindestens eine:n Kandidat:in benennen.");
        }
        if (!Boolean.TRUE.equals(agreed)) {
            throw new RuleViolation("Kandidieren kann nur, wer der Kandidatur zugestimmt hat. Bitte die Zustimmung bestätigen.");
        }
        Map<Long, Partner> members = members(election.getBodyId()).stream()
                .collect(Collectors.toMap(Partner::getId, p -> p, (a, b) -> a, LinkedHashMap::new));
        List<String> strangers = partnerIds.stream().filter(id -> !members.containsKey(id))
                .map(id -> partners.findById(id).map(Partner::getName).orElse("Nr. " + id)).toList();
        if (!strangers.isEmpty()) {
            throw new RuleViolation("Nicht Mitglied von „" + body(election.getBodyId()).getName() + "“ und daher nicht wählbar: "
                    + String.join(", ", strangers) + ".");
        }
        candidates.deleteByElectionId(electionId);
        candidates.flush();
        election.renominate();
        election.balloting();
        return partnerIds.stream().distinct()
                .map(id -> candidates.save(new ElectionCandidate(electionId, members.get(id)))).toList();
    }

    @Transactional(readOnly = true)
    public List<ElectionCandidate> standingCandidates(Long electionId) {
        return candidates.standing(electionId);
    }

    /**
     * SR-7 and the election reading: counts a ballot with {@link MajorityRule}. A count that cannot be
     * right is refused and changes nothing. A tie for first place narrows the candidates to the tied.
     *
     * @param votes votes per candidate (partner id), in ballot order; for one candidate: its yes votes
     */
    public ElectionOutcome count(Long electionId, int present, Map<Long, Integer> votes, int no, int abstentions) {
        Election election = election(electionId);
        Body body = body(election.getBodyId());
        List<ElectionCandidate> standing = candidates.standing(electionId);
        Map<String, Integer> byCandidate = new LinkedHashMap<>();
        for (ElectionCandidate c : standing) {
            byCandidate.put(String.valueOf(c.getPartner().getId()), votes.getOrDefault(c.getPartner().getId(), 0));
        }
        ElectionOutcome outcome;
        try {
            Ballot ballot = new Ballot(present, byCandidate, no, abstentions).validate(votingMembers(body));
            outcome = MajorityRule.elect(profile(body).getMajorityBase(), ballot, election.getRound() > 1);
        } catch (InvalidVoteException e) {
            throw new RuleViolation(e.getMessage());
        }
        ballots.save(new ElectionBallot(electionId, election.getRound(), present, no, abstentions,
                byCandidate.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";")),
                outcome.kind().name(), Instant.now()));
        switch (outcome.kind()) {
            case ELECTED -> election.elected(Long.valueOf(outcome.electedCandidate()), Instant.now());
            case RUNOFF -> {
                standing.stream().filter(c -> !outcome.tiedCandidates().contains(String.valueOf(c.getPartner().getId())))
                        .forEach(ElectionCandidate::withdraw);
                election.nextRound();
            }
            case REJECTED, NO_ELECTION -> election.noElection(Instant.now());
        }
        return outcome;
    }

    /**
     * The elected holder takes office for the term (AT-2, SR-2: office.term; SR-5: office.chair-term);
     * the predecessor's term is closed; SR-1 membership and the Sprecher:innenrat group follow.
     */
    public Office install(Long electionId) {
        Election election = election(electionId);
        if (election.getOfficeId() != null) {
            return offices.findById(election.getOfficeId()).orElseThrow();
        }
        Body body = body(election.getBodyId());
        Partner holder = partners.findById(election.getElectedPartnerId()).orElseThrow();
        LocalDate day = today.date();
        for (Office predecessor : offices.currentHolders(body.getId(), election.getOfficeKind())) {
            predecessor.end(day);
        }
        Term term = Term.startingOn(day, term(body, election.getOfficeKind()));
        Office office = offices.save(new Office(body.getId(), holder, election.getOfficeKind(), term.start(), term.end()));
        election.installed(office.getId());
        if (SPEAKERS_COUNCIL_SEATS.contains(election.getOfficeKind())) {
            syncSpeakersCouncil(body.getNetworkId());
        }
        return office;
    }

    public Period term(Body body, OfficeKind kind) {
        RuleProfile.Office settings = profile(body).getOffice();
        return kind == OfficeKind.CHAIR || kind == OfficeKind.DEPUTY_CHAIR ? settings.getChairTerm() : settings.getTerm();
    }

    public Period reElectionNotice(Body body) {
        return profile(body).getOffice().getReElectionNotice();
    }

    /** The re-election timer starts a new election only while the office it installed is still held. */
    @Transactional(readOnly = true)
    public boolean reElectionDue(Long officeId) {
        Office office = offices.findById(officeId).orElse(null);
        if (office == null || !office.isHeld()) {
            return false;
        }
        return elections.findByBodyIdAndOfficeKindAndStatusIn(office.getBodyId(), office.getKind(),
                EnumSet.of(ElectionStatus.NOMINATING, ElectionStatus.BALLOTING)).isEmpty();
    }

    /**
     * SR-1: the Sprecher:innenrat consists of the Integrationsbeauftragte:r and every working table's
     * member and deputy: its register memberships and its Camunda group are made exactly that.
     */
    void syncSpeakersCouncil(String networkId) {
        Body council = bodies.findFirstByNetworkIdAndKind(networkId, BodyKind.SPEAKERS_COUNCIL).orElse(null);
        if (council == null) {
            return;
        }
        List<Partner> seated = offices.currentOfficesOfKinds(networkId, SPEAKERS_COUNCIL_SEATS).stream()
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
        List<String> users = new ArrayList<>(seated.stream().map(Partner::getUserId).filter(u -> u != null).toList());
        access.makeGroupExactly(GovernanceGroups.SPRECHERINNENRAT, users);
    }

    private RuleProfile profile(Body body) {
        return properties.profile(body.getNetworkId());
    }

    private static OfficeKind officeKind(String office) {
        try {
            return OfficeKind.valueOf(office);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolation("Unbekanntes Amt „" + office + "“.");
        }
    }
}
