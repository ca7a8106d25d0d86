package de.netzwerke.governance.election;

/** The variables of process {@code OfficeElection}: its REST contract (README.md). */
public final class ElectionVariables {

    public static final String PROCESS_KEY = "OfficeElection";

    // start
    /** The register id of the body (working table or Sprecher:innenrat). */
    public static final String BODY_ID = "bodyId";
    /** The office: LEADER, DEPUTY_LEADER, SPEAKERS_COUNCIL_MEMBER, SPEAKERS_COUNCIL_DEPUTY, CHAIR, DEPUTY_CHAIR. */
    public static final String OFFICE = "office";

    // set by the process, shown in the forms
    public static final String ELECTION_ID = "electionId";
    public static final String BODY_NAME = "bodyName";
    public static final String OFFICE_LABEL = "officeLabel";
    public static final String NETWORK_ID = "networkId";
    /** Json list of {label, value} for the nomination form: the body's members. */
    public static final String MEMBER_OPTIONS = "memberOptions";
    public static final String VOTING_MEMBERS = "votingMembers";
    public static final String SINGLE_CANDIDATE = "singleCandidate";
    public static final String RUNOFF = "runoff";
    public static final String OUTCOME = "outcome";
    public static final String OUTCOME_TEXT = "outcomeText";
    public static final String ELECTED_PARTNER_ID = "electedPartnerId";
    public static final String ELECTED_NAME = "electedName";
    public static final String TERM_END = "termEnd";
    public static final String TERM_END_TEXT = "termEndText";
    public static final String RE_ELECTION_DUE = "reElectionDue";
    public static final String OFFICE_ID = "officeId";

    // Task_NominateCandidates
    /** Json list of partner ids (strings or numbers). */
    public static final String CANDIDATES = "candidates";
    /** The candidates agreed to stand. */
    public static final String CANDIDATES_AGREED = "candidatesAgreed";

    // Task_RecordBallot
    public static final String PRESENT = "present";
    /**
     * Several candidates: one row per standing candidate, i = 1 … {@link #MAX_CANDIDATES}: the process sets
     * candidate&lt;i&gt;Id and candidate&lt;i&gt;Name, the chair enters candidate&lt;i&gt;Votes.
     */
    public static final int MAX_CANDIDATES = 8;
    /** How many candidate rows the ballot form shows. */
    public static final String CANDIDATE_COUNT = "candidateCount";
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String ABSTENTIONS = "abstentions";

    public static String candidateRow(int row, String field) {
        return "candidate" + row + field;
    }

    // Task_ReviewFailedElection
    /** "renominate" or "close". */
    public static final String NEXT_STEP = "nextStep";

    private ElectionVariables() {
    }
}
