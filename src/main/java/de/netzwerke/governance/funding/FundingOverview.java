package de.netzwerke.governance.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.process.InstanceStates;
import de.netzwerke.governance.register.overview.OpenProcedure;
import de.netzwerke.governance.register.overview.OverviewSection;
import de.netzwerke.governance.register.overview.OverviewViewer;

/**
 * SR-3: the Übersicht lists the network's funding applications (the newest 50) with where they stand or how the
 * Sprecher:innenrat decided (votes counted, never who voted how). The applicant's address is not shown.
 */
@Component
public class FundingOverview {

    private final FundingApplications applications;
    private final InstanceStates instances;

    public FundingOverview(FundingApplications applications, InstanceStates instances) {
        this.applications = applications;
        this.instances = instances;
    }

    @Configuration(proxyBeanMethods = false)
    static class Sections {

        @Bean
        OverviewSection fundingApplicationsSection(FundingOverview overview) {
            return OverviewSection.of(50, "Förderanträge (Stellungnahmen des Sprecher:innenrats)", null, false,
                    overview::rows);
        }
    }

    public List<OpenProcedure> rows(String networkId, OverviewViewer viewer) {
        List<FundingApplication> list = applications.recent(networkId);
        if (list.isEmpty()) {
            return List.of();
        }
        Set<String> disturbed = instances.withIncident(FundingVariables.PROCESS_KEY);
        List<OpenProcedure> rows = new ArrayList<>();
        for (FundingApplication a : list) {
            List<String> details = new ArrayList<>();
            details.add(a.getProgramme() + ", " + FundingApplications.euros(a.getAmountCents()));
            String stage = switch (a.getStatus()) {
                case SUPPORTED, REJECTED -> a.getStatus().label() + " (Ja " + a.getYes() + ", Nein " + a.getNo()
                        + ", Enthaltungen " + a.getAbstentions() + ")";
                case VOTING -> a.isVotedAtMeeting() && a.getMeetingId() != null
                        ? "auf der Tagesordnung: " + applications.meetingSubject(a) : a.getStatus().label();
                default -> a.getStatus().label();
            };
            rows.add(new OpenProcedure("Förderantrag", a.getTitle() + " – " + a.getOrganisation(), null, stage,
                    disturbed.contains(a.getProcessInstanceId()), a.getFunderDeadline(), details));
        }
        return rows;
    }
}
