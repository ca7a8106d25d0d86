package de.netzwerke.governance.election;

import de.netzwerke.governance.process.Var;

/**
 * The rows of the ballot form ({@code forms/election-ballot.form}) when several candidates stand: row i
 * shows candidate&lt;i&gt;Name (task-local, from the register) and takes candidate&lt;i&gt;Votes. Row i is the
 * i-th standing candidate in the order of their nomination; the process, not the form, knows who that is.
 */
public final class BallotForm {

    /** The form has this many rows; so many candidates may stand. */
    public static final int ROWS = 8;

    private BallotForm() {
    }

    public static Var<Integer> votes(int row) {
        return Var.count("candidate" + row + "Votes", "Stimmen in Zeile " + row);
    }

    public static Var<String> name(int row) {
        return Var.text("candidate" + row + "Name", "Kandidat:in in Zeile " + row, 600);
    }
}
