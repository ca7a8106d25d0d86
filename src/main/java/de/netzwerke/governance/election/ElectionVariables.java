package de.netzwerke.governance.election;

import java.util.List;
import java.util.stream.IntStream;

import de.netzwerke.governance.process.CommonVariables;
import de.netzwerke.governance.process.Var;

/**
 * The variables of process {@code OfficeElection}, each named once: what callers send (see
 * {@link ElectionConfiguration}'s contract), what the process keeps (ids and results), and what its tasks
 * show (task-local, from the register, never in history). README.md documents them.
 */
public final class ElectionVariables {

    public static final String PROCESS_KEY = ElectionStart.PROCESS_KEY;

    // start
    public static final Var<Long> BODY_ID = ElectionStart.BODY_ID;
    public static final Var<String> OFFICE = ElectionStart.OFFICE;

    // the process's own: set by its delegates, accepted from nobody
    public static final Var<Long> ELECTION_ID = Var.id("electionId", "Wahl");
    public static final Var<String> NETWORK_ID = CommonVariables.NETWORK_ID;
    /** ELECTED, RUNOFF, REJECTED, NO_ELECTION: what the gateway decides on. */
    public static final Var<String> OUTCOME = Var.choice("outcome", "Ergebnis", "ELECTED", "RUNOFF", "REJECTED", "NO_ELECTION");
    public static final Var<Long> ELECTED_PARTNER_ID = Var.id("electedPartnerId", "Gewählte Person");
    public static final Var<Long> OFFICE_ID = Var.id("officeId", "Amt");
    public static final Var<java.util.Date> TERM_END = Var.date("termEnd", "Ende der Amtszeit");
    public static final Var<String> TERM_END_TEXT = Var.text("termEndText", "Ende der Amtszeit", 10);
    /** The re-election timer {@code TimerEvent_ReElectionDue}. */
    public static final Var<java.util.Date> RE_ELECTION_DUE = Var.date("reElectionDue", "Neuwahl fällig");
    public static final Var<Boolean> RE_ELECTION_STARTED = Var.flag("reElectionStarted", "Neuwahl eingeleitet");

    // shown in the tasks (task-local)
    public static final Var<String> BODY_NAME = Var.text("bodyName", "Gremium", 255);
    public static final Var<String> OFFICE_LABEL = Var.text("officeLabel", "Amt", 100);
    public static final Var<Integer> VOTING_MEMBERS = Var.count("votingMembers", "Stimmberechtigte Mitglieder");
    /** Json list of {label, value}: the body's members, for the nomination form. */
    public static final Var<Object> MEMBER_OPTIONS = Var.display("memberOptions");
    public static final Var<Boolean> SINGLE_CANDIDATE = Var.flag("singleCandidate", "Eine Kandidatur");
    public static final Var<Integer> CANDIDATE_COUNT = Var.count("candidateCount", "Zahl der Kandidaturen");
    /** The single candidate's name. */
    public static final Var<String> CANDIDATE_NAME = Var.text("candidateName", "Kandidat:in", 600);
    public static final Var<Boolean> RUNOFF = Var.flag("runoff", "Stichwahl");
    public static final Var<String> OUTCOME_TEXT = Var.text("outcomeText", "Ergebnis", 2000);

    // Task_NominateCandidates
    public static final int MAX_CANDIDATES = BallotForm.ROWS;
    /** Json list of partner ids (strings or numbers), or "12,14". */
    public static final Var<List<Long>> CANDIDATES = Var.ids("candidates", "Kandidat:innen", 50);
    public static final Var<Boolean> CANDIDATES_AGREED = Var.flag("candidatesAgreed", "Zustimmung der Kandidat:innen");

    // Task_RecordBallot (the candidate rows: BallotForm)
    public static final Var<Integer> PRESENT = Var.count("present", "Anwesende Stimmberechtigte");
    public static final Var<Integer> YES = Var.count("yes", "Ja-Stimmen");
    public static final Var<Integer> NO = Var.count("no", "Nein-Stimmen");
    public static final Var<Integer> ABSTENTIONS = Var.count("abstentions", "Enthaltungen");

    // Task_ReviewFailedElection
    public static final Var<String> NEXT_STEP = Var.choice("nextStep", "Weiteres Vorgehen", "renominate", "close");

    /** What Task_RecordBallot accepts. */
    static List<Var<?>> ballotInput() {
        return java.util.stream.Stream.<Var<?>>concat(java.util.stream.Stream.of(PRESENT, YES, NO, ABSTENTIONS),
                IntStream.rangeClosed(1, BallotForm.ROWS).mapToObj(BallotForm::votes)).toList();
    }


    private ElectionVariables() {
    }
}
