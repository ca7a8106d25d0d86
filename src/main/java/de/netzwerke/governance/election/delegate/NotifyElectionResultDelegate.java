package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.ElectionService;
import de.netzwerke.governance.notification.Mail;
import de.netzwerke.governance.notification.MailService;

/** ServiceTask_NotifyElectionResult: the body's members learn who holds the office until when. */
@Component("notifyElectionResultDelegate")
public class NotifyElectionResultDelegate implements JavaDelegate {

    private final ElectionService elections;
    private final MailService mail;

    public NotifyElectionResultDelegate(ElectionService elections, MailService mail) {
        this.elections = elections;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String bodyName = (String) execution.getVariable(BODY_NAME);
        String office = (String) execution.getVariable(OFFICE_LABEL);
        String elected = (String) execution.getVariable(ELECTED_NAME);
        var recipients = elections.members((Long) execution.getVariable(BODY_ID)).stream()
                .map(p -> new Mail.Recipient(p.getId(), p.getEmail())).toList();
        mail.send(new Mail(recipients, bodyName + ": " + elected + " gewählt (" + office + ")",
                """
                Guten Tag,

                %s hat gewählt: %s übernimmt das Amt „%s“. Die Amtszeit endet am %s; rechtzeitig vorher wird
                die Neuwahl eingeleitet. Bis eine Nachfolge gewählt ist, bleibt %s im Amt.

                Mit freundlichen Grüßen
                Netzwerk Migration – Fachstelle Chancengleichheit
                """.formatted(bodyName, elected, office, execution.getVariable(TERM_END_TEXT), elected)));
    }
}
