package de.netzwerke.governance.security;

import java.util.List;

/** The Camunda groups of the networks; Tasklist filters and authorizations follow them. */
public final class GovernanceGroups {

    /** M-3: the coordination, Fachstelle Chancengleichheit. */
    public static final String FACHSTELLE = "fachstelle";
    /** SR-1 */
    public static final String SPRECHERINNENRAT = "sprecherinnenrat";
    /** W-5 */
    public static final String STEUERUNGSGRUPPE = "steuerungsgruppe";
    /** M-1, W-1: every partner. */
    public static final String NETZWERKPARTNER = "netzwerkpartner";
    /** Camunda's built-in administrators group. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    public static final String WORKING_TABLE_PREFIX = "arbeitstisch-";
    public static final String WORKING_TABLE_GROUP_TYPE = "ARBEITSTISCH";

    /** The standing groups with their German names. */
    public static final List<String[]> STANDING = List.of(
            new String[] {FACHSTELLE, "Fachstelle Chancengleichheit (Koordination)"},
            new String[] {SPRECHERINNENRAT, "Sprecher:innenrat"},
            new String[] {STEUERUNGSGRUPPE, "Steuerungsgruppe"},
            new String[] {NETZWERKPARTNER, "Netzwerkpartner:innen"});

    private GovernanceGroups() {
    }

    /** The group of one working table, by its register id. */
    public static String workingTable(long bodyId) {
        return WORKING_TABLE_PREFIX + bodyId;
    }
}
