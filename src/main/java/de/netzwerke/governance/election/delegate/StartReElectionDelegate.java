package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.Election;
import de.netzwerke.governance.election.ElectionService;
import de.netzwerke.governance.election.ElectionStart;

/**
 * ServiceTask_StartReElection: AT-2, SR-2 – the next election of the same office starts by itself
 * before the term ends; the holder stays in office until a successor is elected. Nothing starts when
 * the office has changed hands meanwhile or an election for it is already running.
 */
@Component("startReElectionDelegate")
public class StartReElectionDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(StartReElectionDelegate.class);

    private final ElectionService elections;

    public StartReElectionDelegate(ElectionService elections) {
        this.elections = elections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long officeId = OFFICE_ID.require(execution);
        boolean due = elections.reElectionDue(officeId);
        RE_ELECTION_STARTED.set(execution, due);
        if (!due) {
            LOG.info("Re-election for office {} not started: office changed hands or an election is running", officeId);
            return;
        }
        Election election = elections.forInstance(execution.getProcessInstanceId());
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(ElectionStart.PROCESS_KEY,
                ElectionStart.variables(election.getBodyId(), election.getOfficeKind()));
    }
}
