package de.netzwerke.governance.rules;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final Today today;

    public RulesChanges(RulesChangeRepository changes, RulesVersionRepository versions, NetworkRepository networks,
                        PartnerRepository partners, GovernanceProperties properties, Today today) {
        this.changes = changes;
        this.versions = versions;
        this.networks = networks;
        this.partners = partners;
        this.properties = properties;
        this.today = today;
    }

    /**
     * Records the proposal. A person proposing must coordinate the network concerned (M-3: in Schwerin the
     * Fachstelle Chancengleichheit); null groups: the system proposes.
     */
    @Transactional
    public RulesChange propose(String networkId, String processInstanceId, String title, String passages, String reason,
                               List<String> proposerGroups) {
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
        return changes.save(new RulesChange(networkId, processInstanceId, title, passages, reason, today.now()));
    }

    @Transactional(readOnly = true)
    public RulesChange forInstance(String processInstanceId) {
        return changes.findByProcessInstanceId(processInstanceId).orElseThrow(() ->
                new IllegalStateException("No rules change for instance " + processInstanceId));
    }

    /** G-1: the count of the digital vote; carried, the register keeps the new version, in force from today. */
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
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > max ? line.substring(0, max - 1) + "…" : line;
    }

    public RuleProfile profile(String networkId) {
        return properties.profile(networkId);
    }
}
