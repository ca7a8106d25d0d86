package de.netzwerke.governance.steering;

import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import de.netzwerke.governance.process.CommonVariables;
import de.netzwerke.governance.process.Var;

/**
 * The variables of process {@code SteeringGroupReappointment}, each named once: what callers send (see
 * {@link SteeringConfiguration}'s contract), what the process keeps (ids, dates, results) and what its tasks
 * show (task-local, from the register, never in history). README.md documents them.
 */
public final class SteeringVariables {

    public static final String PROCESS_KEY = "SteeringGroupReappointment";
    public static final String MESSAGE_STANDING_DECLARED = "Msg_StandingDeclared";
    public static final String MESSAGE_NOMINATION = "Msg_SteeringGroupNomination";
    /** Sent by the system only (not in the contract): the coordination brought a waiting reappointment forward. */
    public static final String MESSAGE_BROUGHT_FORWARD = "Msg_ReappointmentBroughtForward";

    static final String[] REACHES = {"REGIONAL", "SUPRA_REGIONAL", "STATE_WIDE"};

    // start
    public static final Var<String> NETWORK_ID = CommonVariables.NETWORK_ID;

    // the process's own: set by its delegates, accepted from nobody
    public static final Var<Long> REAPPOINTMENT_ID = Var.id("reappointmentId", "Wiederbestellung");
    /** true: started by a person, begins at once; false: started by the system, waits for its date. */
    public static final Var<Boolean> STARTS_NOW = Var.flag("startsNow", "Sofort beginnen");
    /** The timer TimerEvent_ReappointmentDue: steering-group.reappointment-notice before the due date, 08:00. */
    public static final Var<Date> REAPPOINTMENT_DUE = Var.date("reappointmentDue", "Wiederbestellung beginnt");
    /** The end of the nomination period (steering-group.nomination-period): timer and due date of the nominations task. */
    public static final Var<Date> NOMINATION_DEADLINE = Var.date("nominationDeadline", "Vorschlagsfrist endet");
    /** CARRIED or REJECTED: the network's decision. */
    public static final Var<String> OUTCOME = Var.choice("outcome", "Beschluss", "CARRIED", "REJECTED");
    public static final Var<Date> CONFIRMED_ON = Var.date("confirmedOn", "Bestätigt am");
    public static final Var<Date> NEXT_DUE_ON = Var.date("nextDueOn", "Nächste Bestätigung fällig am");

    // shown in the tasks (task-local)
    public static final Var<String> GROUP_TEXT = Var.text("groupText", "Steuerungsgruppe", 300);
    /** Json list of {label, value}: the current members (Task_AskMembers) or the persons to choose (composition). */
    public static final Var<Object> MEMBER_OPTIONS = Var.display("memberOptions");
    public static final Var<Object> CANDIDATE_OPTIONS = Var.display("candidateOptions");
    public static final Var<String> CANDIDATES_TEXT = Var.text("candidatesText", "Personen", 20000);
    public static final Var<String> COVERAGE_TEXT = Var.text("coverageText", "Handlungsfelder", 5000);
    public static final Var<String> OUTCOME_TEXT = Var.text("outcomeText", "Ergebnis", 2000);
    public static final Var<Integer> MAX_MEMBERS = Var.count("maxMembers", "Höchstzahl");

    // Task_AskMembers: of the members who have not answered by message, those who stand again (the others step down)
    public static final Var<List<Long>> STANDING_AGAIN = Var.ids("standingAgain", "Mitglieder, die wieder antreten", 50);
    // Msg_StandingDeclared
    public static final Var<Long> PARTNER_ID = Var.id("partnerId", "Netzwerkpartner:in");
    public static final Var<Boolean> STANDS_AGAIN = Var.flag("standsAgain", "Tritt wieder an");

    // Msg_SteeringGroupNomination (and the rows of the nominations form, NominationsForm)
    public static final Var<String> NOMINEE_NAME = Var.text("nomineeName", "Name", 255).personal();
    public static final Var<String> NOMINEE_EMAIL = Var.text("nomineeEmail", "E-Mail-Adresse", 320).personal();
    public static final Var<String> NOMINEE_ORGANISATION = Var.text("nomineeOrganisation", "Organisation", 255).personal();
    /** The code of a field of action of W-9 (GET /api/networks/willkommenskultur-lsa/fields-of-action). */
    public static final Var<String> FIELD_OF_ACTION = Var.text("fieldOfAction", "Handlungsfeld", 64);
    public static final Var<String> REACH = Var.choice("reach", "Wirkungskreis", REACHES);
    public static final Var<Boolean> BUSINESS_LINK = Var.flag("businessLink", "Vertritt die Wirtschaft");
    public static final Var<Boolean> WELCOME_CULTURE_BEARING = Var.flag("welcomeCultureBearing",
            "Arbeitet in einem Feld mit grundsätzlichem Bezug zur Willkommenskultur");

    // Task_RecordNominations
    public static final Var<Boolean> CLOSE_NOMINATIONS = Var.flag("closeNominations", "Vorschlagsfrist vorzeitig beenden");
    // Task_CheckEligibility
    public static final Var<Boolean> ELIGIBILITY_CHECKED = Var.flag("eligibilityChecked", "Wählbarkeit geprüft");
    // Task_ComposeSteeringGroup (also a result)
    public static final Var<List<Long>> PROPOSED_MEMBER_IDS = Var.ids("proposedMemberIds", "Vorgeschlagene Mitglieder", 50);
    // Task_RecordNetworkDecision
    public static final Var<Integer> PRESENT = Var.count("present", "Anwesende Netzwerkpartner:innen");
    public static final Var<Integer> YES = Var.count("yes", "Ja-Stimmen");
    public static final Var<Integer> NO = Var.count("no", "Nein-Stimmen");
    public static final Var<Integer> ABSTENTIONS = Var.count("abstentions", "Enthaltungen");

    /** What Msg_SteeringGroupNomination carries. */
    static Var<?>[] nominationMessage() {
        return new Var<?>[] {NOMINEE_NAME, NOMINEE_EMAIL, NOMINEE_ORGANISATION, FIELD_OF_ACTION, REACH, BUSINESS_LINK,
                WELCOME_CULTURE_BEARING};
    }

    /** What Task_RecordNominations accepts: its rows and the flag. */
    static List<Var<?>> nominationsTask() {
        return Stream.concat(IntStream.rangeClosed(1, NominationsForm.ROWS).boxed().flatMap(NominationsForm::row),
                Stream.of(CLOSE_NOMINATIONS)).toList();
    }

    private SteeringVariables() {
    }
}
