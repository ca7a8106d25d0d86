package de.netzwerke.governance.register;

/** The offices of the Geschäftsordnung and the Vereinbarung (AT-2, SR-1, SR-2, SR-5, W-6). */
public enum OfficeKind {
    /** AT-2 */
    LEADER("Leitung"),
    /** AT-2 */
    DEPUTY_LEADER("Stellvertretende Leitung"),
    /** SR-2 */
    SPEAKERS_COUNCIL_MEMBER("Mitglied im Sprecher:innenrat"),
    /** SR-2 */
    SPEAKERS_COUNCIL_DEPUTY("Stellvertretung im Sprecher:innenrat"),
    /** SR-5 */
    CHAIR("Vorsitz"),
    /** SR-5 */
    DEPUTY_CHAIR("Stellvertretender Vorsitz"),
    /** SR-1: member of the Sprecher:innenrat by office */
    INTEGRATION_COMMISSIONER("Integrationsbeauftragte:r"),
    /** W-6 */
    STEERING_GROUP_MEMBER("Mitglied der Steuerungsgruppe");

    private final String label;

    OfficeKind(String label) { this.label = label; }

    public String label() { return label; }
}
