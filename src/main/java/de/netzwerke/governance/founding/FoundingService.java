package de.netzwerke.governance.founding;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.founding.FoundingQuorum.Declaration;
import de.netzwerke.governance.founding.ReadinessDeclaration.Channel;
import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.notification.Mail.Recipient;
import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.BodyStatus;
import de.netzwerke.governance.register.EmailAddress;
import de.netzwerke.governance.register.NameKey;
import de.netzwerke.governance.register.NetworkRepository;
import de.netzwerke.governance.register.NotFoundException;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.RuleProfile;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.GovernanceGroups;

/** The register side of founding a working table (AT-3, AT-4): proposals, declarations, establishment. */
@Service
@Transactional
public class FoundingService {

    /**
     * The declaration period that starts when the coordination accepts a proposal.
     *
     * @param deadline the moment it ends ({@code founding.declaration-period} from now)
     * @param text     its day as staff read it, e.g. "16.01.2027"
     */
    public record DeclarationPeriod(Instant deadline, String text) {
    }

    private final FoundingProposalRepository proposals;
    private final ReadinessDeclarationRepository declarations;
    private final NetworkRepository networks;
    private final BodyRepository bodyRepository;
    private final Bodies bodies;
    private final Today today;
    @PersistenceContext
    private EntityManager entityManager;

    public FoundingService(FoundingProposalRepository proposals, ReadinessDeclarationRepository declarations,
                           NetworkRepository networks, BodyRepository bodyRepository, Bodies bodies, Today today) {
        this.today = today;
        this.proposals = proposals;
        this.declarations = declarations;
        this.networks = networks;
        this.bodyRepository = bodyRepository;
        this.bodies = bodies;
    }

    public RuleProfile profile(String networkId) {
        return bodies.profile(networkId);
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
        List<TopicOverlap.WorkingTable> active = bodyRepository
                .findByNetworkIdAndKindAndStatus(p.getNetworkId(), BodyKind.WORKING_TABLE, BodyStatus.ACTIVE).stream()
                .map(b -> new TopicOverlap.WorkingTable(b.getName(), b.getTopic())).toList();
        return TopicOverlap.similar(p.getTopic(), active);
    }

    /** M-3: the coordination accepts; the declaration period ({@code founding.declaration-period}) starts now. */
    public DeclarationPeriod accept(Long proposalId) {
        Instant now = today.now();
        FoundingProposal p = proposal(proposalId);
        p.accept(now);
        ZonedDateTime deadline = now.atZone(Today.ZONE).plus(profile(p.getNetworkId()).getFounding().getDeclarationPeriod());
        return new DeclarationPeriod(deadline.toInstant(), GermanDates.format(deadline.toLocalDate()));
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

    /**
     * AT-3: records a batch of declarations, all or none; refuses with every problem named. Declarations of
     * one founding take their turn (the proposal is locked), so two at the same moment are both checked
     * against each other. A declaration that arrives after the working table was established, but within
     * the declaration period, makes the declarant a member of the table at once.
     *
     * @return the declarations recorded, in order
     */
    public List<ReadinessDeclaration> declare(Long proposalId, List<Declaration> batch, Channel channel) {
        FoundingProposal p = locked(proposalId);
        if (p.getStatus() != ProposalStatus.COLLECTING && p.getStatus() != ProposalStatus.ESTABLISHED) {
            throw new RuleViolation("Für diesen Vorschlag werden keine Bereitschaftserklärungen mehr gesammelt.");
        }
        List<String> problems = ReadinessDeclarations.problems(declarations.emailKeys(proposalId), batch);
        if (!problems.isEmpty()) {
            throw new RuleViolation(String.join(" ", problems));
        }
        Instant now = Instant.now();
        List<ReadinessDeclaration> recorded = new ArrayList<>();
        for (Declaration d : batch) {
            recorded.add(declarations.save(new ReadinessDeclaration(proposalId, d, channel, now)));
        }
        if (p.getStatus() == ProposalStatus.ESTABLISHED) {
            bodies.admit(bodies.body(p.getWorkingTableId()), partnersOf(p, recorded));
        }
        return recorded;
    }

    @Transactional(readOnly = true)
    public FoundingQuorum.Result quorum(Long proposalId) {
        FoundingProposal p = proposal(proposalId);
        return FoundingQuorum.evaluate(declarationsOf(proposalId),
                profile(p.getNetworkId()).getFounding().getMinOrganisations());
    }

    /** AT-3: the quorum of several proposals of a network, with one query for all their declarations. */
    @Transactional(readOnly = true)
    public Map<Long, FoundingQuorum.Result> quorums(String networkId, List<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Declaration>> byProposal = new java.util.HashMap<>();
        for (ReadinessDeclaration d : declarations.findByProposalIdInOrderById(proposalIds)) {
            byProposal.computeIfAbsent(d.getProposalId(), id -> new ArrayList<>()).add(d.toDeclaration());
        }
        int min = profile(networkId).getFounding().getMinOrganisations();
        Map<Long, FoundingQuorum.Result> result = new java.util.HashMap<>();
        for (Long id : proposalIds) {
            result.put(id, FoundingQuorum.evaluate(byProposal.getOrDefault(id, List.of()), min));
        }
        return result;
    }

    /**
     * AT-3 established: the working table with its founding members (partners of the network from now on),
     * its group and Tasklist filter (through the register's event). Runs in one transaction with the
     * engine's job, so a failure leaves nothing; run again, it finds the table it made.
     */
    public Body establish(Long proposalId) {
        FoundingProposal p = locked(proposalId);
        if (p.getStatus() == ProposalStatus.ESTABLISHED) {
            return bodies.body(p.getWorkingTableId());
        }
        Body table = bodies.createWorkingTable(p.getNetworkId(), p.getTopic(), p.getDescription(), p.getFieldOfAction(),
                GovernanceGroups.WORKING_TABLE_PREFIX);
        bodies.admit(table, partnersOf(p, declarations.findByProposalIdOrderById(proposalId)));
        p.established(table.getId(), Instant.now());
        return table;
    }

    private List<Partner> partnersOf(FoundingProposal p, List<ReadinessDeclaration> declared) {
        List<Partner> partners = new ArrayList<>();
        for (ReadinessDeclaration d : declared) {
            if (d.isErased()) {
                continue; // left the network before the table was established
            }
            partners.add(bodies.partner(p.getNetworkId(), d.getRepresentativeName(), d.getRepresentativeEmail(),
                    d.getOrganisation()));
        }
        return partners;
    }

    public void notEstablished(Long proposalId) {
        proposal(proposalId).notEstablished(Instant.now());
    }

    /** Proposer and declarants, each once, for the e-mails of the process. */
    @Transactional(readOnly = true)
    public List<Recipient> proposerAndDeclarants(Long proposalId) {
        FoundingProposal p = proposal(proposalId);
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        if (p.getProposerEmail() != null) {
            recipients.put(NameKey.ofEmail(p.getProposerEmail()), new Recipient(null, p.getProposerEmail()));
        }
        List<ReadinessDeclaration> declared = declarations.findByProposalIdOrderById(proposalId).stream()
                .filter(d -> !d.isErased()).toList();
        // one query for all declarants' partner ids, not one per declaration (issue 15)
        Map<String, Long> partnerIds = bodies.partnerIdsByEmailKey(p.getNetworkId(),
                declared.stream().map(ReadinessDeclaration::getRepresentativeEmail).toList());
        for (ReadinessDeclaration d : declared) {
            recipients.putIfAbsent(d.getEmailKey(), new Recipient(
                    partnerIds.get(NameKey.ofEmail(d.getRepresentativeEmail())), d.getRepresentativeEmail()));
        }
        return List.copyOf(recipients.values());
    }

    /** The person behind one declaration, to write to them. */
    @Transactional(readOnly = true)
    public Recipient declarant(Long declarationId) {
        ReadinessDeclaration d = declarations.findById(declarationId)
                .orElseThrow(() -> new NotFoundException("Unbekannte Bereitschaftserklärung " + declarationId));
        FoundingProposal p = proposal(d.getProposalId());
        if (d.isErased()) {
            return new Recipient(null, null);
        }
        return new Recipient(bodies.partnerId(p.getNetworkId(), d.getRepresentativeEmail()).orElse(null),
                d.getRepresentativeEmail());
    }

    /**
     * A founding that ended without a working table keeps no personal data: the declarations lose names and
     * e-mail addresses (only the counts stay), the proposer's address is forgotten.
     */
    public void forgetPersonalData(Long proposalId) {
        FoundingProposal p = proposal(proposalId);
        if (p.getStatus() == ProposalStatus.ESTABLISHED) {
            return;
        }
        List<Declaration> all = declarationsOf(proposalId);
        FoundingQuorum.Result result = FoundingQuorum.evaluate(all, profile(p.getNetworkId()).getFounding().getMinOrganisations());
        p.forget(all.size(), result.count());
        declarations.deleteByProposalId(proposalId);
    }

    /** The proposal a process instance works on: the register, not a variable anybody could set, says which. */
    @Transactional(readOnly = true)
    public FoundingProposal forInstance(String processInstanceId) {
        return proposals.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new NotFoundException("Kein Vorschlag zum Vorgang " + processInstanceId));
    }

    @Transactional(readOnly = true)
    public FoundingProposal proposal(Long proposalId) {
        return proposals.findById(proposalId)
                .orElseThrow(() -> new NotFoundException("Unbekannter Vorschlag " + proposalId));
    }

    /**
     * The proposal, locked until the transaction ends and read afresh after the lock was granted: declarations
     * and the establishment of one founding take their turn, and none decides on a state the one before it
     * changed meanwhile (the transaction may already hold the proposal, read before the lock).
     */
    private FoundingProposal locked(Long proposalId) {
        FoundingProposal p = proposal(proposalId);
        entityManager.refresh(p, LockModeType.PESSIMISTIC_WRITE);
        return p;
    }

    private List<Declaration> declarationsOf(Long proposalId) {
        return declarations.findByProposalIdOrderById(proposalId).stream().map(ReadinessDeclaration::toDeclaration).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
