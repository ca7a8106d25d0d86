package de.netzwerke.governance.founding.delegate;

import static de.netzwerke.governance.founding.FoundingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.founding.FoundingService;
import de.netzwerke.governance.register.Body;

/** ServiceTask_EstablishWorkingTable: AT-3 reached, the working table exists with members, group and filter. */
@Component("establishWorkingTableDelegate")
public class EstablishWorkingTableDelegate implements JavaDelegate {

    private final FoundingService founding;

    public EstablishWorkingTableDelegate(FoundingService founding) {
        this.founding = founding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Body table = founding.establish((Long) execution.getVariable(PROPOSAL_ID));
        execution.setVariable(ESTABLISHED, true);
        execution.setVariable(WORKING_TABLE_ID, table.getId());
    }
}
