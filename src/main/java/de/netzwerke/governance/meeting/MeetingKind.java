package de.netzwerke.governance.meeting;

import de.netzwerke.governance.register.BodyKind;

/**
 * The kinds of meeting of both networks (issue 10). Which body holds which kind is the rule profile's
 * ({@code governance.networks.<id>.meetings.kinds}); who co-prepares and who is invited is the kind's.
 */
public enum MeetingKind {
    /** T-1, T-2: convened by the Fachstelle, prepared together with the Sprecher:innenrat; every partner invited. */
    TAGUNG("Tagung", BodyKind.SPEAKERS_COUNCIL, true, false),
    /** SR-4: convened by its chair; its members invited. */
    SPEAKERS_COUNCIL_MEETING("Sitzung des Sprecher:innenrats", null, false, true),
    /** AT-1: convened by the working table's leader; its members invited. */
    WORKING_TABLE_MEETING("Arbeitstischtreffen", null, false, true),
    /** W-3, W-5: convened by the coordination, prepared and followed up by the Steuerungsgruppe. */
    NETWORK_MEETING("Netzwerktreffen", BodyKind.STEERING_GROUP, true, false),
    /** W-5: as needed, convened by its lead. */
    STEERING_GROUP_MEETING("Sitzung der Steuerungsgruppe", null, false, true),
    /** W-2: at least one a year, with wide reach. */
    PUBLIC_EVENT("öffentliche Veranstaltung", BodyKind.STEERING_GROUP, true, false);

    private final String label;
    private final BodyKind coPreparedBy;
    private final boolean wholeNetworkInvited;
    private final boolean convenedByBody;

    MeetingKind(String label, BodyKind coPreparedBy, boolean wholeNetworkInvited, boolean convenedByBody) {
        this.label = label;
        this.coPreparedBy = coPreparedBy;
        this.wholeNetworkInvited = wholeNetworkInvited;
        this.convenedByBody = convenedByBody;
    }

    public String label() { return label; }

    /** The body that prepares the agenda together with the convener (T-2, W-5), or null. */
    public BodyKind coPreparedBy() { return coPreparedBy; }

    /** Every active partner of the network is invited (else the body's members). */
    public boolean wholeNetworkInvited() { return wholeNetworkInvited; }

    /** The body's own group may convene it (besides the network's coordination). */
    public boolean convenedByBody() { return convenedByBody; }
}
