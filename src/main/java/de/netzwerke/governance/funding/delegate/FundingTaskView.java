package de.netzwerke.governance.funding.delegate;

import static de.netzwerke.governance.funding.FundingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.funding.FundingApplication;
import de.netzwerke.governance.funding.FundingApplications;

/**
 * What Task_DraftStatement shows, read from the register when it is created: its name with the application
 * („Stellungnahme entwerfen – Förderantrag Sprachcafé, Frist 31.05.2027“), one sentence with the rule, and the
 * application as task-local text (gone with the task).
 */
@Component("fundingTaskView")
public class FundingTaskView implements TaskListener {

    private final FundingApplications applications;

    public FundingTaskView(FundingApplications applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
        FundingApplication a = applications.forInstance(task.getProcessInstanceId());
        if ("Task_RescheduleVote".equals(task.getTaskDefinitionKey())) {
            String cancelled = applications.meetingSubject(a);
            task.setName(task.getName() + " – Förderantrag " + FundingApplications.shorten(a.getTitle(), 60) + ", "
                    + cancelled + " abgesagt");
            task.setDescription("Die Sitzung, auf deren Tagesordnung der Förderantrag stand, ist abgesagt.");
            CANCELLED_TEXT.setLocal(task, "Die " + cancelled + " ist abgesagt; über den Förderantrag „" + a.getTitle()
                    + "“ (Frist " + de.netzwerke.governance.notification.GermanDates.format(a.getFunderDeadline())
                    + ") wurde dort nicht abgestimmt. Setzen Sie ihn auf eine andere Sitzung vor der Frist, oder lassen Sie "
                    + "den Sprecher:innenrat digital abstimmen.");
            return;
        }
        task.setName(task.getName() + " – Förderantrag " + FundingApplications.shorten(a.getTitle(), 60) + ", Frist "
                + de.netzwerke.governance.notification.GermanDates.format(a.getFunderDeadline()));
        task.setDescription("Entwerfen Sie die Stellungnahme des Sprecher:innenrats zum Förderantrag; danach stimmt der "
                + "Sprecher:innenrat digital oder in seiner nächsten Sitzung vor der Frist darüber ab (SR-3, SR-7).");
        APPLICATION_TEXT.setLocal(task, FundingApplications.summary(a)
                + (a.getAttachmentLink() == null ? "" : "\nUnterlagen: " + a.getAttachmentLink()));
    }
}
