package de.netzwerke.governance.membership.delegate;

import static de.netzwerke.governance.membership.MembershipVariables.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.membership.MembershipReviewRecord;
import de.netzwerke.governance.membership.MembershipService;
import de.netzwerke.governance.membership.PartnerApplication;
import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.register.Today;

/**
 * What the tasks of PartnerAdmission and MembershipReview show: the name carries the subject without naming a
 * person (task names stay in history), the description names the rule; the application and the flagged partners
 * with their attendance are task-local (gone with the task, never in history).
 */
@Component("membershipTaskView")
public class MembershipTaskView implements TaskListener {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "Task_DecideAdmission", "Entscheiden Sie über die Aufnahme; Netzwerkpartner:innen sind Vertreter:innen von "
                    + "Organisationen oder interessierte Einzelpersonen (M-1).",
            "Task_ConfirmRemovals", "Bestätigen oder verwerfen Sie für jede Person die Entfernung nach einem Jahr "
                    + "unentschuldigter Abwesenheit (M-2).");

    private final MembershipService membership;

    public MembershipTaskView(MembershipService membership) {
        this.membership = membership;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setDescription(DESCRIPTIONS.get(task.getTaskDefinitionKey()));
        if ("Task_DecideAdmission".equals(task.getTaskDefinitionKey())) {
            PartnerApplication a = membership.application(task.getProcessInstanceId());
            task.setName(task.getName() + " – Antrag " + a.getId() + " vom "
                    + GermanDates.format(a.getCreatedAt().atZone(Today.ZONE).toLocalDate()));
            APPLICATION_TEXT.setLocal(task, "**Name:** " + a.getName() + "\n**E-Mail-Adresse:** " + a.getEmail()
                    + " (bestätigt)\n**Organisation / Träger:** " + (a.getOrganisation() == null ? "keine (Einzelperson)"
                    : a.getOrganisation()) + "\n**Warum:** " + (a.getMotivation() == null ? "–" : a.getMotivation())
                    + "\n**Eingegangen:** " + (a.getChannel() == PartnerApplication.Channel.PUBLIC_PAGE
                    ? "über die Seite „Mitmachen“" : "von der Koordination erfasst"));
            return;
        }
        MembershipReviewRecord review = membership.reviewOf(task.getProcessInstanceId());
        List<MembershipService.FlagRow> rows = membership.showUndecided(task.getProcessInstanceId());
        task.setName(task.getName() + " – Prüfung zum " + GermanDates.format(review.getAsOf()));
        REVIEW_TEXT.setLocal(task, "Diese Netzwerkpartner:innen waren vom " + GermanDates.format(review.getWindowStart())
                + " bis " + GermanDates.format(review.getAsOf()) + " eingeladen, haben an nichts teilgenommen und "
                + "fehlten mindestens einmal unentschuldigt (M-2). Entfernen löscht Name und E-Mail-Adresse; wer "
                + "bleibt, wird für dieselben Abwesenheiten nicht erneut vorgeschlagen.");
        for (MembershipService.FlagRow row : rows) {
            rowFacts(row.row()).setLocal(task, row.text());
        }
    }
}
