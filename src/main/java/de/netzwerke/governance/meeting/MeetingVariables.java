package de.netzwerke.governance.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import de.netzwerke.governance.process.CommonVariables;
import de.netzwerke.governance.process.Var;

/**
 * The variables of processes {@code Meeting} and {@code MeetingFrequencyCheck}, each named once: what callers
 * send (see {@link MeetingConfiguration}'s contract), what the process keeps (ids, dates, results), and what its
 * tasks show (task-local, from the register). README.md documents them.
 */
public final class MeetingVariables {

    public static final String PROCESS_KEY = "Meeting";
    public static final String FREQUENCY_CHECK_KEY = "MeetingFrequencyCheck";
    public static final String MESSAGE_ABSENCE_EXCUSED = "Msg_AbsenceExcused";
    public static final String MESSAGE_MEETING_CANCELLED = "Msg_MeetingCancelled";

    /** Rows of the agenda form (Task_PrepareAgenda) and of the decisions form. */
    public static final int AGENDA_ROWS = 8;
    /** Rows the co-preparing body may add (Task_CoPrepareAgenda). */
    public static final int CO_PREPARE_ROWS = 4;

    // start
    public static final Var<Long> BODY_ID = CommonVariables.BODY_ID;
    public static final Var<String> TITLE = Var.text("title", "Titel", 255);
    /** "2027-03-12T10:00" (Europe/Berlin) or with offset "2027-03-12T10:00:00+01:00". */
    public static final Var<String> STARTS_AT = Var.text("startsAt", "Beginn", 40);
    public static final Var<String> ENDS_AT = Var.text("endsAt", "Ende", 40);
    /** A place or an online link. */
    public static final Var<String> LOCATION = Var.text("location", "Ort oder Link", 500);

    // the process's own
    public static final Var<Long> MEETING_ID = Var.id("meetingId", "Sitzung");
    public static final Var<String> NETWORK_ID = CommonVariables.NETWORK_ID;
    public static final Var<String> MEETING_KIND = Var.choice("meetingKind", "Art der Sitzung",
            Arrays.stream(MeetingKind.values()).map(Enum::name).toArray(String[]::new));
    public static final Var<String> MEETING_STATE = Var.choice("meetingState", "Stand",
            Arrays.stream(MeetingState.values()).map(Enum::name).toArray(String[]::new));
    /** startsAt was in the past when planned: no invitation, straight to attendance. */
    public static final Var<Boolean> RECORDED_AFTER = Var.flag("recordedAfter", "Nachträglich erfasst");
    /** T-2, W-5: a co-preparing body prepares the agenda too. */
    public static final Var<Boolean> CO_PREPARED = Var.flag("coPrepared", "Mitvorbereitung");
    public static final Var<Date> MEETING_START = Var.date("meetingStart", "Beginn der Sitzung");
    public static final Var<Date> REMINDER_AT = Var.date("reminderAt", "Erinnerung");
    /** Whether the reminder's time is still ahead when the invitations go out. */
    public static final Var<Boolean> REMINDER_AHEAD = Var.flag("reminderAhead", "Erinnerung vorgesehen");
    /** T-1: shown in the planning task when one more meeting is planned than the rule foresees. */
    public static final Var<String> PLANNING_WARNING = Var.text("planningWarning", "Hinweis", 1000);
    public static final Var<Boolean> HAS_VOTES = Var.flag("hasVotes", "Abstimmungen auf der Tagesordnung");
    public static final Var<Integer> INVITED_COUNT = Var.count("invitedCount", "Eingeladen");
    public static final Var<Integer> PRESENT_COUNT = Var.count("presentCount", "Anwesend");
    public static final Var<Integer> EXCUSED_COUNT = Var.count("excusedCount", "Entschuldigt");
    public static final Var<Integer> UNEXCUSED_COUNT = Var.count("unexcusedCount", "Unentschuldigt");
    /** Json list of {position, title, kind, outcome, yes, no, abstentions}: each vote's outcome. */
    public static final Var<Object> OUTCOMES = Var.display("outcomes");
    public static final Var<Long> PROTOCOL_ID = Var.id("protocolId", "Protokoll");
    /** MeetingFrequencyCheck: the bodies behind their rule, one task each. */
    public static final Var<List<Long>> BEHIND_BODIES = Var.ids("behindBodies", "Gremien im Rückstand", 1000);
    public static final Var<Integer> BEHIND_COUNT = Var.count("behindCount", "Gremien im Rückstand");

    // shown in the tasks (task-local)
    public static final Var<String> BODY_NAME = Var.text("bodyName", "Gremium", 255);
    public static final Var<String> KIND_LABEL = Var.text("kindLabel", "Art der Sitzung", 100);
    public static final Var<String> WHEN_TEXT = Var.text("whenText", "Termin", 100);
    public static final Var<String> AGENDA_TEXT = Var.text("agendaText", "Tagesordnung", 10000);
    public static final Var<Object> INVITEE_OPTIONS = Var.display("inviteeOptions");
    public static final Var<String> EXCUSED_TEXT = Var.text("excusedText", "Bereits entschuldigt", 10000);
    public static final Var<String> RESULTS_TEXT = Var.text("resultsText", "Ergebnisse", 20000);
    public static final Var<Integer> DECISION_COUNT = Var.count("decisionCount", "Abstimmungen");
    public static final Var<String> FINDING = Var.text("finding", "Befund", 1000);

    // Task_CoPrepareAgenda
    public static final Var<Boolean> AGENDA_APPROVED = Var.flag("agendaApproved", "Tagesordnung gebilligt");
    // Task_RecordAttendance
    public static final Var<List<Long>> PRESENT_PARTNERS = Var.ids("presentPartners", "Anwesend", 5000);
    public static final Var<List<Long>> EXCUSED_PARTNERS = Var.ids("excusedPartners", "Entschuldigt", 5000);
    // Task_WriteProtocol
    public static final Var<String> PROTOCOL_TEXT = Var.text("protocolText", "Protokolltext", 20000);
    // Msg_AbsenceExcused
    public static final Var<Long> PARTNER_ID = Var.id("partnerId", "Netzwerkpartner:in");
    // Msg_MeetingCancelled
    public static final Var<String> CANCELLATION_REASON = Var.text("cancellationReason", "Grund der Absage", 1000);

    /** Agenda row i: title. */
    public static Var<String> itemTitle(int row) {
        return Var.text("item" + row + "Title", "Tagesordnungspunkt " + row, 500);
    }

    /** Agenda row i: kind (INFORMATION, DISCUSSION, DECISION, RULES_CHANGE). */
    public static Var<String> itemKind(int row) {
        return Var.choice("item" + row + "Kind", "Art von Punkt " + row,
                Arrays.stream(AgendaItemKind.values()).map(Enum::name).toArray(String[]::new));
    }

    /** Decision row i (the i-th vote of the agenda): what is decided, and its counts. */
    public static Var<String> decisionTitle(int row) {
        return Var.text("decision" + row + "Title", "Abstimmung " + row, 600);
    }

    public static Var<Integer> decisionYes(int row) {
        return Var.count("decision" + row + "Yes", "Ja-Stimmen (Abstimmung " + row + ")");
    }

    public static Var<Integer> decisionNo(int row) {
        return Var.count("decision" + row + "No", "Nein-Stimmen (Abstimmung " + row + ")");
    }

    public static Var<Integer> decisionAbstentions(int row) {
        return Var.count("decision" + row + "Abstentions", "Enthaltungen (Abstimmung " + row + ")");
    }

    static List<Var<?>> agendaRows(int rows) {
        List<Var<?>> vars = new ArrayList<>();
        IntStream.rangeClosed(1, rows).forEach(i -> {
            vars.add(itemTitle(i));
            vars.add(itemKind(i));
        });
        return vars;
    }

    static List<Var<?>> decisionRows() {
        List<Var<?>> vars = new ArrayList<>();
        IntStream.rangeClosed(1, AGENDA_ROWS + CO_PREPARE_ROWS).forEach(i -> {
            vars.add(decisionYes(i));
            vars.add(decisionNo(i));
            vars.add(decisionAbstentions(i));
        });
        return vars;
    }

    private MeetingVariables() {
    }
}
