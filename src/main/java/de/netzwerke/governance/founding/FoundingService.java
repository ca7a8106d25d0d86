package de.netzwerke.governance.founding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.founding.FoundingQuorum.Declaration;
import de.netzwerke.governance.founding.ReadinessDeclaration.Channel;
import de.netzwerke.governance.notification.Mail.Recipient;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.BodyStatus;
import de.netzwerke.governance.register.EmailAddress;
import de.netzwerke.governance.register.GovernanceProperties;
import de.netzwerke.governance.register.Membership;
import de.netzwerke.governance.register.MembershipRepository;
import de.netzwerke.governance.register.NameKey;
import de.netzwerke.governance.register.NetworkRepository;
import de.netzwerke.governance.register.NotFoundException;
import de.netzwerke.governance.register.Organisation;
import de.netzwerke.governance.register.OrganisationRepository;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.RuleProfile;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.AccessSetup;
import de.netzwerke.governance.security.GovernanceGroups;

/** The register side of founding a working table (AT-3, AT-4): proposals, declarations, establishment. */
@Service
@Transactional
public class FoundingService {

    private final FoundingProposalRepository proposals;
    private final ReadinessDeclarationRepository declarations;
    private final NetworkRepository networks;
    private final BodyRepository bodies;
    private final OrganisationRepository organisations;
    private final PartnerRepository partners;
    private final MembershipRepository memberships;
    private final GovernanceProperties properties;
    private final AccessSetup access;
    private final Today today;

    public FoundingService(FoundingProposalRepository proposals, ReadinessDeclarationRepository declarations,
                           NetworkRepository networks, BodyRepository bodies, OrganisationRepository organisations,
                           PartnerRepository partners, MembershipRepository memberships,
                           GovernanceProperties properties, AccessSetup access, Today today) {
        this.proposals = proposals;
        this.declarations = declarations;
        this.networks = networks;
        this.bodies = bodies;
        this.organisations = organisations;
        this.partners = partners;
        this.memberships = memberships;
        this.properties = properties;
        this.access = access;
        this.today = today;
    }

    public RuleProfile profile(String networkId) {
        return properties.profile(networkId);
    }

    public FoundingProposal propose(String networkId, String topic, String description, String fieldOfAction,
                                    String proposerUserId, String proposerEmail, String processInstanceId) {
        if (networkId == null || !networks.existsById(networkId)) {
            throw new RuleViolation("Unbekanntes Netzwerk „" + networkId + "“.");
        }
        if (!profile(networkId).getFounding().isEnabled()) {
            throw new RuleViolation("Das Netzwerk „" + networkId + "“ hat keine Arbeitstische.");
        }
        if (topic == null || !NameKey.hasVisibleContent(topic)) {
            throw new RuleViolation("Bitte das Thema des neuen Arbeitstischs angeben.");
        }
        if (topic.strip().length() > 255) {
            throw new RuleViolation("Das Thema ist zu lang (höchstens 255 Zeichen).");
        }
        if (description != null && description.strip().length() > 4000) {
            throw new RuleViolation("Die Beschreibung ist zu lang (höchstens 4000 Zeichen).");
        }
        if (fieldOfAction != null && fieldOfAction.strip().length() > 255) {
            throw new RuleViolation("Das Handlungsfeld ist zu lang (höchstens 255 Zeichen).");
        }
        if (proposerEmail != null && !proposerEmail.isBlank() && !EmailAddress.isValid(proposerEmail.strip())) {
            throw new RuleViolation("Die E-Mail-Adresse der vorschlagenden Person ist keine gültige E-Mail-Adresse;"
                    + " an sie gehen die Nachrichten zu diesem Vorschlag. Bitte eine gültige Adresse angeben"
                    + " (höchstens " + EmailAddress.MAX_LENGTH + " Zeichen, ohne Umlaute).");
        }
        return proposals.save(new FoundingProposal(networkId, topic.strip(), blankToNull(description),
                blankToNull(fieldOfAction), proposerUserId, blankToNull(proposerEmail), processInstanceId, Instant.now()));
    }

    /** AT-4: active working tables of the network that seem to cover the proposed topic already. */
    @Transactional(readOnly = true)
    public List<TopicOverlap.WorkingTable> similarWorkingTables(Long proposalId) {
        FoundingProposal p = proposal(proposalId);
        List<TopicOverlap.WorkingTable> active = bodies
                .findByNetworkIdAndKindAndStatus(p.getNetworkId(), BodyKind.WORKING_TABLE, BodyStatus.ACTIVE).stream()
                .map(b -> new TopicOverlap.WorkingTable(b.getName(), b.getTopic())).toList();
        return TopicOverlap.similar(p.getTopic(), active);
    }

    public void accept(Long proposalId) {
        proposal(proposalId).accept(Instant.now());
    }

    public void decline(Long proposalId, String reason) {
        if (reason == null || !NameKey.hasVisibleContent(reason)) {
            throw new RuleViolation("Bitte begründen Sie die Ablehnung; die Begründung geht per E-Mail an die vorschlagende Person.");
        }
        if (reason.strip().length() > 4000) {
            throw new RuleViolation("Die Begründung ist zu lang (höchstens 4000 Zeichen).");
        }
        proposal(proposalId).decline(reason.strip(), Instant.now());
    }

    /** AT-3: records a batch of declarations, all or none; refuses with every problem named. */
    public void declare(Long proposalId, List<Declaration> batch, Channel channel) {
        FoundingProposal p = proposal(proposalId);
        if (p.getStatus() != ProposalStatus.COLLECTING) {
            throw new RuleViolation("Für diesen Vorschlag werden keine Bereitschaftserklärungen mehr gesammelt.");
        }
        List<String> problems = ReadinessDeclarations.problems(declarations.emailKeys(proposalId), batch);
        if (!problems.isEmpty()) {
            throw new RuleViolation(String.join(" ", problems));
        }
        Instant now = Instant.now();
        for (Declaration d : batch) {
            declarations.save(new ReadinessDeclaration(proposalId, d, channel, now));
        }
    }

    @Transactional(readOnly = true)
    public FoundingQuorum.Result quorum(Long proposalId) {
        FoundingProposal p = proposal(proposalId);
        return FoundingQuorum.evaluate(declarationsOf(proposalId),
                profile(p.getNetworkId()).getFounding().getMinOrganisations());
    }

    /**
     * AT-3 established: the working table with its founding members, their partner records, its Camunda
     * group and Tasklist filter. Runs in one transaction with the engine's job, so a failure leaves nothing.
     */
    public Body establish(Long proposalId) {
        FoundingProposal p = proposal(proposalId);
        if (p.getStatus() == ProposalStatus.ESTABLISHED) {
            return bodies.findById(p.getWorkingTableId()).orElseThrow();
        }
        var day = today.date();
        Body table = bodies.save(new Body(p.getNetworkId(), BodyKind.WORKING_TABLE, "Arbeitstisch " + p.getTopic(),
                p.getDescription(), null, day));
        table.setFieldOfActionLabel(p.getFieldOfAction());
        table.setGroupId(GovernanceGroups.workingTable(table.getId()));
        access.setUpWorkingTable(table.getId(), table.getName());
        List<Partner> founders = new ArrayList<>();
        for (ReadinessDeclaration d : declarations.findByProposalIdOrderById(proposalId)) {
            Partner partner = partnerFor(p.getNetworkId(), d);
            if (!memberships.existsByBodyIdAndPartnerIdAndUntilIsNull(table.getId(), partner.getId())) {
                memberships.save(new Membership(table.getId(), partner, day));
                founders.add(partner);
            }
        }
        for (Partner founder : founders) {
            access.addToGroup(founder.getUserId(), table.getGroupId());
        }
        p.established(table.getId(), Instant.now());
        return table;
    }

    public void notEstablished(Long proposalId) {
        proposal(proposalId).notEstablished(Instant.now());
    }

    /** Proposer and declarants, each once, for the e-mails of the process. */
    @Transactional(readOnly = true)
    public List<Recipient> proposerAndDeclarants(Long proposalId, String proposerEmail) {
        String networkId = proposal(proposalId).getNetworkId();
        List<Recipient> recipients = new ArrayList<>();
        if (proposerEmail != null) {
            recipients.add(new Recipient(null, proposerEmail));
        }
        for (ReadinessDeclaration d : declarations.findByProposalIdOrderById(proposalId)) {
            if (recipients.stream().noneMatch(r -> d.getEmailKey().equals(NameKey.ofEmail(r.email())))) {
                recipients.add(new Recipient(partnerIdOf(networkId, d), d.getRepresentativeEmail()));
            }
        }
        return recipients;
    }

    @Transactional(readOnly = true)
    public FoundingProposal proposal(Long proposalId) {
        return proposals.findById(proposalId)
                .orElseThrow(() -> new NotFoundException("Unbekannter Vorschlag " + proposalId));
    }

    private List<Declaration> declarationsOf(Long proposalId) {
        return declarations.findByProposalIdOrderById(proposalId).stream().map(ReadinessDeclaration::toDeclaration).toList();
    }

    private Partner partnerFor(String networkId, ReadinessDeclaration d) {
        return partners.findByNetworkIdAndEmailKey(networkId, d.getEmailKey()).orElseGet(() -> {
            Organisation org = d.getOrganisation() == null ? null
                    : organisations.findByNetworkIdAndNameKey(networkId, NameKey.of(d.getOrganisation()))
                            .orElseGet(() -> organisations.save(new Organisation(networkId, d.getOrganisation())));
            return partners.save(new Partner(networkId, d.getRepresentativeName(), d.getRepresentativeEmail(), org,
                    today.date()));
        });
    }

    private Long partnerIdOf(String networkId, ReadinessDeclaration d) {
        return partners.findByNetworkIdAndEmailKey(networkId, d.getEmailKey()).map(Partner::getId).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
