package de.netzwerke.governance.register.overview;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A section of a network's Übersicht that a capability contributes as a Spring bean, e.g. „Laufende
 * Gründungen“ (founding), „Laufende Wahlen“ (election), „Meine Vorschläge“. Rows with a {@code bodyId} are
 * also listed on their body as its open procedures.
 */
public interface OverviewSection {

    /** Sections are shown in ascending order. */
    int order();

    /** The German heading. */
    String title();

    /**
     * What the section says when it has no rows; null leaves an empty section out (e.g. a personal section of
     * someone who has nothing in it).
     */
    String emptyText();

    /** Whether the rows also appear under their body (open procedures); personal sections answer false. */
    default boolean listedOnBodies() {
        return true;
    }

    /**
     * The heading under which a body lists this section's rows with its {@code bodyId}: „Offene Vorgänge“ for
     * procedures under way; a section whose rows are not all open (e.g. past meetings) names its own.
     */
    default String bodyHeading() {
        return OPEN_PROCEDURES;
    }

    /** The body's default heading. */
    String OPEN_PROCEDURES = "Offene Vorgänge";

    /**
     * The rows the viewer sees for the network. Names of people only when {@link OverviewViewer#seesContactData()}
     * or when they are the viewer's own.
     */
    List<OpenProcedure> rows(String networkId, OverviewViewer viewer);

    /**
     * A section from its parts, for a capability's {@code @Bean}.
     *
     * @param emptyText null: left out when empty
     */
    static OverviewSection of(int order, String title, String emptyText, boolean listedOnBodies,
                              BiFunction<String, OverviewViewer, List<OpenProcedure>> rows) {
        return new OverviewSection() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public String emptyText() {
                return emptyText;
            }

            @Override
            public boolean listedOnBodies() {
                return listedOnBodies;
            }

            @Override
            public List<OpenProcedure> rows(String networkId, OverviewViewer viewer) {
                return rows.apply(networkId, viewer);
            }
        };
    }
}
