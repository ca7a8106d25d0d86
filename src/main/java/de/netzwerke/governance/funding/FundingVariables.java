package de.netzwerke.governance.funding;

import java.util.Date;

import de.netzwerke.governance.process.CommonVariables;
import de.netzwerke.governance.process.Var;

/**
 * The variables of process {@code FundingApplicationVote} (SR-3, SR-7), each named once: what the start and
 * {@code Task_DraftStatement} accept (see {@link FundingConfiguration}), what the process keeps, and what the
 * task shows (task-local). The application itself, the applicant's address and the statement live in the
 * register; the start variables are removed once recorded. README.md documents them.
 */
public final class FundingVariables {

    public static final String PROCESS_KEY = "FundingApplicationVote";

    // start (the application)
    public static final Var<String> NETWORK_ID = CommonVariables.NETWORK_ID;
    public static final Var<String> ORGANISATION = Var.text("organisation", "Antragstellende Organisation", 255);
    public static final Var<String> PROGRAMME = Var.text("programme", "Förderprogramm", 255);
    public static final Var<String> TITLE = Var.text("title", "Titel des Vorhabens", 255);
    /** Euros, e.g. "12500" or "12.500,50". */
    public static final Var<String> AMOUNT = Var.text("amount", "Beantragter Betrag in Euro", 20);
    /** The funder's deadline, ISO date (2027-05-31) as the form's date field sends it. */
    public static final Var<String> FUNDER_DEADLINE = Var.text("funderDeadline", "Frist des Fördermittelgebers", 10);
    public static final Var<String> ATTACHMENT_LINK = Var.text("attachmentLink", "Link zu den Antragsunterlagen", 1000);
    public static final Var<String> APPLICANT_EMAIL = Var.text("applicantEmail", "E-Mail-Adresse der Antragstellenden", 320)
            .personal();

    // Task_DraftStatement
    public static final Var<String> STATEMENT = Var.text("statement", "Stellungnahme", 20000);
    /** SR-7: DIGITAL (the default) or MEETING (at the Sprecher:innenrat's next meeting before the deadline). */
    public static final Var<String> VOTE_PATH = Var.choice("votePath", "Wie stimmt der Sprecher:innenrat ab?",
            "DIGITAL", "MEETING");

    // Task_RescheduleVote (the meeting was cancelled)
    public static final Var<String> RESCHEDULE = Var.choice("rescheduleVote", "Wie geht es weiter?", "MEETING", "DIGITAL");

    // the process's own: set by its delegates, accepted from nobody
    public static final Var<Long> FUNDING_APPLICATION_ID = Var.id("fundingApplicationId", "Förderantrag");
    /** The Sprecher:innenrat: its chair drafts the statement (process/ResponsibleAssignment). */
    public static final Var<Long> BODY_ID = CommonVariables.BODY_ID;
    /** The due date of Task_DraftStatement: the vote needs the rest of the time before voteEndsBy. */
    public static final Var<Date> STATEMENT_DUE = Var.date("statementDue", "Stellungnahme fällig");
    /** The meeting of the Sprecher:innenrat whose agenda carries the application (voted at a meeting). */
    public static final Var<Long> MEETING_ID = Var.id("meetingId", "Sitzung");

    /** The meeting has voted on the application's agenda item (sent by the system, from nobody else). */
    public static final String MSG_DECIDED_AT_MEETING = "Msg_FundingDecidedAtMeeting";
    /** The meeting the application was put to is cancelled (sent by the system, from nobody else). */
    public static final String MSG_MEETING_CANCELLED = "Msg_FundingMeetingCancelled";

    // shown in the task (task-local)
    public static final Var<String> APPLICATION_TEXT = Var.text("applicationText", "Antrag", 5000);
    public static final Var<String> CANCELLED_TEXT = Var.text("cancelledText", "Abgesagte Sitzung", 2000);

    private FundingVariables() {
    }
}
