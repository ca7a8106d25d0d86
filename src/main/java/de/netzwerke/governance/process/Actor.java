package de.netzwerke.governance.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting in the current command: the logged-in person with their groups (Tasklist, REST), or the
 * system itself (a timer, an asynchronous step, another process), which acts on behalf of a rule.
 */
public record Actor(String userId, List<String> groups) {

    public static Actor of(DelegateExecution execution) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null || auth.getUserId() == null ? null
                : new Actor(auth.getUserId(), auth.getGroupIds() == null ? List.of() : List.copyOf(auth.getGroupIds()));
    }
}
