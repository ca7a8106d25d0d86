package de.netzwerke.governance.funding.delegate;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.funding.FundingApplication;
import de.netzwerke.governance.funding.FundingApplications;
import de.netzwerke.governance.funding.FundingStatus;
import de.netzwerke.governance.notification.Mail;
import de.netzwerke.governance.notification.NetworkMail;

/** ServiceTask_NotifyApplicant: the applicant gets the Sprecher:innenrat's statement and the result (SR-3, SR-7). */
@Component("notifyFundingApplicantDelegate")
public class NotifyApplicantDelegate implements JavaDelegate {

    private final FundingApplications applications;
    private final NetworkMail mail;

    public NotifyApplicantDelegate(FundingApplications applications, NetworkMail mail) {
        this.applications = applications;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FundingApplication a = applications.forInstance(execution.getProcessInstanceId());
        boolean supported = a.getStatus() == FundingStatus.SUPPORTED;
        mail.send(a.getNetworkId(), List.of(new Mail.Recipient(null, a.getApplicantEmail())),
                "Förderantrag „" + FundingApplications.shorten(a.getTitle(), 80) + "“: Stellungnahme des Sprecher:innenrats",
                """
                Guten Tag,

                der Sprecher:innenrat hat %s über Ihren Förderantrag abgestimmt:

                %s

                Ergebnis: Der Sprecher:innenrat %s den Antrag (Ja: %d, Nein: %d, Enthaltungen: %d; %s).

                Stellungnahme des Sprecher:innenrats:

                %s
                """.formatted(a.isVotedAtMeeting() ? "in der " + applications.meetingSubject(a) : "digital",
                        FundingApplications.summary(a),
                        supported ? "befürwortet" : "befürwortet nicht",
                        a.getYes(), a.getNo(), a.getAbstentions(),
                        supported ? "einfache Mehrheit der abgegebenen Stimmen"
                                : "ohne Mehrheit der Ja-Stimmen; Stimmengleichheit gilt als Ablehnung",
                        a.getStatement()));
    }
}
