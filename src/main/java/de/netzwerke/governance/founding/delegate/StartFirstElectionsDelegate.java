package de.netzwerke.governance.founding.delegate;

import static de.netzwerke.governance.founding.FoundingVariables.WORKING_TABLE_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.ElectionVariables;
import de.netzwerke.governance.register.OfficeKind;

/**
 * ServiceTask_StartFirstElections: a new working table determines its leader and deputy (AT-2) and its
 * member and deputy in the Sprecher:innenrat (SR-2): one OfficeElection each.
 */
@Component("startFirstElectionsDelegate")
public class StartFirstElectionsDelegate implements JavaDelegate {

    static final List<OfficeKind> FIRST_OFFICES = List.of(OfficeKind.LEADER, OfficeKind.DEPUTY_LEADER,
            OfficeKind.SPEAKERS_COUNCIL_MEMBER, OfficeKind.SPEAKERS_COUNCIL_DEPUTY);

    @Override
    public void execute(DelegateExecution execution) {
        Long tableId = (Long) execution.getVariable(WORKING_TABLE_ID);
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        for (OfficeKind office : FIRST_OFFICES) {
            runtime.startProcessInstanceByKey(ElectionVariables.PROCESS_KEY, Variables.createVariables()
                    .putValue(ElectionVariables.BODY_ID, tableId).putValue(ElectionVariables.OFFICE, office.name()));
        }
    }
}
