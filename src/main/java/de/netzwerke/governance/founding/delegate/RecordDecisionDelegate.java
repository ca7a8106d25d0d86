package de.netzwerke.governance.founding.delegate;

import static de.netzwerke.governance.founding.FoundingVariables.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.founding.FoundingService;
import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;

/**
 * ServiceTask_RecordDecision: the coordination's decision on a proposal (M-3). Accepted: the
 * declaration period starts now ({@code founding.declaration-period}). Declined: a reason is required.
 */
@Component("recordDecisionDelegate")
public class RecordDecisionDelegate implements JavaDelegate {

    private final FoundingService founding;

    public RecordDecisionDelegate(FoundingService founding) {
        this.founding = founding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long proposalId = (Long) execution.getVariable(PROPOSAL_ID);
        Boolean accepted = accepted(execution);
        if (accepted == null) {
            throw new RuleViolation("Bitte entscheiden Sie: Vorschlag annehmen oder ablehnen.");
        }
        execution.setVariable(ACCEPTED, accepted);
        if (accepted) {
            founding.accept(proposalId);
            var period = founding.profile((String) execution.getVariable(NETWORK_ID)).getFounding().getDeclarationPeriod();
            var deadline = ClockUtil.getCurrentTime().toInstant().atZone(Today.ZONE).plus(period);
            execution.setVariable(DECLARATION_DEADLINE, Date.from(deadline.toInstant()));
            execution.setVariable(DECLARATION_DEADLINE_TEXT, GermanDates.format(deadline.toLocalDate()));
            CheckQuorumDelegate.setQuorumVariables(execution, founding.quorum(proposalId));
        } else {
            founding.decline(proposalId, (String) execution.getVariable(DECLINE_REASON));
        }
    }

    private static Boolean accepted(DelegateExecution execution) {
        Object decision = execution.getVariable(DECISION);
        if ("accept".equals(decision)) {
            return true;
        }
        if ("decline".equals(decision)) {
            return false;
        }
        return (Boolean) execution.getVariable(ACCEPTED);
    }
}
