package de.netzwerke.governance.founding;

/** The variables of process {@code WorkingTableFounding}: its REST contract (README.md). */
public final class FoundingVariables {

    public static final String PROCESS_KEY = "WorkingTableFounding";
    public static final String MESSAGE_READINESS_DECLARED = "Msg_ReadinessDeclared";

    // start
    public static final String NETWORK_ID = "networkId";
    public static final String TOPIC = "topic";
    public static final String DESCRIPTION = "description";
    public static final String FIELD_OF_ACTION = "fieldOfAction";
    /** Set by the engine from the authenticated user who started the instance (camunda:initiator). */
    public static final String PROPOSER = "proposer";
    /** Optional: where the proposer wants to hear back, when it is not the user's own address. */
    public static final String PROPOSER_EMAIL = "proposerEmail";

    // set by the process
    public static final String PROPOSAL_ID = "proposalId";
    public static final String SIMILAR_WORKING_TABLES = "similarWorkingTables";
    public static final String DECLARATION_DEADLINE = "declarationDeadline";
    /** The deadline as staff read it, e.g. "16.01.2027". */
    public static final String DECLARATION_DEADLINE_TEXT = "declarationDeadlineText";
    public static final String ORGANISATION_COUNT = "organisationCount";
    public static final String MISSING_ORGANISATIONS = "missingOrganisations";
    public static final String DECLARED_ORGANISATIONS = "declaredOrganisations";
    public static final String QUORUM_REACHED = "quorumReached";
    public static final String ESTABLISHED = "established";
    public static final String WORKING_TABLE_ID = "workingTableId";

    // Task_CheckProposal
    public static final String ACCEPTED = "accepted";
    /** The form's radio: "accept" or "decline"; REST callers may set {@link #ACCEPTED} instead. */
    public static final String DECISION = "decision";
    public static final String DECLINE_REASON = "declineReason";

    // Task_RecordDeclarations: a Json list of {representativeName, representativeEmail, organisation} (REST) ...
    public static final String DECLARATIONS = "declarations";
    /** ... or, as the form submits them, rows declaration1Name, declaration1Email, declaration1Organisation … 5. */
    public static final int DECLARATION_ROWS = 5;

    public static String declarationRow(int row, String field) {
        return "declaration" + row + field;
    }

    // Msg_ReadinessDeclared
    public static final String REPRESENTATIVE_NAME = "representativeName";
    public static final String REPRESENTATIVE_EMAIL = "representativeEmail";
    public static final String ORGANISATION = "organisation";

    private FoundingVariables() {
    }
}
