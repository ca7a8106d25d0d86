package de.netzwerke.governance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.process.InstanceStates;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.register.overview.OpenProcedure;
import de.netzwerke.governance.register.overview.OverviewSection;
import de.netzwerke.governance.register.overview.OverviewViewer;

/** G-1: the Übersicht shows which version of the rules is in force since when, and the latest proposed changes. */
@Component
public class RulesOverview {

    private final RulesChanges changes;
    private final InstanceStates instances;

    public RulesOverview(RulesChanges changes, InstanceStates instances) {
        this.changes = changes;
        this.instances = instances;
    }

    @Configuration(proxyBeanMethods = false)
    static class Sections {

        @Bean
        OverviewSection rulesSection(RulesOverview overview) {
            return OverviewSection.of(60, "Geltende Regeln und Änderungen (G-1)", null, false, overview::rows);
        }
    }

    public List<OpenProcedure> rows(String networkId, OverviewViewer viewer) {
        List<OpenProcedure> rows = new ArrayList<>();
        RulesChanges.InForce inForce = changes.inForce(networkId);
        rows.add(new OpenProcedure(inForce.documentKind(), "Version " + inForce.versionNumber() + " in Kraft seit "
                + GermanDates.format(inForce.since()), null, inForce.title() == null ? "ursprüngliche Fassung"
                : "zuletzt geändert: " + inForce.title(), false, null, List.of()));
        Set<String> disturbed = instances.withIncident(RulesVariables.PROCESS_KEY);
        for (RulesChange c : changes.recent(networkId)) {
            rows.add(new OpenProcedure("Änderung der " + inForce.documentKind(), c.getTitle(), null, stage(c),
                    disturbed.contains(c.getProcessInstanceId()), null, List.of()));
        }
        return rows;
    }

    private String stage(RulesChange c) {
        boolean atTagung = c.getDecidedBy() == DecisionPath.TAGUNG;
        return switch (c.getStatus()) {
            case PROPOSED -> atTagung
                    ? (c.getMeetingId() == null ? "zur Tagung vorgeschlagen" : "auf der Tagesordnung: " + changes.meetingSubject(c))
                    : "Netzwerkpartner:innen stimmen digital ab";
            case WITHDRAWN -> "zurückgezogen am " + GermanDates.format(c.getDecidedAt().atZone(Today.ZONE).toLocalDate())
                    + " (Tagung abgesagt)";
            default -> c.getStatus().label() + (atTagung ? " auf der " + changes.meetingSubject(c) : " am "
                    + GermanDates.format(c.getDecidedAt().atZone(Today.ZONE).toLocalDate())) + " (Ja " + c.getYes()
                    + ", Nein " + c.getNo() + ", Enthaltungen " + c.getAbstentions() + ", "
                    + (atTagung ? "anwesend " : "abgestimmt ") + c.getN() + ")";
        };
    }
}
