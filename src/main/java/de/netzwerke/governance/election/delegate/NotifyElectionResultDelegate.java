package de.netzwerke.governance.election.delegate;

import static de.netzwerke.governance.election.ElectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.election.Election;
import de.netzwerke.governance.election.ElectionService;
import de.netzwerke.governance.notification.Mail;
import de.netzwerke.governance.notification.NetworkMail;
import de.netzwerke.governance.register.Body;

/** ServiceTask_NotifyElectionResult: the body's members learn who holds the office until when. */
@Component("notifyElectionResultDelegate")
public class NotifyElectionResultDelegate implements JavaDelegate {

    private final ElectionService elections;
    private final NetworkMail mail;

    public NotifyElectionResultDelegate(ElectionService elections, NetworkMail mail) {
        this.elections = elections;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Election election = elections.forInstance(execution.getProcessInstanceId());
        Body body = elections.body(election);
        String office = election.getOfficeKind().label();
        var members = elections.members(body.getId());
        String elected = members.stream().filter(p -> p.getId().equals(election.getElectedPartnerId()))
                .map(p -> p.getName()).findFirst().orElse("Die gewählte Person");
        var recipients = members.stream().map(p -> new Mail.Recipient(p.getId(), p.getEmail())).toList();
        mail.send(body.getNetworkId(), recipients, body.getName() + ": " + elected + " gewählt (" + office + ")",
                """
                Guten Tag,

                %s hat gewählt: %s übernimmt das Amt „%s“. Die Amtszeit endet am %s; rechtzeitig vorher wird
                die Neuwahl eingeleitet. Bis eine Nachfolge gewählt ist, bleibt %s im Amt.
                """.formatted(body.getName(), elected, office, TERM_END_TEXT.get(execution), elected));
    }
}
