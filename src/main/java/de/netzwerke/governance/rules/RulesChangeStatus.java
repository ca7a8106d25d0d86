package de.netzwerke.governance.rules;

/** Where a proposed change of the rules stands (G-1). */
public enum RulesChangeStatus {
    PROPOSED("vorgeschlagen"),
    CARRIED("angenommen"),
    REJECTED("abgelehnt"),
    /** The Tagung it was put to was cancelled and the coordination withdrew it. */
    WITHDRAWN("zurückgezogen");

    private final String label;

    RulesChangeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
