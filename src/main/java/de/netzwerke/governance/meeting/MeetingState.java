package de.netzwerke.governance.meeting;

/** Where a meeting stands, as the Übersicht and the read API show it. */
public enum MeetingState {
    PLANNED("geplant"),
    INVITED("eingeladen"),
    HELD("abgehalten"),
    PROTOCOL_WRITTEN("Protokoll geschrieben"),
    PROTOCOL_SENT("Protokoll versandt"),
    /** T-5: an objection was put to the body's next meeting. */
    PROTOCOL_DISPUTED("Protokoll strittig"),
    PROTOCOL_CONFIRMED("Protokoll bestätigt"),
    CANCELLED("abgesagt");

    private final String label;

    MeetingState(String label) { this.label = label; }

    public String label() { return label; }
}
