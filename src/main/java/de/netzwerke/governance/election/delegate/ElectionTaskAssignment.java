package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.BODY_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.ElectionService;
import de.netzwerke.governance.security.GovernanceGroups;

/**
 * The election's tasks go to whoever chairs the body: the working table's leader (the Sprecher:innenrat's
 * chair), or the coordination while the body has none (M-3).
 */
@Component("electionTaskAssignment")
public class ElectionTaskAssignment implements TaskListener {

    private final ElectionService elections;

    public ElectionTaskAssignment(ElectionService elections) {
        this.elections = elections;
    }

    @Override
    public void notify(DelegateTask task) {
        String organiser = elections.organiserUserId((Long) task.getVariable(BODY_ID));
        if (organiser != null) {
            task.addCandidateUser(organiser);
        } else {
            task.addCandidateGroup(GovernanceGroups.FACHSTELLE);
        }
    }
}
