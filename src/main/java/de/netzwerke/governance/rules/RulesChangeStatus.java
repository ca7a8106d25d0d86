package de.netzwerke.governance.rules;

/** Where a proposed change of the rules stands (G-1). */
public enum RulesChangeStatus {
    PROPOSED("Netzwerkpartner:innen stimmen digital ab"),
    CARRIED("angenommen"),
    REJECTED("abgelehnt");

    private final String label;

    RulesChangeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
