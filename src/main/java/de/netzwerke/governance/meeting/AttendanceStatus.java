package de.netzwerke.governance.meeting;

/** T-4, M-2: how an invitee took part. */
public enum AttendanceStatus {
    PRESENT("anwesend"),
    EXCUSED("entschuldigt"),
    UNEXCUSED("unentschuldigt");

    private final String label;

    AttendanceStatus(String label) { this.label = label; }

    public String label() { return label; }
}
