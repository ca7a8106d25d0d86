package de.netzwerke.governance.rules;

import de.netzwerke.governance.process.CommonVariables;
import de.netzwerke.governance.process.Var;

/**
 * The variables of process {@code RulesChange} (G-1), each named once: what the Fachstelle's proposal and
 * {@code Task_ReviewProfileSettings} accept (see {@link RulesConfiguration}), what the process keeps, and what
 * the task shows (task-local). The proposal, the count and the versions of the rules live in the register.
 */
public final class RulesVariables {

    public static final String PROCESS_KEY = "RulesChange";

    // start (the proposal)
    public static final Var<String> NETWORK_ID = CommonVariables.NETWORK_ID;
    public static final Var<String> TITLE = Var.text("title", "Kurzbezeichnung der Änderung", 255);
    /** The changed passages with their new wording (or the whole new text). */
    public static final Var<String> PASSAGES = Var.text("passages", "Geänderte Passagen mit neuer Fassung", 20000);
    public static final Var<String> REASON = Var.text("reason", "Begründung", 5000);
    /** G-1: DIGITAL (all partners vote digitally) or TAGUNG (at the next Tagung); without it, DIGITAL. */
    public static final Var<String> DECIDED_BY = Var.choice("decidedBy", "Wie wird entschieden?", "DIGITAL", "TAGUNG");

    // Task_RescheduleDecision (the Tagung was cancelled)
    public static final Var<String> RESCHEDULE = Var.choice("rescheduleDecision", "Wie geht es weiter?", "TAGUNG",
            "WITHDRAW");

    // Task_ReviewProfileSettings
    public static final Var<Boolean> SETTINGS_REVIEWED = Var.flag("settingsReviewed",
            "Einstellungen des Regelprofils geprüft");

    // the process's own
    public static final Var<Long> RULES_CHANGE_ID = Var.id("rulesChangeId", "Änderung der Regeln");
    /** The Tagung whose agenda carries the change (decided by TAGUNG). */
    public static final Var<Long> MEETING_ID = Var.id("meetingId", "Tagung");

    /** The Tagung has voted on the change's agenda item (sent by the system, from nobody else). */
    public static final String MSG_DECIDED_AT_TAGUNG = "Msg_RulesChangeDecidedAtTagung";
    /** The Tagung the change was put to is cancelled (sent by the system, from nobody else). */
    public static final String MSG_TAGUNG_CANCELLED = "Msg_RulesChangeTagungCancelled";

    // shown in the task (task-local)
    public static final Var<String> PROPOSAL_TEXT = Var.text("proposalText", "Beschlossene Änderung", 25000);
    public static final Var<String> SETTINGS_TEXT = Var.text("settingsText", "Einstellungen", 5000);
    public static final Var<String> CANCELLED_TEXT = Var.text("cancelledText", "Abgesagte Tagung", 2000);

    private RulesVariables() {
    }
}
