package de.netzwerke.governance.steering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.process.InstanceStates;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.register.overview.OpenProcedure;
import de.netzwerke.governance.register.overview.OverviewSection;
import de.netzwerke.governance.register.overview.OverviewViewer;
import de.netzwerke.governance.security.SystemAuthority;

/**
 * The reappointment's row in the Übersicht (W-6): the one that waits for its date or runs, with its stage and the
 * due date; persons are counted, not named. The group itself (members, fields of action, dates) is the register's
 * section of the Übersicht.
 */
@Component
public class SteeringOverview {

    private static final Map<String, String> STAGES = Map.of(
            "Task_AskMembers", "Bereitschaft der Mitglieder erfassen",
            "Task_RecordNominations", "Vorschlagsfrist läuft",
            "Task_CheckEligibility", "Wählbarkeit prüfen (W-7, W-8)",
            "Task_ComposeSteeringGroup", "Zusammensetzung vorschlagen",
            "Task_RecordNetworkDecision", "Beschluss des Netzwerks erfassen");

    private final ReappointmentRepository reappointments;
    private final ReappointmentService service;
    private final TaskService taskService;
    private final InstanceStates instances;
    private final SystemAuthority system;

    public SteeringOverview(ReappointmentRepository reappointments, ReappointmentService service, TaskService taskService,
                            InstanceStates instances, SystemAuthority system) {
        this.reappointments = reappointments;
        this.service = service;
        this.taskService = taskService;
        this.instances = instances;
        this.system = system;
    }

    @Configuration(proxyBeanMethods = false)
    static class Sections {

        @Bean
        OverviewSection steeringGroupReappointmentSection(SteeringOverview overview) {
            return OverviewSection.of(40, "Wiederbestellung der Steuerungsgruppe", null, true, overview::open);
        }
    }

    /** The network's waiting or running reappointment, if any. */
    public List<OpenProcedure> open(String networkId, OverviewViewer viewer) {
        List<OpenProcedure> rows = new ArrayList<>();
        Set<String> disturbed = instances.withIncident(SteeringVariables.PROCESS_KEY);
        for (Reappointment r : reappointments.findByNetworkIdAndStatusIn(networkId, ReappointmentService.OPEN)) {
            LocalDate due = service.dates(r).getNextDueOn();
            String stage;
            List<String> details = new ArrayList<>();
            if (r.getStatus() == ReappointmentStatus.WAITING) {
                stage = "Beginnt von selbst am " + GermanDates.format(service.startsAt(r).atZone(Today.ZONE).toLocalDate());
            } else {
                List<Task> tasks = system.call(() -> taskService.createTaskQuery().processInstanceId(r.getProcessInstanceId()).list());
                stage = tasks.stream().map(t -> STAGES.get(t.getTaskDefinitionKey())).filter(s -> s != null).findFirst()
                        .orElse("Beschlossen: Steuerungsgruppe besetzen und Ergebnis mitteilen");
                List<SteeringCandidate> persons = service.candidates(r);
                long members = persons.stream().filter(SteeringCandidate::isCurrentMember).count();
                long again = persons.stream().filter(c -> c.isCurrentMember() && Boolean.TRUE.equals(c.getStandsAgain())).count();
                details.add("Mitglieder: " + members + ", davon treten " + again + " wieder an; Vorschläge: "
                        + (persons.size() - members));
            }
            rows.add(new OpenProcedure("Wiederbestellung", "Steuerungsgruppe (nächste Bestätigung fällig am "
                    + GermanDates.format(due) + ")", r.getBodyId(), stage, disturbed.contains(r.getProcessInstanceId()),
                    due, details));
        }
        return rows;
    }
}
