package de.netzwerke.governance.register;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input that a rule refuses. Thrown in the transaction of the task completion, REST call or message
 * that brought the input, so nothing changes: Tasklist shows the German message in the open form,
 * the REST API answers 400 with it.
 */
public class RuleViolation extends BadUserRequestException {

    public RuleViolation(String germanMessage) {
        super(germanMessage);
    }
}
