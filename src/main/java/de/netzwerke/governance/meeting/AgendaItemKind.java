package de.netzwerke.governance.meeting;

/** What an agenda item asks of the meeting. */
public enum AgendaItemKind {
    INFORMATION("Information"),
    DISCUSSION("Aussprache"),
    /** SR-7, T-3: simple majority of those present. */
    DECISION("Beschluss"),
    /** G-1: two thirds of the partners present. */
    RULES_CHANGE("Änderung der Geschäftsordnung");

    private final String label;

    AgendaItemKind(String label) { this.label = label; }

    public String label() { return label; }

    public boolean isVote() { return this == DECISION || this == RULES_CHANGE; }
}
