package de.netzwerke.governance.register;

/** The bodies of the networks, with the names the networks use for them. */
public enum BodyKind {
    WORKING_TABLE("Arbeitstisch"),
    SPEAKERS_COUNCIL("Sprecher:innenrat"),
    PLENARY("Tagung / Netzwerktreffen"),
    STEERING_GROUP("Steuerungsgruppe"),
    NETWORK("Netzwerk");

    private final String label;

    BodyKind(String label) { this.label = label; }

    public String label() { return label; }
}
