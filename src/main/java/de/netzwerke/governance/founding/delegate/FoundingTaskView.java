package de.netzwerke.governance.founding.delegate;

import static de.netzwerke.governance.founding.FoundingVariables.*;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.founding.FoundingProposal;
import de.netzwerke.governance.founding.FoundingQuorum;
import de.netzwerke.governance.founding.FoundingService;

/**
 * What a founding task shows when it is created: its name with the topic („Vorschlag prüfen – Wohnen“),
 * one sentence on what to do and which rule applies, the end of the declaration period as due date, and the
 * organisations counted so far (task-local: personal data stays out of history).
 */
@Component("foundingTaskView")
public class FoundingTaskView implements TaskListener {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "Task_CheckProposal", "Prüfen Sie den Vorschlag und ob ein bestehender Arbeitstisch das Thema schon "
                    + "bearbeitet (Geschäftsordnung 3.1: Arbeitstische folgen dem Bedarf des Netzwerks).",
            "Task_RecordDeclarations", "Tragen Sie die Bereitschaftserklärungen ein; der Arbeitstisch entsteht, sobald "
                    + "Vertreter:innen von 5 verschiedenen Organisationen bereit sind (AT-3).");

    private final FoundingService founding;

    public FoundingTaskView(FoundingService founding) {
        this.founding = founding;
    }

    @Override
    public void notify(DelegateTask task) {
        FoundingProposal proposal = founding.forInstance(task.getProcessInstanceId());
        task.setName(task.getName() + " – " + proposal.getTopic());
        task.setDescription(DESCRIPTIONS.get(task.getTaskDefinitionKey()));
        if ("Task_RecordDeclarations".equals(task.getTaskDefinitionKey())) {
            Date deadline = DECLARATION_DEADLINE.get(task);
            if (deadline != null) {
                task.setDueDate(deadline);
            }
            FoundingQuorum.Result quorum = founding.quorum(proposal.getId());
            DECLARED_ORGANISATIONS.setLocal(task,
                    quorum.organisations().isEmpty() ? "noch keine" : String.join(", ", quorum.organisations()));
        }
    }
}
