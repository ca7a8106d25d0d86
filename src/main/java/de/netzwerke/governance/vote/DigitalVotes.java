package de.netzwerke.governance.vote;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.register.GovernanceProperties;
import de.netzwerke.governance.register.Office;
import de.netzwerke.governance.register.OfficeKind;
import de.netzwerke.governance.register.OfficeRepository;
import de.netzwerke.governance.register.OfficeRules;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.RuleProfile;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.SignedLinks;
import de.netzwerke.governance.security.SystemAuthority;
import de.netzwerke.governance.voting.Majority;
import de.netzwerke.governance.voting.MajorityRule;
import de.netzwerke.governance.voting.SeatRule;
import de.netzwerke.governance.voting.VoteCount;

/**
 * The register side of digital votes: fixing the electorate, the personal links, taking one ballot per seat
 * (G-1, SR-1) at a cost that does not depend on how many have voted, and the count with {@link MajorityRule}.
 * Who voted is kept per voter; what was voted only in {@link SecretBallot} rows that name nobody.
 */
@Service
@Transactional
public class DigitalVotes {

    /** The purpose of the personal ballot links ({@link SignedLinks}). */
    public static final String LINK_PURPOSE = "BALLOT";
    public static final String VIA_LINK = "LINK";
    public static final String VIA_LOGIN = "LOGIN";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'");

    /** A ballot taken: the German confirmation shown to the voter. */
    public record Cast(long voteId, String confirmation) {
    }

    private final DigitalVoteRepository votes;
    private final VoterRepository voters;
    private final SeatCastRepository seats;
    private final SecretBallotRepository ballots;
    private final PartnerRepository partners;
    private final OfficeRepository offices;
    private final GovernanceProperties properties;
    private final SignedLinks links;
    private final SystemAuthority system;
    private final Today today;

    public DigitalVotes(DigitalVoteRepository votes, VoterRepository voters, SeatCastRepository seats,
                        SecretBallotRepository ballots, PartnerRepository partners, OfficeRepository offices,
                        GovernanceProperties properties, SignedLinks links, SystemAuthority system,
                        Today today) {
        this.votes = votes;
        this.voters = voters;
        this.seats = seats;
        this.ballots = ballots;
        this.partners = partners;
        this.offices = offices;
        this.properties = properties;
        this.links = links;
        this.system = system;
        this.today = today;
    }

    /**
     * Opens a vote for a process instance and fixes its electorate: the voting period is the profile's
     * {@code voting.period}, ending earlier when the caller needs the result by {@code endsBy} (a funder's deadline).
     */
    public DigitalVote prepare(String processInstanceId, String networkId, String question, Electorate electorate,
                               Majority majority, Date endsBy) {
        RuleProfile profile = properties.profile(networkId);
        Instant now = today.now();
        Instant deadline = now.atZone(Today.ZONE).plus(profile.getVoting().getPeriod()).toInstant();
        if (endsBy != null && endsBy.toInstant().isBefore(deadline)) {
            deadline = endsBy.toInstant();
        }
        if (!deadline.isAfter(now)) {
            throw new RuleViolation("Das Ende der Abstimmung (" + when(deadline) + ") liegt nicht in der Zukunft.");
        }
        Instant reminder = deadline.atZone(Today.ZONE).minus(profile.getVoting().getReminderBefore()).toInstant();
        if (reminder.isBefore(now)) {
            reminder = now;
        }
        DigitalVote vote = votes.save(new DigitalVote(networkId, processInstanceId, question, electorate, majority,
                profile.getMajorityBase(), now, deadline, reminder));
        List<SeatRule.Voter> electors = electorate == Electorate.ALL_PARTNERS
                ? SeatRule.allPartners(partners.distributionList(networkId).stream().map(Partner::getId).toList())
                : speakersCouncil(networkId);
        List<Voter> rows = new ArrayList<>(electors.size());
        for (SeatRule.Voter e : electors) {
            rows.add(new Voter(vote.getId(), e));
        }
        voters.saveAll(rows);
        vote.setElectorateSize(SeatRule.seats(electors));
        return vote;
    }

    /** SR-1: the current holders of the Sprecher:innenrat's seats. */
    private List<SeatRule.Voter> speakersCouncil(String networkId) {
        Map<Long, Long> members = new HashMap<>();
        Map<Long, Long> deputies = new HashMap<>();
        Long commissioner = null;
        for (Office o : offices.currentOfficesOfKinds(networkId, OfficeRules.SPEAKERS_COUNCIL_SEATS)) {
            if (o.getKind() == OfficeKind.INTEGRATION_COMMISSIONER) {
                commissioner = o.getPartner().getId();
            } else if (o.getKind() == OfficeKind.SPEAKERS_COUNCIL_MEMBER) {
                members.put(o.getBodyId(), o.getPartner().getId());
            } else {
                deputies.put(o.getBodyId(), o.getPartner().getId());
            }
        }
        return SeatRule.speakersCouncil(members, deputies, commissioner);
    }

    @Transactional(readOnly = true)
    public DigitalVote forInstance(String processInstanceId) {
        return votes.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("no digital vote for instance " + processInstanceId));
    }

    @Transactional(readOnly = true)
    public Optional<DigitalVote> find(Long voteId) {
        return votes.findById(voteId);
    }

    /** The electorate in the order it was fixed. */
    @Transactional(readOnly = true)
    public List<Voter> voters(DigitalVote vote) {
        return voters.findByVoteIdOrderById(vote.getId());
    }

    /** Those whose seat has not voted yet. */
    @Transactional(readOnly = true)
    public List<Voter> notYetVoted(DigitalVote vote) {
        return voters.notYetVoted(vote.getId());
    }

    @Transactional(readOnly = true)
    public List<Partner> partners(List<Long> ids) {
        List<Partner> result = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i += 500) {
            result.addAll(partners.findAllById(ids.subList(i, Math.min(ids.size(), i + 500))));
        }
        return result;
    }

    /** From now on ballots are taken (before the links go out, so that the first click finds it open). */
    public void open(DigitalVote vote) {
        DigitalVote managed = votes.findById(vote.getId()).orElseThrow();
        managed.open();
    }

    /** The personal link token of one voter, valid one day past the end (a late vote is told it is late). */
    public String token(DigitalVote vote, long partnerId) {
        return links.sign(LINK_PURPOSE, vote.getId() + "-" + partnerId,
                Duration.between(today.now(), vote.getDeadline()).plusDays(1), today.now());
    }

    /** What the ballot page shows for a valid link (nothing is cast by looking). */
    public record Ballot(String question, String networkName, String majority, String deadline) {
    }

    @Transactional(readOnly = true)
    public Ballot ballotFor(String token) {
        long[] ids = claim(token);
        DigitalVote vote = votes.findById(ids[0])
                .orElseThrow(() -> new RuleViolation("Es gibt keine Abstimmung mit der Nummer " + ids[0] + "."));
        Voter voter = voters.findByVoteIdAndPartnerId(ids[0], ids[1]).orElseThrow(() -> new RuleViolation(
                "Sie gehören nicht zu den Stimmberechtigten dieser Abstimmung."));
        if (vote.getStatus() == DigitalVote.Status.COUNTED || !today.now().isBefore(vote.getDeadline())) {
            throw closed(vote);
        }
        if (voter.getVotedAt() != null) {
            throw new RuleViolation("Mit diesem Link wurde bereits abgestimmt; eine Stimme kann weder geändert noch ein "
                    + "zweites Mal abgegeben werden.");
        }
        return new Ballot(vote.getQuestion(), properties.profile(vote.getNetworkId()).getCoordination().getSignOff(),
                vote.getMajority().label(), when(vote.getDeadline()));
    }

    /** Whether these groups are the coordination of the vote's network (M-3, W-5) or administrators. */
    public boolean isCoordination(DigitalVote vote, java.util.Collection<String> groups) {
        return groups.contains(properties.profile(vote.getNetworkId()).getCoordination().getGroup())
                || groups.contains("camunda-admin");
    }

    private long[] claim(String token) {
        SignedLinks.Claim claim = links.verify(token, LINK_PURPOSE, today.now()).orElseThrow(() -> new RuleViolation(
                "Dieser Abstimmungslink ist ungültig oder abgelaufen. Bitte verwenden Sie den Link aus Ihrer E-Mail unverändert."));
        String[] parts = claim.subject().split("-");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    /** A ballot through a personal link: a forged, expired or other purpose's token is refused. */
    public Cast castWithToken(String token, String choice) {
        long[] ids = claim(token);
        return cast(ids[0], ids[1], choice, VIA_LINK);
    }

    /** The network's votes that are open now (the Übersicht lists them with their counts, never with names). */
    @Transactional(readOnly = true)
    public List<DigitalVote> open(String networkId) {
        Instant now = today.now();
        return votes.findByNetworkIdAndStatusOrderByDeadline(networkId, DigitalVote.Status.OPEN).stream()
                .filter(v -> v.getDeadline().isAfter(now)).toList();
    }

    /**
     * The open votes in which the signed-in user (a partner of the network with a Tasklist login) is a voter who has
     * not voted yet; a few reads, whatever the size of the electorate. Whether the seat may still vote (SR-1) is
     * decided by {@link #cast} when the vote is sent.
     */
    @Transactional(readOnly = true)
    public List<DigitalVote> awaitingBallotOf(String networkId, String userId) {
        if (userId == null) {
            return List.of();
        }
        List<Long> partner = voters.partnerOfUser(userId, networkId);
        if (partner.isEmpty()) {
            return List.of();
        }
        return open(networkId).stream().filter(v -> voters.findByVoteIdAndPartnerId(v.getId(), partner.get(0))
                .filter(voter -> voter.getVotedAt() == null).isPresent()).toList();
    }

    /** A ballot of a partner signed in (Tasklist login). */
    public Cast castSignedIn(Long voteId, String userId, String choice) {
        DigitalVote vote = votes.findById(voteId)
                .orElseThrow(() -> new RuleViolation("Es gibt keine Abstimmung mit der Nummer " + voteId + "."));
        Long partnerId = voters.partnerOfUser(userId, vote.getNetworkId()).stream().findFirst()
                .orElseThrow(() -> new RuleViolation("Ihr Benutzerkonto ist keiner Netzwerkpartner:in zugeordnet; "
                        + "Sie gehören nicht zu den Stimmberechtigten dieser Abstimmung."));
        return cast(voteId, partnerId, choice, VIA_LOGIN);
    }

    /**
     * Takes one ballot: the voter must be in the electorate, the vote open and before its end, the seat not yet
     * voted (SR-1: a deputy only on the eve). Costs a constant number of statements: the seat row (unique), the
     * ballot, the voter's mark and the counter; nothing reads the other ballots. The last seat ends the waiting.
     */
    public Cast cast(Long voteId, Long partnerId, String rawChoice, String via) {
        SecretBallot.Choice choice = choice(rawChoice);
        DigitalVote vote = votes.findById(voteId)
                .orElseThrow(() -> new RuleViolation("Es gibt keine Abstimmung mit der Nummer " + voteId + "."));
        Voter voter = voters.findByVoteIdAndPartnerId(voteId, partnerId).orElseThrow(() -> new RuleViolation(
                "Sie gehören nicht zu den Stimmberechtigten dieser Abstimmung („" + vote.getQuestion() + "“)."));
        Instant now = today.now();
        if (vote.getStatus() == DigitalVote.Status.COUNTED) {
            throw closed(vote);
        }
        Optional<SeatRule.Refusal> refusal = SeatRule.refusal(voter.getRole(),
                seats.existsByVoteIdAndSeat(voteId, voter.getSeat()), now, vote.getDeadline());
        if (refusal.isPresent()) {
            throw refusal(refusal.get(), vote, voter);
        }
        try {
            seats.saveAndFlush(new SeatCast(voteId, voter.getSeat()));
        } catch (DataIntegrityViolationException e) {
            throw refusal(SeatRule.Refusal.SEAT_ALREADY_VOTED, vote, voter);
        }
        ballots.save(new SecretBallot(voteId, choice));
        voters.markVoted(voter.getId(), now, via);
        if (votes.countOneMore(voteId) != 1) {
            throw closed(vote);
        }
        if (votes.castCount(voteId) >= vote.getElectorateSize() && vote.getProcessInstanceId() != null) {
            allVoted(vote);
        }
        return new Cast(voteId, "Vielen Dank, Ihre Stimme ist abgegeben. Die Abstimmung endet am "
                + when(vote.getDeadline()) + "; danach erhalten Sie das Ergebnis.");
    }

    /** Everyone has voted: the process stops waiting (as the system, whoever cast the last vote). */
    private void allVoted(DigitalVote vote) {
        system.correlate(DigitalVoteCall.MSG_ALL_VOTED, vote.getProcessInstanceId());
    }

    /** Closes the vote (later ballots are refused) and counts it under the majority it needs. */
    public VoteCount count(DigitalVote vote) {
        votes.close(vote.getId());
        Map<SecretBallot.Choice, Integer> tally = new EnumMap<>(SecretBallot.Choice.class);
        for (Object[] row : ballots.tally(vote.getId())) {
            tally.put((SecretBallot.Choice) row[0], ((Number) row[1]).intValue());
        }
        VoteCount count = MajorityRule.digital(tally.getOrDefault(SecretBallot.Choice.YES, 0),
                tally.getOrDefault(SecretBallot.Choice.NO, 0), tally.getOrDefault(SecretBallot.Choice.ABSTAIN, 0));
        boolean carried = MajorityRule.carried(vote.getMajority(), vote.getMajorityBase(), count);
        DigitalVote managed = votes.findById(vote.getId()).orElseThrow();
        managed.counted(count.yes(), count.no(), count.abstentions(), count.present(), carried, today.now());
        return count;
    }

    private static SecretBallot.Choice choice(String raw) {
        if (raw != null) {
            switch (raw.strip().toUpperCase(java.util.Locale.ROOT)) {
                case "YES", "JA" -> { return SecretBallot.Choice.YES; }
                case "NO", "NEIN" -> { return SecretBallot.Choice.NO; }
                case "ABSTAIN", "ENTHALTUNG" -> { return SecretBallot.Choice.ABSTAIN; }
                default -> { }
            }
        }
        throw new RuleViolation("Bitte „Ja“, „Nein“ oder „Enthaltung“ wählen.");
    }

    private static RuleViolation closed(DigitalVote vote) {
        return new RuleViolation("Die Abstimmung „" + vote.getQuestion() + "“ ist am " + when(vote.getDeadline())
                + " zu Ende gegangen; Stimmen werden nicht mehr angenommen.");
    }

    private static RuleViolation refusal(SeatRule.Refusal refusal, DigitalVote vote, Voter voter) {
        return switch (refusal) {
            case CLOSED -> closed(vote);
            case SEAT_ALREADY_VOTED -> new RuleViolation(switch (voter.getRole()) {
                case MEMBER, DEPUTY -> "Für Ihren Arbeitstisch wurde in dieser Abstimmung bereits abgestimmt: "
                        + "Jeder Arbeitstisch hat im Sprecher:innenrat eine Stimme (SR-1). Es wurde nichts geändert.";
                default -> "Sie haben in dieser Abstimmung bereits abgestimmt; eine Stimme kann weder geändert noch "
                        + "ein zweites Mal abgegeben werden. Es wurde nichts geändert.";
            });
            case DEPUTY_TOO_EARLY -> new RuleViolation("Als Stellvertretung können Sie erst ab dem "
                    + when(SeatRule.deputyFrom(vote.getDeadline())) + " abstimmen, und nur, wenn das Mitglied Ihres "
                    + "Arbeitstisches bis dahin nicht abgestimmt hat (SR-1).");
        };
    }

    public static String when(Instant instant) {
        return WHEN.format(instant.atZone(Today.ZONE));
    }

}
