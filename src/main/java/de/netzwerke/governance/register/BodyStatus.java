package de.netzwerke.governance.register;

public enum BodyStatus {
    ACTIVE,
    DISSOLVED
}
