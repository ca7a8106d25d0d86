package de.netzwerke.governance.founding;

/** Where a proposal of a new working table stands. */
public enum ProposalStatus {
    PROPOSED,
    DECLINED,
    COLLECTING,
    ESTABLISHED,
    NOT_ESTABLISHED
}
