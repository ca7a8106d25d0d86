package de.netzwerke.governance.steering;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.register.GovernanceProperties;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.SteeringGroups;
import de.netzwerke.governance.security.SystemAuthority;

/**
 * W-6 without a calendar of its own: every network with a steering group always has one reappointment that
 * waits for its date (Cockpit shows it at {@code TimerEvent_ReappointmentDue} with its due date) or runs. A
 * carried reappointment schedules the next itself; this runner starts the first one at start-up, and a new one
 * when an operator deleted the open one in Cockpit. Several nodes starting at once start one (the register holds
 * one open reappointment per network).
 */
@Component
@Order(30)
public class SteeringSchedule implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SteeringSchedule.class);

    private final RuntimeService runtimeService;
    private final ReappointmentService reappointments;
    private final SteeringGroups groups;
    private final GovernanceProperties properties;
    private final SystemAuthority system;
    private final boolean atStartup;

    /**
     * @param atStartup {@code governance.steering.schedule-at-startup} (default true); the process tests turn it off
     *                  and call {@link #ensureScheduled} themselves, after their coverage recording has begun
     */
    public SteeringSchedule(RuntimeService runtimeService, ReappointmentService reappointments, SteeringGroups groups,
                            GovernanceProperties properties, SystemAuthority system,
                            @Value("${governance.steering.schedule-at-startup:true}") boolean atStartup) {
        this.atStartup = atStartup;
        this.runtimeService = runtimeService;
        this.reappointments = reappointments;
        this.groups = groups;
        this.properties = properties;
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!atStartup) {
            return;
        }
        for (String networkId : properties.getNetworks().keySet()) {
            ensureScheduled(networkId);
        }
    }

    /** Starts a waiting reappointment for the network unless one waits or runs. */
    public void ensureScheduled(String networkId) {
        if (groups.find(networkId).isEmpty()) {
            return;
        }
        reappointments.releaseAbandoned(networkId, pid -> runtimeService.createProcessInstanceQuery()
                .processInstanceId(pid).count() > 0);
        if (reappointments.isOpen(networkId)) {
            return;
        }
        try {
            system.run(() -> runtimeService.startProcessInstanceByKey(SteeringVariables.PROCESS_KEY,
                    Map.of(SteeringVariables.NETWORK_ID.name(), networkId)));
            LOG.info("Reappointment of the steering group of {} scheduled", networkId);
        } catch (RuleViolation e) {
            LOG.info("Reappointment of the steering group of {} not scheduled: {}", networkId, e.getMessage());
        }
    }
}
