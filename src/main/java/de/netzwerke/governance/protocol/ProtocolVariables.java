package de.netzwerke.governance.protocol;

import java.util.Arrays;
import java.util.Date;

import de.netzwerke.governance.process.CommonVariables;
import de.netzwerke.governance.process.Var;

/**
 * The variables of process {@code ProtocolObjection} (T-4, T-5, SR-6), each named once: what callers send (see
 * {@link ProtocolConfiguration}'s contract), what the process keeps (ids, dates, results) and what its tasks show
 * (task-local, from the register). README.md documents them.
 */
public final class ProtocolVariables {

    public static final String PROCESS_KEY = "ProtocolObjection";
    public static final String MESSAGE_OBJECTION = "Msg_ProtocolObjection";
    public static final String MESSAGE_APPROVAL_DECIDED = "Msg_ProtocolApprovalDecided";
    /** The personal link's purpose ({@code SignedLinks}). */
    public static final String LINK_PURPOSE = "PROTOCOL_OBJECTION";

    public static final String DECISION_AMEND = "amend";
    public static final String DECISION_NEXT_MEETING = "nextMeeting";

    // start (REST; Meeting's call activity also passes protocolId)
    public static final Var<Long> MEETING_ID = Var.id("meetingId", "Sitzung");
    public static final Var<Long> PROTOCOL_ID = Var.id("protocolId", "Protokoll");

    // the process's own
    public static final Var<String> NETWORK_ID = CommonVariables.NETWORK_ID;
    /** The meeting's body: its tasks go to the body's leader, else the network's coordination (the convener). */
    public static final Var<Long> BODY_ID = CommonVariables.BODY_ID;
    public static final Var<Integer> PROTOCOL_VERSION = Var.count("protocolVersion", "Fassung");
    public static final Var<Date> SENT_AT = Var.date("sentAt", "Versandt am");
    /** The end of the period (exclusive): start of the day after day 28; the timer TimerEvent_ObjectionPeriodEnds. */
    public static final Var<Date> OBJECTION_DEADLINE = Var.date("objectionDeadline", "Einspruchsfrist endet");
    public static final Var<String> PROTOCOL_STATUS = Var.choice("protocolStatus", "Stand",
            Arrays.stream(ProcedureStatus.values()).map(Enum::name).toArray(String[]::new));
    public static final Var<Date> CONFIRMED_AT = Var.date("confirmedAt", "Bestätigt am");
    public static final Var<Integer> RECIPIENT_COUNT = Var.count("recipientCount", "Empfänger:innen");
    public static final Var<Integer> OBJECTION_COUNT = Var.count("objectionCount", "Einsprüche");
    /** The next meeting decided on the approval item (read from the register). */
    public static final Var<Boolean> APPROVAL_CARRIED = Var.flag("approvalCarried", "Protokoll genehmigt");

    // Msg_ProtocolObjection and Task_RecordObjection
    public static final Var<Long> PARTNER_ID = Var.id("partnerId", "Netzwerkpartner:in");
    public static final Var<String> REASON = Var.text("reason", "Begründung des Einspruchs", 2000).personal();
    // set only by the objection page (the system), never accepted from a caller
    public static final Var<String> CHANNEL = Var.text("objectionChannel", "Eingang", 20);
    public static final Var<Long> LINK_PROTOCOL_ID = Var.id("objectionProtocolId", "Protokoll des Links");

    // Task_HandleObjection and Task_AmendProtocol
    public static final Var<String> DECISION = Var.choice("decision", "Entscheidung", DECISION_AMEND, DECISION_NEXT_MEETING);
    public static final Var<String> PROTOCOL_TEXT = Var.text("protocolText", "Geänderter Protokolltext", 20000);

    // shown in the tasks (task-local)
    public static final Var<String> MEETING_TEXT = Var.text("meetingText", "Sitzung", 500);
    public static final Var<String> DEADLINE_TEXT = Var.text("deadlineText", "Einspruchsfrist", 200);
    public static final Var<String> OBJECTIONS_TEXT = Var.text("objectionsText", "Einsprüche", 100000);
    public static final Var<String> CURRENT_TEXT = Var.text("currentText", "Bisheriger Protokolltext", 20000);
    public static final Var<String> APPROVAL_TEXT = Var.text("approvalText", "Beschluss der Sitzung", 1000);
    public static final Var<Object> RECIPIENT_OPTIONS = Var.display("recipientOptions");

    private ProtocolVariables() {
    }
}
