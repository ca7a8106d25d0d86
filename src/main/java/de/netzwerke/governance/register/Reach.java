package de.netzwerke.governance.register;

/** W-7: how far an actor of the steering group works: within one region, beyond it, or state-wide. */
public enum Reach {
    REGIONAL("regional"),
    SUPRA_REGIONAL("überregional"),
    STATE_WIDE("landesweit");

    private final String label;

    Reach(String label) { this.label = label; }

    public String label() { return label; }
}
