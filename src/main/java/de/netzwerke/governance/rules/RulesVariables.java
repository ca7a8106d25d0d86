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

    // Task_ReviewProfileSettings
    public static final Var<Boolean> SETTINGS_REVIEWED = Var.flag("settingsReviewed",
            "Einstellungen des Regelprofils geprüft");

    // the process's own
    public static final Var<Long> RULES_CHANGE_ID = Var.id("rulesChangeId", "Änderung der Regeln");

    // shown in the task (task-local)
    public static final Var<String> PROPOSAL_TEXT = Var.text("proposalText", "Beschlossene Änderung", 25000);
    public static final Var<String> SETTINGS_TEXT = Var.text("settingsText", "Einstellungen", 5000);

    private RulesVariables() {
    }
}
