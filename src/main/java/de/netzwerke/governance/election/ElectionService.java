package de.netzwerke.governance.election;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.NotFoundException;
import de.netzwerke.governance.register.OfficeKind;
import de.netzwerke.governance.register.OfficeRules;
import de.netzwerke.governance.register.Offices;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.voting.Ballot;
import de.netzwerke.governance.voting.ElectionOutcome;
import de.netzwerke.governance.voting.InvalidVoteException;
import de.netzwerke.governance.voting.MajorityRule;

/**
 * Elections (AT-2, SR-2, SR-5, SR-7): nominations, the count and its records. Bodies, members and offices
 * are the register's ({@link Bodies}, {@link Offices}); an election only asks and appoints there.
 */
@Service
@Transactional
public class ElectionService {

    static final Set<ElectionStatus> RUNNING = EnumSet.of(ElectionStatus.NOMINATING, ElectionStatus.BALLOTING);

    private final ElectionRepository elections;
    private final ElectionCandidateRepository candidates;
    private final ElectionBallotRepository ballots;
    private final Bodies bodies;
    private final Offices offices;

    public ElectionService(ElectionRepository elections, ElectionCandidateRepository candidates,
                           ElectionBallotRepository ballots, Bodies bodies, Offices offices) {
        this.elections = elections;
        this.candidates = candidates;
        this.ballots = ballots;
        this.bodies = bodies;
        this.offices = offices;
    }

    /**
     * Opens an election. Refused: an office the body does not have; a person whose group may not act for the
     * body ({@code callerGroups} null: the system acts, e.g. a founding or a re-election); a second election
     * of the same office of the same body while one runs (also when both start at the same moment: the
     * database holds one running election per office).
     */
    public Election open(Long bodyId, String office, String processInstanceId, List<String> callerGroups) {
        Body body = bodies.body(bodyId);
        OfficeKind kind = OfficeKind.valueOf(office);
        if (!OfficeRules.elects(body.getKind(), kind)) {
            throw new RuleViolation("„" + body.getName() + "“ wählt kein Amt „" + kind.label() + "“.");
        }
        if (callerGroups != null) {
            bodies.requireMayManage(body, callerGroups);
        }
        if (!elections.findByBodyIdAndOfficeKindAndStatusIn(bodyId, kind, RUNNING).isEmpty()) {
            throw alreadyRunning(body, kind);
        }
        try {
            return elections.saveAndFlush(new Election(bodyId, kind, processInstanceId, Instant.now()));
        } catch (DataIntegrityViolationException e) {
            throw alreadyRunning(body, kind);
        }
    }

    private static RuleViolation alreadyRunning(Body body, OfficeKind kind) {
        return new RuleViolation("Für das Amt „" + kind.label() + "“ von „" + body.getName()
                + "“ läuft bereits eine Wahl. Bitte diese zuerst abschließen.");
    }

    /** The election a process instance runs: the register, not a variable anybody could set, says which. */
    @Transactional(readOnly = true)
    public Election forInstance(String processInstanceId) {
        return elections.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new NotFoundException("Keine Wahl zum Vorgang " + processInstanceId));
    }

    @Transactional(readOnly = true)
    public Body body(Election election) {
        return bodies.body(election.getBodyId());
    }

    /** The body's current members, who may stand and vote. */
    @Transactional(readOnly = true)
    public List<Partner> members(Long bodyId) {
        return bodies.members(bodyId);
    }

    @Transactional(readOnly = true)
    public int votingMembers(Body body) {
        return bodies.votingMembers(body);
    }

    /**
     * AT-2, SR-2, SR-5: candidates are members of the body who agreed to stand, at most one per ballot row,
     * and nobody who holds the paired office (leader and deputy are two persons).
     */
    public List<ElectionCandidate> nominate(Election election, List<Long> partnerIds, Boolean agreed) {
        if (partnerIds == null || partnerIds.isEmpty()) {
            throw new RuleViolation("Bitte mindestens eine:n Kandidat:in benennen.");
        }
        if (partnerIds.size() > BallotForm.ROWS) {
            throw new RuleViolation("Bitte höchstens " + BallotForm.ROWS + " Kandidat:innen benennen; "
                    + "so viele Zeilen hat das Formular für das Wahlergebnis.");
        }
        if (!Boolean.TRUE.equals(agreed)) {
            throw new RuleViolation("Kandidieren kann nur, wer der Kandidatur zugestimmt hat. Bitte die Zustimmung bestätigen.");
        }
        Body body = body(election);
        Map<Long, Partner> members = members(body.getId()).stream()
                .collect(Collectors.toMap(Partner::getId, p -> p, (a, b) -> a, LinkedHashMap::new));
        List<String> strangers = partnerIds.stream().filter(id -> !members.containsKey(id))
                .map(id -> bodies.findPartner(id).filter(p -> p.getNetworkId().equals(body.getNetworkId()))
                        .map(Partner::getName).orElse("Nr. " + id)).toList();
        if (!strangers.isEmpty()) {
            throw new RuleViolation("Nicht Mitglied von „" + body.getName() + "“ und daher nicht wählbar: "
                    + String.join(", ", strangers) + ".");
        }
        for (Long id : partnerIds) {
            offices.incompatibleOfficeHeld(body.getId(), election.getOfficeKind(), id).ifPresent(other -> {
                throw new RuleViolation(members.get(id).getName() + " hat bereits das Amt „" + other.label()
                        + "“ inne und kann nicht zugleich „" + election.getOfficeKind().label() + "“ sein.");
            });
        }
        if (!RUNNING.contains(election.getStatus()) && elections.findByBodyIdAndOfficeKindAndStatusIn(
                body.getId(), election.getOfficeKind(), RUNNING).stream().anyMatch(e -> !e.getId().equals(election.getId()))) {
            throw alreadyRunning(body, election.getOfficeKind());
        }
        candidates.deleteByElectionId(election.getId());
        candidates.flush();
        election.renominate();
        election.balloting();
        List<ElectionCandidate> nominated = new ArrayList<>();
        for (Long id : partnerIds) {
            nominated.add(candidates.save(new ElectionCandidate(election.getId(), members.get(id))));
        }
        return nominated;
    }

    /** The standing candidates in ballot order (row 1, 2, …). */
    @Transactional(readOnly = true)
    public List<ElectionCandidate> standingCandidates(Election election) {
        return candidates.standing(election.getId());
    }

    /** The standing candidates of several elections in one query, by election id (none: no entry). */
    public java.util.Map<Long, List<ElectionCandidate>> standingCandidates(java.util.Collection<Long> electionIds) {
        if (electionIds.isEmpty()) {
            return java.util.Map.of();
        }
        return candidates.standingIn(electionIds).stream().collect(java.util.stream.Collectors.groupingBy(
                ElectionCandidate::getElectionId, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    /**
     * SR-7 and the election reading: counts a ballot with {@link MajorityRule}. A count that cannot be right is
     * refused and changes nothing. A tie for first place narrows the candidates to the tied.
     *
     * @param rowVotes votes per ballot row (null: empty), for several candidates
     * @param yes      for a single candidate
     * @param no       for a single candidate
     */
    public ElectionOutcome count(Election election, int present, List<Integer> rowVotes, Integer yes, Integer no,
                                 int abstentions) {
        Body body = body(election);
        List<ElectionCandidate> standing = candidates.standing(election.getId());
        Map<String, Integer> byCandidate = new LinkedHashMap<>();
        int noVotes = 0;
        if (standing.size() == 1) {
            if (rowVotes.stream().anyMatch(v -> v != null && v != 0)) {
                throw new RuleViolation("Bei einer einzigen Kandidatur bitte Ja- und Nein-Stimmen eintragen, keine Stimmen je Zeile.");
            }
            byCandidate.put(String.valueOf(standing.get(0).getPartner().getId()), yes == null ? 0 : yes);
            noVotes = no == null ? 0 : no;
        } else {
            if ((yes != null && yes != 0) || (no != null && no != 0)) {
                throw new RuleViolation("Bei mehreren Kandidaturen zählt jede Stimme für eine Kandidatur; Ja- oder "
                        + "Nein-Stimmen gibt es dabei nicht. Wer keine Kandidatur wählt, enthält sich.");
            }
            for (int row = 1; row <= rowVotes.size(); row++) {
                Integer votes = rowVotes.get(row - 1);
                if (row <= standing.size()) {
                    if (votes == null) {
                        throw new RuleViolation("Bitte die Stimmen für " + standing.get(row - 1).getPartner().getName() + " angeben.");
                    }
                    byCandidate.put(String.valueOf(standing.get(row - 1).getPartner().getId()), votes);
                } else if (votes != null && votes != 0) {
                    throw new RuleViolation("Zeile " + row + " gehört zu keiner Kandidatur.");
                }
            }
        }
        ElectionOutcome outcome;
        try {
            Ballot ballot = new Ballot(present, byCandidate, noVotes, abstentions).validate(votingMembers(body));
            outcome = MajorityRule.elect(bodies.profile(body.getNetworkId()).getMajorityBase(), ballot, election.getRound() > 1);
        } catch (InvalidVoteException e) {
            throw new RuleViolation(e.getMessage());
        }
        ballots.save(new ElectionBallot(election.getId(), election.getRound(), present, noVotes, abstentions,
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

    /** What the chair reads about the last count: who was elected, or why nobody was. */
    @Transactional(readOnly = true)
    public String outcomeText(Election election) {
        List<ElectionBallot> counted = ballots.findByElectionIdOrderById(election.getId());
        if (counted.isEmpty()) {
            return "";
        }
        ElectionBallot last = counted.get(counted.size() - 1);
        Map<Long, Integer> votes = new LinkedHashMap<>();
        for (String pair : last.getVotes().split(";")) {
            if (!pair.isBlank()) {
                String[] kv = pair.split("=");
                votes.put(Long.valueOf(kv[0]), Integer.valueOf(kv[1]));
            }
        }
        int top = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        String tied = votes.entrySet().stream().filter(e -> e.getValue() == top)
                .map(e -> bodies.partner(e.getKey()).getName()).collect(Collectors.joining(" und "));
        return switch (ElectionOutcome.Kind.valueOf(last.getOutcome())) {
            case ELECTED -> bodies.partner(election.getElectedPartnerId()).getName() + " ist gewählt.";
            case REJECTED -> "Die Kandidatur hat keine Mehrheit erhalten (Stimmengleichheit gilt als Ablehnung). Es ist niemand gewählt.";
            case RUNOFF -> "Stimmengleichheit zwischen " + tied + " (je " + top + " Stimmen): Stichwahl.";
            case NO_ELECTION -> "Auch in der Stichwahl Stimmengleichheit zwischen " + tied + " (je " + top
                    + " Stimmen). Es ist niemand gewählt.";
        };
    }

    /** The elected holder takes office (register: term, predecessor, SR-1 seats); once, also when retried. */
    public Offices.Appointment install(Election election) {
        if (election.getOfficeId() == null) {
            Offices.Appointment appointment = offices.appoint(election.getBodyId(), election.getOfficeKind(),
                    election.getElectedPartnerId());
            election.installed(appointment.officeId());
            return appointment;
        }
        return offices.appointment(election.getOfficeId());
    }

    /** The re-election timer starts a new election only while the office it installed is still held and none runs. */
    @Transactional(readOnly = true)
    public boolean reElectionDue(Long officeId) {
        if (!offices.isHeld(officeId)) {
            return false;
        }
        var appointment = offices.appointment(officeId);
        return elections.findByBodyIdAndOfficeKindAndStatusIn(appointment.bodyId(), appointment.kind(), RUNNING).isEmpty();
    }
}
