package de.netzwerke.governance.election;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.process.InstanceStates;
import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.overview.OpenProcedure;
import de.netzwerke.governance.register.overview.OverviewSection;
import de.netzwerke.governance.register.overview.OverviewViewer;

/**
 * The elections' rows in the Übersicht (AT-2, SR-2, SR-5, SR-7): every election of the network that is under
 * way or failed and waits for the chair's decision, with office, body and stage, and any election held up by an
 * incident. Candidates are named only to those who see the network's personal data.
 */
@Component
@Transactional(readOnly = true)
public class ElectionOverview {

    static final String PROCEDURE = "Wahl";
    private static final Set<ElectionStatus> OPEN_OR_FAILED =
            EnumSet.of(ElectionStatus.NOMINATING, ElectionStatus.BALLOTING, ElectionStatus.NO_ELECTION);

    private final ElectionRepository elections;
    private final ElectionService service;
    private final Bodies bodies;
    private final InstanceStates instances;

    public ElectionOverview(ElectionRepository elections, ElectionService service, Bodies bodies, InstanceStates instances) {
        this.elections = elections;
        this.service = service;
        this.bodies = bodies;
        this.instances = instances;
    }

    @Configuration(proxyBeanMethods = false)
    static class Sections {

        @Bean
        OverviewSection runningElectionsSection(ElectionOverview overview) {
            return OverviewSection.of(20, "Laufende Wahlen", "Zurzeit läuft keine Wahl.", true, overview::open);
        }
    }

    /** Elections under way, failed ones whose chair has not decided yet, and any with an incident. */
    public List<OpenProcedure> open(String networkId, OverviewViewer viewer) {
        List<Election> candidates = elections.inNetwork(networkId, OPEN_OR_FAILED);
        Set<String> disturbed = instances.withIncident(ElectionStart.PROCESS_KEY);
        Map<Long, Election> shown = new LinkedHashMap<>();
        List<String> failed = candidates.stream().filter(e -> e.getStatus() == ElectionStatus.NO_ELECTION)
                .map(Election::getProcessInstanceId).toList();
        Set<String> failedAndWaiting = failed.isEmpty() ? Set.of() : instances.running(failed);
        for (Election e : candidates) {
            if (e.getStatus() != ElectionStatus.NO_ELECTION || failedAndWaiting.contains(e.getProcessInstanceId())) {
                shown.put(e.getId(), e);
            }
        }
        if (!disturbed.isEmpty()) {
            List<Election> held = elections.findByProcessInstanceIdIn(disturbed).stream()
                    .filter(e -> !shown.containsKey(e.getId())).toList();
            Map<Long, Body> theirBodies = bodies.byIds(held.stream().map(Election::getBodyId).toList());
            for (Election e : held) {
                Body body = theirBodies.get(e.getBodyId());
                if (body != null && body.getNetworkId().equals(networkId)) {
                    shown.put(e.getId(), e);
                }
            }
        }
        // bodies and candidates of all rows at once: the statements do not grow with the number of elections
        List<Election> listed = shown.values().stream().sorted(Comparator.comparing(Election::getId)).toList();
        Map<Long, Body> bodyById = bodies.byIds(listed.stream().map(Election::getBodyId).toList());
        Map<Long, List<ElectionCandidate>> candidatesByElection = viewer.seesContactData()
                ? service.standingCandidates(listed.stream().filter(e -> e.getStatus() == ElectionStatus.BALLOTING)
                        .map(Election::getId).toList())
                : Map.of();
        List<OpenProcedure> rows = new ArrayList<>();
        for (Election e : listed) {
            Body body = bodyById.get(e.getBodyId());
            List<String> details = new ArrayList<>();
            if (viewer.seesContactData() && e.getStatus() == ElectionStatus.BALLOTING) {
                details.add("Kandidat:innen: " + candidatesByElection.getOrDefault(e.getId(), List.of()).stream()
                        .map(c -> c.getPartner().getName()).collect(Collectors.joining(", ")));
            }
            rows.add(new OpenProcedure(PROCEDURE, e.getOfficeKind().label() + " – " + body.getName(), body.getId(),
                    stage(e), disturbed.contains(e.getProcessInstanceId()), null, details));
        }
        return rows;
    }

    static String stage(Election e) {
        return switch (e.getStatus()) {
            case NOMINATING -> "Kandidat:innen benennen";
            case BALLOTING -> e.getRound() > 1 ? "Stichwahl: Wahlergebnis erfassen" : "Wahlgang: Wahlergebnis erfassen";
            case NO_ELECTION -> "Prüfung nach Stimmengleichheit oder fehlender Mehrheit: weiteres Vorgehen festlegen";
            case ELECTED -> "Gewählt: Amt übertragen und Ergebnis mitteilen";
        };
    }
}
