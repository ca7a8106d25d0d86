package de.netzwerke.governance.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.meeting.AgendaItemDecided;
import de.netzwerke.governance.meeting.MeetingRecords;
import de.netzwerke.governance.notification.OneLine;
import de.netzwerke.governance.register.GovernanceProperties;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.NetworkRepository;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.RuleProfile;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;

/** The register's side of changes of the rules (G-1): proposals, their count and the versions in force. */
@Service
public class RulesChanges {

    /** The version in force: its number, since when, and what it changed (null for the original text). */
    public record InForce(int versionNumber, LocalDate since, String documentKind, String title) {
    }

    private final RulesChangeRepository changes;
    private final RulesVersionRepository versions;
    private final NetworkRepository networks;
    private final PartnerRepository partners;
    private final GovernanceProperties properties;
    private final MeetingRecords meetings;
    private final Today today;

    public RulesChanges(RulesChangeRepository changes, RulesVersionRepository versions, NetworkRepository networks,
                        PartnerRepository partners, GovernanceProperties properties, MeetingRecords meetings,
                        Today today) {
        this.changes = changes;
        this.versions = versions;
        this.networks = networks;
        this.partners = partners;
        this.properties = properties;
        this.meetings = meetings;
        this.today = today;
    }

    /**
     * Records the proposal. A person proposing must coordinate the network concerned (M-3: in Schwerin the
     * Fachstelle Chancengleichheit); null groups: the system proposes. Without a decision path: digitally.
     */
    @Transactional
    public RulesChange propose(String networkId, String processInstanceId, String title, String passages, String reason,
                               String decidedBy, List<String> proposerGroups) {
        Network network = networkId == null ? null : networks.findById(networkId).orElse(null);
        if (network == null) {
            throw new RuleViolation("Bitte ein Netzwerk angeben.");
        }
        RuleProfile.Coordination coordination = properties.profile(networkId).getCoordination();
        if (proposerGroups != null && !proposerGroups.contains(coordination.getGroup())) {
            throw new RuleViolation("Eine Änderung der " + network.getDocumentKind() + " schlägt die "
                    + coordination.getName() + " vor.");
        }
        if (title == null || passages == null || reason == null) {
            throw new RuleViolation("Bitte Kurzbezeichnung, geänderte Passagen mit neuer Fassung und Begründung angeben.");
        }
        DecisionPath path = decidedBy == null ? DecisionPath.DIGITAL : DecisionPath.valueOf(decidedBy);
        return changes.save(new RulesChange(networkId, processInstanceId, title, passages, reason, path, today.now()));
    }

    @Transactional(readOnly = true)
    public RulesChange forInstance(String processInstanceId) {
        return changes.findByProcessInstanceId(processInstanceId).orElseThrow(() ->
                new IllegalStateException("No rules change for instance " + processInstanceId));
    }

    /**
     * G-1 at a Tagung: the change goes on the agenda of the network's next Tagung as a rules-change item (two
     * thirds of the partners present). Refused when no Tagung is planned.
     */
    @Transactional
    public MeetingRecords.PlacedItem putOnTagung(String processInstanceId) {
        RulesChange c = forInstance(processInstanceId);
        MeetingRecords.PlacedItem item = meetings.putOnNextTagung(c.getNetworkId(), "Änderung der "
                + documentKind(c.getNetworkId()) + ": „" + shorten(c.getTitle(), 200)
                + "“ (Zwei-Drittel-Mehrheit der Anwesenden, G-1)");
        c.onAgenda(item.meetingId(), item.agendaItemId());
        return item;
    }

    /** A meeting voted on an agenda item: the rules change that waits for it, if any. */
    @Transactional(readOnly = true)
    public Optional<RulesChange> waitingFor(AgendaItemDecided decided) {
        return changes.findByAgendaItemIdAndStatus(decided.agendaItemId(), RulesChangeStatus.PROPOSED);
    }

    /** The rules changes that wait for a (now cancelled) meeting. */
    @Transactional(readOnly = true)
    public List<RulesChange> waitingOn(Long meetingId) {
        return changes.findByMeetingIdAndStatus(meetingId, RulesChangeStatus.PROPOSED);
    }

    /** How the Tagung voted (n = partners present); refused while it has not voted. */
    @Transactional(readOnly = true)
    public MeetingRecords.ItemOutcome tagungOutcome(String processInstanceId) {
        RulesChange c = forInstance(processInstanceId);
        return Optional.ofNullable(c.getAgendaItemId()).flatMap(meetings::outcome).filter(o -> o.carried() != null)
                .orElseThrow(() -> new RuleViolation("Die Tagung hat über diese Änderung noch nicht abgestimmt."));
    }

    /** „Tagung am 12.03.2027“: the meeting the change was put to (null: none). */
    @Transactional(readOnly = true)
    public String meetingSubject(RulesChange c) {
        return c.getMeetingId() == null ? null : meetings.meeting(c.getMeetingId()).subject();
    }

    /** The Tagung was cancelled and the coordination does not put the change to the next one. */
    @Transactional
    public void withdraw(String processInstanceId) {
        forInstance(processInstanceId).withdrawn(today.now());
    }

    /**
     * G-1: the count — of the digital vote (n = who voted) or of the Tagung (no vote id; n = present); carried, the
     * register keeps the new version, in force from today.
     */
    @Transactional
    public RulesChange decide(String processInstanceId, Long voteId, int yes, int no, int abstentions, int n, boolean carried) {
        RulesChange c = forInstance(processInstanceId);
        c.decided(voteId, yes, no, abstentions, n, carried, today.now());
        if (carried) {
            int next = inForce(c.getNetworkId()).versionNumber() + 1;
            versions.save(new RulesVersion(c.getNetworkId(), next, today.date(), c.getTitle(), c.getPassages(), c.getId()));
        }
        return changes.save(c);
    }

    @Transactional
    public void settingsReviewed(String processInstanceId, Boolean reviewed) {
        if (!Boolean.TRUE.equals(reviewed)) {
            throw new RuleViolation("Bitte bestätigen Sie, dass Sie die Einstellungen des Regelprofils geprüft haben.");
        }
        RulesChange c = forInstance(processInstanceId);
        c.settingsReviewed(today.now());
        changes.save(c);
    }

    /** The version in force; with no change in the register, the original text (version 1) since the network's date. */
    @Transactional(readOnly = true)
    public InForce inForce(String networkId) {
        Network network = networks.findById(networkId).orElseThrow();
        return versions.findFirstByNetworkIdOrderByVersionNumberDesc(networkId)
                .map(v -> new InForce(v.getVersionNumber(), v.getInForceSince(), network.getDocumentKind(), v.getTitle()))
                .orElse(new InForce(1, network.getInForceSince(), network.getDocumentKind(), null));
    }

    @Transactional(readOnly = true)
    public List<RulesChange> recent(String networkId) {
        return changes.findTop20ByNetworkIdOrderByProposedAtDesc(networkId);
    }

    /** Every active partner of the network (G-1: all of them get the result). */
    @Transactional(readOnly = true)
    public List<Partner> partners(String networkId) {
        return partners.distributionList(networkId);
    }

    public String documentKind(String networkId) {
        return networks.findById(networkId).map(Network::getDocumentKind).orElse("Geschäftsordnung");
    }

    /** One line of at most {@code max} characters. */
    public static String shorten(String text, int max) {
        return OneLine.of(text, max);
    }

    public RuleProfile profile(String networkId) {
        return properties.profile(networkId);
    }
}
