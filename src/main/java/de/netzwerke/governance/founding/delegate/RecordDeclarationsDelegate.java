package de.netzwerke.governance.founding.delegate;

import static de.netzwerke.governance.founding.FoundingVariables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.founding.FoundingQuorum.Declaration;
import de.netzwerke.governance.founding.FoundingService;
import de.netzwerke.governance.founding.ReadinessDeclaration.Channel;
import de.netzwerke.governance.register.RuleViolation;

/**
 * ServiceTask_RecordDeclarations: the declarations staff entered in Tasklist (the form's rows) or an
 * integrator sent as a Json list go into the register, all or none (AT-3). They do not stay in the
 * process variables, so the next task starts empty.
 */
@Component("recordDeclarationsDelegate")
public class RecordDeclarationsDelegate implements JavaDelegate {

    private final FoundingService founding;

    public RecordDeclarationsDelegate(FoundingService founding) {
        this.founding = founding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Declaration> batch = new ArrayList<>(parse(execution.getVariable(DECLARATIONS)));
        List<String> rowVariables = new ArrayList<>(List.of(DECLARATIONS));
        for (int row = 1; row <= DECLARATION_ROWS; row++) {
            String name = declarationRow(row, "Name");
            String email = declarationRow(row, "Email");
            String organisation = declarationRow(row, "Organisation");
            Declaration d = new Declaration((String) execution.getVariable(name), (String) execution.getVariable(email),
                    (String) execution.getVariable(organisation));
            if (!isBlank(d.representativeName()) || !isBlank(d.representativeEmail()) || !isBlank(d.organisation())) {
                batch.add(d);
            }
            rowVariables.addAll(List.of(name, email, organisation));
        }
        founding.declare((Long) execution.getVariable(PROPOSAL_ID), batch, Channel.TASKLIST);
        execution.removeVariables(rowVariables);
    }

    static List<Declaration> parse(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SpinJsonNode json) || !json.isArray()) {
            throw new RuleViolation("Die Bereitschaftserklärungen müssen als Liste übergeben werden.");
        }
        List<Declaration> batch = new ArrayList<>();
        for (SpinJsonNode item : json.elements()) {
            if (isEmptyRow(item)) {
                continue;
            }
            batch.add(new Declaration(text(item, REPRESENTATIVE_NAME), text(item, REPRESENTATIVE_EMAIL),
                    text(item, ORGANISATION)));
        }
        return batch;
    }

    /** A row the form added but nobody filled in is not a declaration. */
    private static boolean isEmptyRow(SpinJsonNode item) {
        return isBlank(text(item, REPRESENTATIVE_NAME)) && isBlank(text(item, REPRESENTATIVE_EMAIL))
                && isBlank(text(item, ORGANISATION));
    }

    private static String text(SpinJsonNode item, String field) {
        if (!item.isObject() || !item.hasProp(field) || item.prop(field).isNull()) {
            return null;
        }
        SpinJsonNode node = item.prop(field);
        return node.isString() ? node.stringValue() : node.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
