package de.netzwerke.governance.steering.delegate;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.notification.Mail;
import de.netzwerke.governance.notification.NetworkMail;
import de.netzwerke.governance.register.SteeringGroup;
import de.netzwerke.governance.steering.Reappointment;
import de.netzwerke.governance.steering.ReappointmentService;
import de.netzwerke.governance.steering.SteeringCandidate;

/**
 * ServiceTask_NotifyReappointment: everyone involved – the members so far and every nominee – learns the new
 * composition, from when it serves and when the next confirmation falls due (W-6).
 */
@Component("notifyReappointmentDelegate")
public class NotifyReappointmentDelegate implements JavaDelegate {

    private final ReappointmentService service;
    private final NetworkMail mail;

    public NotifyReappointmentDelegate(ReappointmentService service, NetworkMail mail) {
        this.service = service;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Reappointment r = service.forInstance(execution.getProcessInstanceId());
        SteeringGroup dates = service.dates(r);
        List<SteeringCandidate> involved = service.candidates(r);
        String members = service.proposed(r).stream().map(SteeringCandidate::line).map(l -> "- " + l)
                .collect(Collectors.joining("\n"));
        List<Mail.Recipient> to = involved.stream().filter(c -> c.getPartner().getEmail() != null)
                .map(c -> new Mail.Recipient(c.getPartner().getId(), c.getPartner().getEmail())).toList();
        String confirmed = GermanDates.format(dates.getLastConfirmedOn());
        mail.send(r.getNetworkId(), to, "Steuerungsgruppe bestätigt am " + confirmed,
                """
                Guten Tag,

                das Netzwerk hat am %s die Zusammensetzung der Steuerungsgruppe beschlossen. Ihr gehören ab diesem Tag an:

                %s

                Die nächste Bestätigung ist am %s fällig; rechtzeitig vorher beginnt die Wiederbestellung von selbst.
                """.formatted(confirmed, members.isEmpty() ? "(niemand)" : members,
                        GermanDates.format(dates.getNextDueOn())));
    }
}
