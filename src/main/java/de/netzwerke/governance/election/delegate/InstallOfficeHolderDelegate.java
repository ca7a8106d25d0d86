package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.*;

import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.ElectionService;
import de.netzwerke.governance.election.Term;
import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.Office;
import de.netzwerke.governance.register.Today;

/** ServiceTask_InstallOfficeHolder: the register records the holder and term; the re-election falls due. */
@Component("installOfficeHolderDelegate")
public class InstallOfficeHolderDelegate implements JavaDelegate {

    /** Re-election timers fire in the morning of their day. */
    static final LocalTime TIMER_TIME = LocalTime.of(8, 0);

    private final ElectionService elections;

    public InstallOfficeHolderDelegate(ElectionService elections) {
        this.elections = elections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Office office = elections.install((Long) execution.getVariable(ELECTION_ID));
        Body body = elections.body(office.getBodyId());
        Term term = new Term(office.getTermStart(), elections.term(body, office.getKind()));
        execution.setVariable(OFFICE_ID, office.getId());
        execution.setVariable(TERM_END, Date.from(term.end().atStartOfDay(Today.ZONE).toInstant()));
        execution.setVariable(TERM_END_TEXT, GermanDates.format(term.end()));
        execution.setVariable(RE_ELECTION_DUE, Date.from(term.reElectionDue(elections.reElectionNotice(body))
                .atTime(TIMER_TIME).atZone(Today.ZONE).toInstant()));
    }
}
