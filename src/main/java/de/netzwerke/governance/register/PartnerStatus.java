package de.netzwerke.governance.register;

/** M-2: a removed partner leaves the overview and the distribution list. */
public enum PartnerStatus {
    ACTIVE,
    REMOVED
}
