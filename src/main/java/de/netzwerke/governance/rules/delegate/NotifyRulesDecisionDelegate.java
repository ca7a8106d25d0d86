package de.netzwerke.governance.rules.delegate;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.notification.Mail;
import de.netzwerke.governance.notification.NetworkMail;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.rules.RulesChange;
import de.netzwerke.governance.rules.DecisionPath;
import de.netzwerke.governance.rules.RulesChangeStatus;
import de.netzwerke.governance.rules.RulesChanges;

/** ServiceTask_NotifyPartners: every partner of the network learns the result of the vote on the rules (G-1). */
@Component("notifyRulesDecisionDelegate")
public class NotifyRulesDecisionDelegate implements JavaDelegate {

    private final RulesChanges changes;
    private final NetworkMail mail;

    public NotifyRulesDecisionDelegate(RulesChanges changes, NetworkMail mail) {
        this.changes = changes;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RulesChange c = changes.forInstance(execution.getProcessInstanceId());
        boolean carried = c.getStatus() == RulesChangeStatus.CARRIED;
        boolean atTagung = c.getDecidedBy() == DecisionPath.TAGUNG;
        String kind = changes.documentKind(c.getNetworkId());
        RulesChanges.InForce inForce = changes.inForce(c.getNetworkId());
        String subject = "Änderung der " + kind + " " + (carried ? "angenommen" : "abgelehnt") + ": "
                + RulesChanges.shorten(c.getTitle(), 80);
        String body = """
                Guten Tag,

                %s über die Änderung der %s abgestimmt: „%s“.

                Ergebnis: %s (Ja: %d, Nein: %d, Enthaltungen: %d; %s).
                %s
                Geänderte Passagen in neuer Fassung:

                %s

                Begründung:

                %s
                """.formatted(atTagung ? "die Netzwerkpartner:innen haben auf der " + changes.meetingSubject(c)
                        : "die Netzwerkpartner:innen haben digital", kind, c.getTitle(),
                carried ? "angenommen" : "abgelehnt", c.getYes(), c.getNo(), c.getAbstentions(), atTagung
                        ? "anwesend waren " + c.getN() + "; nötig ist eine Zwei-Drittel-Mehrheit der Anwesenden, 3 · Ja ≥ 2 · Anwesende"
                        : "abgestimmt haben " + c.getN() + "; nötig ist eine Zwei-Drittel-Mehrheit der Abstimmenden, 3 · Ja ≥ 2 · Abstimmende",
                carried ? "\nDie " + kind + " gilt in der neuen Fassung (Version "
                        + inForce.versionNumber() + ") seit dem "
                        + GermanDates.format(c.getDecidedAt().atZone(Today.ZONE).toLocalDate()) + ".\n" : "",
                c.getPassages(), c.getReason());
        for (Partner p : changes.partners(c.getNetworkId())) {
            if (p.getEmail() != null) {
                mail.send(c.getNetworkId(), List.of(new Mail.Recipient(p.getId(), p.getEmail())), subject, body);
            }
        }
    }
}
