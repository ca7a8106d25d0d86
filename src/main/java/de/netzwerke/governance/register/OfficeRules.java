package de.netzwerke.governance.register;

import java.time.Period;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.netzwerke.governance.Implements;

/**
 * Which body fills which office, which offices make their holder a member of the Sprecher:innenrat, which
 * offices one person cannot hold together, and how long a term runs.
 */
@Implements({"AT-2", "SR-1", "SR-2", "SR-5"})
public final class OfficeRules {

    /** AT-2, SR-2 (working table) and SR-5 (Sprecher:innenrat): the offices each body elects. */
    private static final Map<BodyKind, Set<OfficeKind>> ELECTED_BY = Map.of(
            BodyKind.WORKING_TABLE, EnumSet.of(OfficeKind.LEADER, OfficeKind.DEPUTY_LEADER,
                    OfficeKind.SPEAKERS_COUNCIL_MEMBER, OfficeKind.SPEAKERS_COUNCIL_DEPUTY),
            BodyKind.SPEAKERS_COUNCIL, EnumSet.of(OfficeKind.CHAIR, OfficeKind.DEPUTY_CHAIR));

    /** SR-1: the Integrationsbeauftragte:r and each working table's member and deputy form the Sprecher:innenrat. */
    public static final Set<OfficeKind> SPEAKERS_COUNCIL_SEATS = EnumSet.of(OfficeKind.INTEGRATION_COMMISSIONER,
            OfficeKind.SPEAKERS_COUNCIL_MEMBER, OfficeKind.SPEAKERS_COUNCIL_DEPUTY);

    /** An office and its deputy are two persons: the deputy stands in for the holder. */
    private static final Map<OfficeKind, OfficeKind> DEPUTY_PAIRS = Map.of(
            OfficeKind.LEADER, OfficeKind.DEPUTY_LEADER, OfficeKind.DEPUTY_LEADER, OfficeKind.LEADER,
            OfficeKind.SPEAKERS_COUNCIL_MEMBER, OfficeKind.SPEAKERS_COUNCIL_DEPUTY,
            OfficeKind.SPEAKERS_COUNCIL_DEPUTY, OfficeKind.SPEAKERS_COUNCIL_MEMBER,
            OfficeKind.CHAIR, OfficeKind.DEPUTY_CHAIR, OfficeKind.DEPUTY_CHAIR, OfficeKind.CHAIR);

    private OfficeRules() {
    }

    public static boolean elects(BodyKind body, OfficeKind office) {
        return ELECTED_BY.getOrDefault(body, Set.of()).contains(office);
    }

    public static Set<OfficeKind> electedBy(BodyKind body) {
        return ELECTED_BY.getOrDefault(body, Set.of());
    }

    /** The office the holder of {@code office} may not hold at the same time in the same body, if any. */
    public static Optional<OfficeKind> incompatibleWith(OfficeKind office) {
        return Optional.ofNullable(DEPUTY_PAIRS.get(office));
    }

    /** SR-5: the chair's offices have a term of their own; every other office {@code office.term}. */
    public static Period termLength(OfficeKind office, Period term, Period chairTerm) {
        return office == OfficeKind.CHAIR || office == OfficeKind.DEPUTY_CHAIR ? chairTerm : term;
    }

    /**
     * SR-1 (reading): each working table has one vote in the Sprecher:innenrat, cast by its member or, when
     * absent, the deputy; the Integrationsbeauftragte:r has one vote.
     */
    public static int speakersCouncilVotes(int workingTablesWithSeat, boolean integrationCommissioner) {
        if (workingTablesWithSeat < 0) {
            throw new IllegalArgumentException("negative number of working tables: " + workingTablesWithSeat);
        }
        return workingTablesWithSeat + (integrationCommissioner ? 1 : 0);
    }
}
