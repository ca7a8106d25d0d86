package de.netzwerke.governance.rules.delegate;

import static de.netzwerke.governance.rules.RulesVariables.*;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.rules.ProfileSettingsToReview;
import de.netzwerke.governance.rules.RulesChange;
import de.netzwerke.governance.rules.RulesChanges;

/**
 * What Task_ReviewProfileSettings shows: its name with the new version („Einstellungen des Regelprofils prüfen –
 * Geschäftsordnung, Version 2 vom 03.05.2027“), one sentence with the rule, the changed passages and the
 * settings with their values (task-local, gone with the task). Task_RescheduleDecision names the change and the
 * cancelled Tagung.
 */
@Component("rulesTaskView")
public class RulesTaskView implements TaskListener {

    private final RulesChanges changes;

    public RulesTaskView(RulesChanges changes) {
        this.changes = changes;
    }

    @Override
    public void notify(DelegateTask task) {
        RulesChange c = changes.forInstance(task.getProcessInstanceId());
        if ("Task_RescheduleDecision".equals(task.getTaskDefinitionKey())) {
            String cancelled = changes.meetingSubject(c);
            task.setName(task.getName() + " – „" + RulesChanges.shorten(c.getTitle(), 80) + "“, " + cancelled + " abgesagt");
            task.setDescription("Die Tagung, auf deren Tagesordnung die Änderung stand, ist abgesagt.");
            CANCELLED_TEXT.setLocal(task, "Die " + cancelled + " ist abgesagt; über „" + c.getTitle() + "“ wurde dort "
                    + "nicht abgestimmt. Sie können die Änderung auf die Tagesordnung der nächsten geplanten Tagung "
                    + "setzen oder sie zurückziehen (und bei Bedarf neu vorschlagen, etwa zur digitalen Abstimmung).");
            return;
        }
        RulesChanges.InForce inForce = changes.inForce(c.getNetworkId());
        task.setName(task.getName() + " – " + inForce.documentKind() + ", Version " + inForce.versionNumber() + " vom "
                + GermanDates.format(inForce.since()));
        task.setDescription("Prüfen Sie, welche Einstellungen des Regelprofils die angenommene Änderung berührt; "
                + "sie werden nicht stillschweigend geändert (G-1).");
        PROPOSAL_TEXT.setLocal(task, "„" + c.getTitle() + "“ (Ja " + c.getYes() + ", Nein " + c.getNo() + ", Enthaltungen "
                + c.getAbstentions() + ")\n\n" + c.getPassages());
        SETTINGS_TEXT.setLocal(task, ProfileSettingsToReview.lines(changes.profile(c.getNetworkId())).stream()
                .map(l -> "- " + l).collect(Collectors.joining("\n")));
    }
}
