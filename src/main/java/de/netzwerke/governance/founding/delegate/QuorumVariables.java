package de.netzwerke.governance.founding.delegate;

import static de.netzwerke.governance.founding.FoundingVariables.*;

import org.camunda.bpm.engine.delegate.VariableScope;

import de.netzwerke.governance.founding.FoundingQuorum;

/** AT-3 as the process keeps it: counts only, the organisations' names stay in the register. */
final class QuorumVariables {

    private QuorumVariables() {
    }

    static void set(VariableScope execution, FoundingQuorum.Result result) {
        QUORUM_REACHED.set(execution, result.reached());
        ORGANISATION_COUNT.set(execution, result.count());
        MISSING_ORGANISATIONS.set(execution, result.missing());
    }
}
