package de.netzwerke.governance.election;

public enum ElectionStatus {
    NOMINATING,
    BALLOTING,
    ELECTED,
    NO_ELECTION
}
