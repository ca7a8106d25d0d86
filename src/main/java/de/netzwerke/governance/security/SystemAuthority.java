package de.netzwerke.governance.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs identity and authorization changes that the system makes on behalf of a rule (a new working
 * table gets its group) without the authorization checks of the user whose task triggered them, and the messages
 * only the system sends (a meeting's vote wakes the process that put the item on its agenda).
 */
@Component
public class SystemAuthority {

    private final IdentityService identityService;
    private final RuntimeService runtimeService;

    public SystemAuthority(IdentityService identityService, RuntimeService runtimeService) {
        this.identityService = identityService;
        this.runtimeService = runtimeService;
    }

    /** Correlates a message that only the system sends (it is in no contract) to exactly that instance. */
    public void correlate(String messageName, String processInstanceId) {
        run(() -> runtimeService.createMessageCorrelation(messageName).processInstanceId(processInstanceId).correlate());
    }

    public <T> T call(Supplier<T> work) {
        Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
