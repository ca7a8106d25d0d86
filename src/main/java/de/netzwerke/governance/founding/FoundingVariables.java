package de.netzwerke.governance.founding;

import java.util.List;

import org.camunda.spin.json.SpinJsonNode;

import de.netzwerke.governance.process.CommonVariables;
import de.netzwerke.governance.process.Var;

/**
 * The variables of process {@code WorkingTableFounding}, each named once: what callers send (the contract
 * in {@link FoundingConfiguration}), what the process keeps (ids, deadline, counts) and what its tasks show.
 * Names, e-mail addresses and organisations are personal: the register keeps them, Camunda's history never.
 */
public final class FoundingVariables {

    public static final String PROCESS_KEY = "WorkingTableFounding";
    public static final String MESSAGE_READINESS_DECLARED = "Msg_ReadinessDeclared";

    // start
    public static final Var<String> NETWORK_ID = CommonVariables.NETWORK_ID;
    public static final Var<String> TOPIC = Var.text("topic", "Thema", 255);
    public static final Var<String> DESCRIPTION = Var.text("description", "Beschreibung", 4000);
    public static final Var<String> FIELD_OF_ACTION = Var.text("fieldOfAction", "Handlungsfeld", 255);
    /** Optional: where the proposer wants to hear back, when it is not the user's own address. */
    public static final Var<String> PROPOSER_EMAIL = Var.text("proposerEmail", "E-Mail-Adresse für die Rückmeldung", 320).personal();
    /** Set by the engine from the authenticated user who started the instance (camunda:initiator). */
    public static final Var<String> PROPOSER = Var.text("proposer", "Vorgeschlagen von", 64);

    // the process's own
    public static final Var<Long> PROPOSAL_ID = Var.id("proposalId", "Vorschlag");
    public static final Var<String> SIMILAR_WORKING_TABLES = Var.text("similarWorkingTables", "Ähnliche Arbeitstische", 4000);
    public static final Var<java.util.Date> DECLARATION_DEADLINE = Var.date("declarationDeadline", "Frist");
    /** The deadline as staff read it, e.g. "16.01.2027". */
    public static final Var<String> DECLARATION_DEADLINE_TEXT = Var.text("declarationDeadlineText", "Frist", 10);
    public static final Var<Integer> ORGANISATION_COUNT = Var.count("organisationCount", "Organisationen");
    public static final Var<Integer> MISSING_ORGANISATIONS = Var.count("missingOrganisations", "Fehlende Organisationen");
    public static final Var<Boolean> QUORUM_REACHED = Var.flag("quorumReached", "Quorum erreicht");
    public static final Var<Boolean> ESTABLISHED = Var.flag("established", "Etabliert");
    public static final Var<Long> WORKING_TABLE_ID = Var.id("workingTableId", "Arbeitstisch");
    /** A declaration that came after the quorum (local to its event subprocess): the welcome mail reads it. */
    public static final Var<Long> LATE_DECLARATION_ID = Var.id("lateDeclarationId", "Späte Erklärung");

    // shown in the tasks (task-local)
    /** The organisations counted so far (AT-3). */
    public static final Var<String> DECLARED_ORGANISATIONS = Var.text("declaredOrganisations", "Bisher bereite Organisationen", 20_000);

    // Task_CheckProposal
    public static final Var<Boolean> ACCEPTED = Var.flag("accepted", "Vorschlag angenommen");
    /** The form's radio: "accept" or "decline"; REST callers may set {@link #ACCEPTED} instead. */
    public static final Var<String> DECISION = Var.choice("decision", "Entscheidung", "accept", "decline");
    public static final Var<String> DECLINE_REASON = Var.text("declineReason", "Begründung der Ablehnung", 4000);

    // Task_RecordDeclarations: a Json list of {representativeName, representativeEmail, organisation} (REST) …
    public static final Var<List<SpinJsonNode>> DECLARATIONS = Var.jsonList("declarations", "Bereitschaftserklärungen", 100).personal();
    // … or the form's rows: DeclarationsForm

    // Msg_ReadinessDeclared
    public static final Var<String> REPRESENTATIVE_NAME = Var.text("representativeName", "Name", 255).personal();
    public static final Var<String> REPRESENTATIVE_EMAIL = Var.text("representativeEmail", "E-Mail-Adresse", 320).personal();
    public static final Var<String> ORGANISATION = Var.text("organisation", "Organisation / Träger", 255).personal();

    private FoundingVariables() {
    }
}
