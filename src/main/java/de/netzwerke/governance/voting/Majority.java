package de.netzwerke.governance.voting;

import de.netzwerke.governance.Implements;

/** Which majority a vote needs: SR-7, T-3 (simple majority) or G-1 (two thirds). */
@Implements({"SR-7", "T-3", "G-1"})
public enum Majority {
    /** SR-7, T-3: yes &gt; no (under the network's majority base); a tie is a rejection. */
    SIMPLE("einfache Mehrheit"),
    /** G-1: 3·yes ≥ 2·n. */
    TWO_THIRDS("Zwei-Drittel-Mehrheit");

    private final String label;

    Majority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
