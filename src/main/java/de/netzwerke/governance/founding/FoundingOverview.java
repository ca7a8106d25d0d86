package de.netzwerke.governance.founding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.process.InstanceStates;
import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.register.overview.OpenProcedure;
import de.netzwerke.governance.register.overview.OverviewSection;

/**
 * The founding's rows in the Übersicht (AT-3, M-3): the running foundings of a network — topic, the
 * organisations so far (names of organisations, never of people), how many are missing, the deadline — and
 * for a proposer „Meine Vorschläge“: every proposal they made and what became of it.
 */
@Component
@Transactional(readOnly = true)
public class FoundingOverview {

    static final String PROCEDURE = "Gründung eines Arbeitstischs";
    private static final Set<ProposalStatus> RUNNING = EnumSet.of(ProposalStatus.PROPOSED, ProposalStatus.COLLECTING);

    private final FoundingProposalRepository proposals;
    private final FoundingService foundings;
    private final Bodies bodies;
    private final InstanceStates instances;

    public FoundingOverview(FoundingProposalRepository proposals, FoundingService foundings, Bodies bodies,
                            InstanceStates instances) {
        this.proposals = proposals;
        this.foundings = foundings;
        this.bodies = bodies;
        this.instances = instances;
    }

    /** The two sections of the founding capability. */
    @Configuration(proxyBeanMethods = false)
    static class Sections {

        @Bean
        OverviewSection myProposalsSection(FoundingOverview overview) {
            return OverviewSection.of(5, "Meine Vorschläge", null, false,
                    (networkId, viewer) -> overview.proposalsOf(networkId, viewer.userId()));
        }

        @Bean
        OverviewSection runningFoundingsSection(FoundingOverview overview) {
            return OverviewSection.of(10, "Laufende Gründungen von Arbeitstischen",
                    "Zurzeit wird kein Arbeitstisch gegründet.", true, (networkId, viewer) -> overview.running(networkId));
        }
    }

    /** Proposals being checked or collecting declarations, oldest first. */
    public List<OpenProcedure> running(String networkId) {
        List<FoundingProposal> running = proposals.findByNetworkIdAndStatusInOrderById(networkId, RUNNING);
        return rows(running);
    }

    /** Every proposal the user made in the network, newest first, open or closed. */
    public List<OpenProcedure> proposalsOf(String networkId, String userId) {
        if (userId == null) {
            return List.of();
        }
        return rows(proposals.findByNetworkIdAndProposerUserIdOrderByIdDesc(networkId, userId));
    }

    private List<OpenProcedure> rows(List<FoundingProposal> list) {
        List<String> instanceIds = list.stream().filter(p -> RUNNING.contains(p.getStatus()))
                .map(FoundingProposal::getProcessInstanceId).toList();
        Set<String> disturbed = instanceIds.isEmpty() ? Set.of() : instances.withIncident(FoundingVariables.PROCESS_KEY);
        Map<String, Object> deadlines = instanceIds.isEmpty() ? Map.of()
                : instances.variable(FoundingVariables.DECLARATION_DEADLINE.name(), instanceIds);
        // one query for the declarations of all collecting proposals, one for the tables founded (issue 15: no N+1)
        Map<Long, FoundingQuorum.Result> quorums = list.isEmpty() ? Map.of() : foundings.quorums(list.get(0).getNetworkId(),
                list.stream().filter(p -> p.getStatus() == ProposalStatus.COLLECTING).map(FoundingProposal::getId).toList());
        Map<Long, String> tableNames = bodies.names(list.stream().map(FoundingProposal::getWorkingTableId)
                .filter(java.util.Objects::nonNull).toList());
        return list.stream().map(p -> row(p, disturbed.contains(p.getProcessInstanceId()),
                deadlines.get(p.getProcessInstanceId()), quorums.get(p.getId()), tableNames)).toList();
    }

    private OpenProcedure row(FoundingProposal p, boolean disturbed, Object deadline, FoundingQuorum.Result quorum,
                              Map<Long, String> tableNames) {
        List<String> details = new ArrayList<>();
        String stage;
        switch (p.getStatus()) {
            case PROPOSED -> stage = "Vorschlag wird von der Fachstelle geprüft (M-3)";
            case COLLECTING -> {
                stage = "Bereitschaftserklärungen werden gesammelt (AT-3)";
                details.add(organisationsSoFar(quorum));
                details.add(quorum.reached() ? "Mindestzahl von " + quorum.required() + " Organisationen erreicht"
                        : "Es fehlen noch " + quorum.missing() + " von " + quorum.required() + " Organisationen (AT-3)");
            }
            case ESTABLISHED -> {
                stage = "Arbeitstisch gegründet";
                if (p.getWorkingTableId() != null) {
                    details.add("Neuer Arbeitstisch: " + tableNames.get(p.getWorkingTableId()));
                }
            }
            case DECLINED -> {
                stage = "Von der Fachstelle abgelehnt";
                if (p.getDeclineReason() != null) {
                    details.add("Begründung: " + p.getDeclineReason());
                }
            }
            case NOT_ESTABLISHED -> {
                stage = "Nicht zustande gekommen: zu wenige Organisationen bis zum Ende der Frist (AT-3)";
                if (p.getDeclaredOrganisations() != null) {
                    details.add("Bereit erklärt hatten sich " + p.getDeclaredOrganisations() + " Organisationen");
                }
            }
            default -> throw new IllegalStateException(p.getStatus().name());
        }
        if (p.getFieldOfAction() != null) {
            details.add(0, "Handlungsfeld: " + p.getFieldOfAction());
        }
        return new OpenProcedure(PROCEDURE, p.getTopic(), null, stage, disturbed, day(deadline), details);
    }

    private static String organisationsSoFar(FoundingQuorum.Result quorum) {
        return quorum.count() == 0 ? "Organisationen bisher: keine"
                : "Organisationen bisher: " + quorum.count() + " (" + String.join(", ", quorum.organisations()) + ")";
    }

    private static LocalDate day(Object deadline) {
        return deadline instanceof Date date ? date.toInstant().atZone(Today.ZONE).toLocalDate() : null;
    }
}
