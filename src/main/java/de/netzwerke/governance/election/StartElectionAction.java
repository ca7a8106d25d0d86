package de.netzwerke.governance.election;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.register.OfficeKind;
import de.netzwerke.governance.register.OfficeRules;
import de.netzwerke.governance.register.RegisterQueries;
import de.netzwerke.governance.register.RegisterViews.BodyView;
import de.netzwerke.governance.register.RegisterViews.OfficeView;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.overview.BodyAction;
import de.netzwerke.governance.register.overview.OverviewViewer;

/**
 * „Wahl einleiten“ on a body in the Übersicht (AT-2, SR-2, SR-5, M-3): the offices the body elects, offered to
 * whom {@code BodyRights} lets act for it (the network's coordination for every body, a working table's group
 * for its own table, the Sprecher:innenrat for itself), except those whose election runs already. One click
 * starts {@code OfficeElection} through the engine as the logged-in person, so the engine's authorization, the
 * variable contract and the election's own rights check apply as to any other start.
 */
@Component
public class StartElectionAction implements BodyAction {

    private final RuntimeService runtime;
    private final ElectionRepository elections;
    private final RegisterQueries register;

    public StartElectionAction(RuntimeService runtime, ElectionRepository elections, RegisterQueries register) {
        this.runtime = runtime;
        this.elections = elections;
        this.register = register;
    }

    @Override
    public String id() {
        return "wahl";
    }

    @Override
    public String label() {
        return "Wahl einleiten";
    }

    @Override
    public String choiceLabel() {
        return "Amt";
    }

    @Override
    public List<Choice> choices(BodyView body, OverviewViewer viewer) {
        if (!register.mayManage(body, viewer.groups())) {
            return List.of();
        }
        return choices(body, office -> running(body, office));
    }

    /** For the whole Übersicht: one query for the running elections of all bodies, not one per body and office. */
    @Override
    public Map<Long, List<Choice>> choices(List<BodyView> bodies, OverviewViewer viewer) {
        List<BodyView> managed = bodies.stream().filter(b -> register.mayManage(b, viewer.groups())).toList();
        if (managed.isEmpty()) {
            return Map.of();
        }
        Set<String> running = elections.findByBodyIdInAndStatusIn(managed.stream().map(BodyView::id).toList(),
                ElectionService.RUNNING).stream().map(e -> e.getBodyId() + "/" + e.getOfficeKind()).collect(Collectors.toSet());
        Map<Long, List<Choice>> all = new LinkedHashMap<>();
        for (BodyView body : managed) {
            all.put(body.id(), choices(body, office -> running.contains(body.id() + "/" + office)));
        }
        return all;
    }

    private static List<Choice> choices(BodyView body, Predicate<OfficeKind> running) {
        return OfficeRules.electedBy(body.kind()).stream().sorted(Comparator.naturalOrder())
                .filter(running.negate())
                .map(office -> new Choice(office.name(), office.label() + holder(body, office)))
                .toList();
    }

    @Override
    public String perform(BodyView body, String choice, OverviewViewer viewer) {
        OfficeKind office = OfficeKind.valueOf(choice);
        ProcessInstance started;
        try {
            started = runtime.startProcessInstanceByKey(ElectionStart.PROCESS_KEY, ElectionStart.variables(body.id(), office));
        } catch (AuthorizationException e) {
            throw new RuleViolation(notAllowed(body));
        }
        return "Die Wahl „" + office.label() + "“ für „" + body.name() + "“ ist eingeleitet (" + started.getBusinessKey()
                + "). Als Nächstes werden in der Tasklist die Kandidat:innen benannt.";
    }

    @Override
    public String refusal(BodyView body, String choice, OverviewViewer viewer) {
        if (!register.mayManage(body, viewer.groups())) {
            return notAllowed(body);
        }
        Optional<OfficeKind> office = java.util.Arrays.stream(OfficeKind.values()).filter(k -> k.name().equals(choice)).findFirst();
        if (office.isEmpty() || !OfficeRules.elects(body.kind(), office.get())) {
            return "„" + body.name() + "“ wählt kein solches Amt. Bitte ein Amt aus der Liste wählen.";
        }
        return "Für das Amt „" + office.get().label() + "“ von „" + body.name()
                + "“ läuft bereits eine Wahl. Bitte diese zuerst abschließen.";
    }

    private String notAllowed(BodyView body) {
        String coordination = register.network(body.networkId()).ruleProfile().getCoordination().getName();
        return "Eine Wahl für „" + body.name() + "“ leiten nur die " + coordination + " und das Gremium selbst ein.";
    }

    private boolean running(BodyView body, OfficeKind office) {
        return !elections.findByBodyIdAndOfficeKindAndStatusIn(body.id(), office, ElectionService.RUNNING).isEmpty();
    }

    /** Whether the office is vacant or until when it is held (the Übersicht shows the holders to everyone). */
    private static String holder(BodyView body, OfficeKind office) {
        Optional<OfficeView> held = body.offices().stream().filter(o -> o.kind() == office).findFirst();
        if (held.isEmpty()) {
            return " (unbesetzt)";
        }
        return held.get().termEnd() == null ? " (besetzt)" : held.get().termExpired()
                ? " (Amtszeit abgelaufen am " + GermanDates.format(held.get().termEnd()) + ")"
                : " (Amtszeit bis " + GermanDates.format(held.get().termEnd()) + ")";
    }
}
