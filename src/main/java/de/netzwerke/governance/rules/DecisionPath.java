package de.netzwerke.governance.rules;

/** G-1: how a change of the rules is decided, and what n is. */
public enum DecisionPath {
    /** All partners vote digitally; n = those who voted (abstentions count). */
    DIGITAL("digitale Abstimmung aller Netzwerkpartner:innen"),
    /** A rules-change item at the network's next Tagung; n = partners present. */
    TAGUNG("Beschluss auf der nächsten Tagung");

    private final String label;

    DecisionPath(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
