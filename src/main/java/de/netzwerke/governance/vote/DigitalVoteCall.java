package de.netzwerke.governance.vote;

import java.util.Arrays;

import de.netzwerke.governance.process.CommonVariables;
import de.netzwerke.governance.process.ProcessContract;
import de.netzwerke.governance.process.Var;
import de.netzwerke.governance.voting.Majority;

/**
 * How another process calls a digital vote (call activity {@code DigitalVote}): what it passes in
 * ({@code camunda:in}) and what it reads back ({@code camunda:out}). Every variable of the process is named
 * here once; README.md documents them.
 */
@ProcessContract
public final class DigitalVoteCall {

    public static final String PROCESS_KEY = "DigitalVote";
    /** Correlated by the register when the last seat has voted. */
    public static final String MSG_ALL_VOTED = "Msg_AllVoted";

    // in
    public static final Var<String> NETWORK_ID = CommonVariables.NETWORK_ID;
    public static final Var<String> VOTE_QUESTION = Var.text("voteQuestion", "Abstimmungsfrage", 1000);
    /** ALL_PARTNERS (G-1), SPEAKERS_COUNCIL (SR-1). */
    public static final Var<String> ELECTORATE = Var.choice("electorate", "Stimmberechtigte",
            Arrays.stream(Electorate.values()).map(Enum::name).toArray(String[]::new));
    /** SIMPLE (SR-7), TWO_THIRDS (G-1). */
    public static final Var<String> MAJORITY = Var.choice("majority", "Erforderliche Mehrheit",
            Arrays.stream(Majority.values()).map(Enum::name).toArray(String[]::new));
    /** Optional: the result is needed by then (e.g. a funder's deadline); the vote then ends earlier. */
    public static final Var<java.util.Date> VOTE_ENDS_BY = Var.date("voteEndsBy", "Ergebnis benötigt bis");

    // out
    public static final Var<Long> VOTE_ID = Var.id("voteId", "Abstimmung");
    public static final Var<Integer> ELECTORATE_SIZE = Var.count("electorateSize", "Stimmen (Sitze)");
    public static final Var<java.util.Date> DEADLINE = Var.date("deadline", "Ende der Abstimmung");
    public static final Var<Integer> YES = Var.count("yes", "Ja-Stimmen");
    public static final Var<Integer> NO = Var.count("no", "Nein-Stimmen");
    public static final Var<Integer> ABSTENTIONS = Var.count("abstentions", "Enthaltungen");
    /** Who voted (G-1: n = partners voting digitally; abstentions count). */
    public static final Var<Integer> N = Var.count("n", "Abgegebene Stimmen");
    public static final Var<Boolean> CARRIED = Var.flag("carried", "Angenommen");

    /**
     * Writes a count as the result this contract returns: by the digital vote itself, and by the callers that let a
     * meeting vote instead (rules change at a Tagung, funding statement at a council meeting).
     */
    public static void setResult(org.camunda.bpm.engine.delegate.VariableScope scope, int yes, int no, int abstentions,
                                 int n, boolean carried) {
        YES.set(scope, yes);
        NO.set(scope, no);
        ABSTENTIONS.set(scope, abstentions);
        N.set(scope, n);
        CARRIED.set(scope, carried);
    }

    // the process's own
    /** Timer {@code BoundaryEvent_ReminderDue}. */
    public static final Var<java.util.Date> REMINDER_AT = Var.date("reminderAt", "Erinnerung");

    private DigitalVoteCall() {
    }
}
