package de.netzwerke.governance.membership;

import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import de.netzwerke.governance.process.CommonVariables;
import de.netzwerke.governance.process.Var;

/**
 * The variables of {@code PartnerAdmission} and {@code MembershipReview}, each named once. Names, addresses,
 * organisations, motivations and decline reasons are personal: the register keeps them, Camunda's history never.
 */
public final class MembershipVariables {

    public static final String ADMISSION_KEY = "PartnerAdmission";
    public static final String REVIEW_KEY = "MembershipReview";
    public static final String MESSAGE_EMAIL_CONFIRMED = "Msg_EmailConfirmed";

    public static final Var<String> NETWORK_ID = CommonVariables.NETWORK_ID;

    // PartnerAdmission: start (public page or Tasklist)
    public static final Var<String> APPLICANT_NAME = Var.text("applicantName", "Name", 255).personal();
    public static final Var<String> APPLICANT_EMAIL = Var.text("applicantEmail", "E-Mail-Adresse", 254).personal();
    public static final Var<String> APPLICANT_ORGANISATION = Var.text("applicantOrganisation", "Organisation / Träger", 255).personal();
    public static final Var<String> MOTIVATION = Var.text("motivation", "Warum möchten Sie mitmachen?", 4000).personal();
    public static final Var<Boolean> CONSENT = Var.flag("consent", "Einwilligung in die Datenverarbeitung");
    /** Set by the engine from the logged-in person who entered the application (camunda:initiator); none on the public page. */
    public static final Var<String> ENTERED_BY = Var.text("enteredBy", "Erfasst von", 64);

    // PartnerAdmission: the process's own
    public static final Var<Long> APPLICATION_ID = Var.id("applicationId", "Antrag");
    public static final Var<Date> CONFIRMATION_DEADLINE = Var.date("confirmationDeadline", "Bestätigungsfrist");
    public static final Var<Boolean> ADMITTED = Var.flag("admitted", "Aufgenommen");
    public static final Var<Long> PARTNER_ID = Var.id("partnerId", "Netzwerkpartner:in");

    // Task_DecideAdmission
    public static final Var<String> DECISION = Var.choice("decision", "Entscheidung", "admit", "decline");
    public static final Var<String> DECLINE_REASON = Var.text("declineReason", "Begründung der Ablehnung", 4000).personal();
    /** What the task shows (task-local): the application. */
    public static final Var<String> APPLICATION_TEXT = Var.text("applicationText", "Antrag", 8000);

    // MembershipReview: start
    /** The review day as yyyy-MM-dd; absent: today. */
    public static final Var<String> AS_OF = Var.text("asOf", "Stichtag", 10);

    // MembershipReview: the process's own
    public static final Var<Long> REVIEW_ID = Var.id("reviewId", "Prüfung");
    public static final Var<List<Long>> FLAGGED_PARTNER_IDS = Var.ids("flaggedPartnerIds", "Auffällige Netzwerkpartner:innen", 100_000);
    public static final Var<Integer> FLAGGED_COUNT = Var.count("flaggedCount", "Auffällig");
    public static final Var<Integer> UNDECIDED_COUNT = Var.count("undecidedCount", "Noch offen");
    public static final Var<Integer> REMOVAL_COUNT = Var.count("removalCount", "Bestätigte Entfernungen");
    public static final Var<List<Long>> REMOVED_PARTNER_IDS = Var.ids("removedPartnerIds", "Entfernte Netzwerkpartner:innen", 100_000);

    // Task_ConfirmRemovals: REST callers name partner ids …
    public static final Var<List<Long>> REMOVE_PARTNER_IDS = Var.ids("removePartnerIds", "Entfernen", 1000);
    public static final Var<List<Long>> KEEP_PARTNER_IDS = Var.ids("keepPartnerIds", "Behalten", 1000);
    /** … the form decides per row; the task shows the review (task-local). */
    public static final Var<String> REVIEW_TEXT = Var.text("reviewText", "Prüfung", 4000);

    public static Var<String> rowDecision(int row) {
        return Var.choice("partner" + row + "Decision", "Entscheidung zu " + row + ".", "remove", "keep");
    }

    /** Task-local: the flagged partner of a row with the facts (name: personal, gone with the task). */
    public static Var<String> rowFacts(int row) {
        return Var.text("partner" + row + "Facts", "Netzwerkpartner:in " + row, 8000);
    }

    public static List<Var<?>> rowDecisions() {
        return IntStream.rangeClosed(1, MembershipService.ROWS).<Var<?>>mapToObj(MembershipVariables::rowDecision).toList();
    }

    private MembershipVariables() {
    }
}
