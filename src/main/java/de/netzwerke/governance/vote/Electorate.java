package de.netzwerke.governance.vote;

/** Who votes in a digital vote. */
public enum Electorate {
    /** G-1: every active partner of the network, one vote each. */
    ALL_PARTNERS("alle Netzwerkpartner:innen"),
    /** SR-1: the Sprecher:innenrat, one vote per working table (member, else deputy) and one for the Integrationsbeauftragte:r. */
    SPEAKERS_COUNCIL("Sprecher:innenrat");

    private final String label;

    Electorate(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
