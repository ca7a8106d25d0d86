package de.netzwerke.governance.register;

/**
 * What a simple majority is measured against (SR-7, T-3; reading in RULES.md).
 */
public enum MajorityBase {
    /** Carried when yes &gt; no among the votes cast by those present; abstentions do not count. */
    VOTES_CAST,
    /** Carried when yes &gt; half of the members present. */
    PRESENT
}
