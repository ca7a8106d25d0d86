package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.ElectionService;
import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.register.Offices;
import de.netzwerke.governance.register.Today;

/** ServiceTask_InstallOfficeHolder: the register records the holder and term; the re-election falls due. */
@Component("installOfficeHolderDelegate")
public class InstallOfficeHolderDelegate implements JavaDelegate {

    private final ElectionService elections;

    public InstallOfficeHolderDelegate(ElectionService elections) {
        this.elections = elections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Offices.Appointment appointment = elections.install(elections.forInstance(execution.getProcessInstanceId()));
        OFFICE_ID.set(execution, appointment.officeId());
        TERM_END.set(execution, Date.from(appointment.termEnd().atStartOfDay(Today.ZONE).toInstant()));
        TERM_END_TEXT.set(execution, GermanDates.format(appointment.termEnd()));
        RE_ELECTION_DUE.set(execution, Date.from(appointment.reElectionDue()));
    }
}
