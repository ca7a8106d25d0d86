package de.netzwerke.governance.register.overview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.netzwerke.governance.register.RegisterViews.BodyView;

/**
 * Something a person sets going from a body in the Übersicht with one click, e.g. „Wahl einleiten“ for one of
 * its offices. A capability contributes it as a Spring bean; the register renders a small form per body (a list
 * of {@link #choices}, one button, protected against CSRF) and calls {@link #perform} only with a choice that
 * {@link #choices} offered this viewer for this body.
 */
public interface BodyAction {

    /** Part of the form's address, letters and dashes, e.g. {@code wahl}. */
    String id();

    /** The button, e.g. „Wahl einleiten“. */
    String label();

    /** The label of the list of choices, e.g. „Amt“. */
    String choiceLabel();

    /**
     * What this viewer may set going for this body, as the rules allow (empty: the form is not shown). Called
     * again when the form is sent: a choice not offered then is refused.
     */
    List<Choice> choices(BodyView body, OverviewViewer viewer);

    /**
     * {@link #choices} for every body of a page at once, by body id (bodies without choices may be left out). The
     * Übersicht calls this once per page; an action that reads the database per body overrides it to read for all
     * bodies in a constant number of queries (issue 15).
     */
    default Map<Long, List<Choice>> choices(List<BodyView> bodies, OverviewViewer viewer) {
        Map<Long, List<Choice>> all = new LinkedHashMap<>();
        for (BodyView body : bodies) {
            all.put(body.id(), choices(body, viewer));
        }
        return all;
    }

    /**
     * Sets the choice going as the logged-in viewer (the engine's authorization, the process's rights check and
     * variable contract apply).
     *
     * @return the German confirmation, e.g. „Die Wahl … ist eingeleitet.“
     * @throws de.netzwerke.governance.register.RuleViolation with the German refusal; nothing is changed
     */
    String perform(BodyView body, String choice, OverviewViewer viewer);

    /**
     * Why a choice that {@link #choices} did not offer this viewer is refused (a form sent by hand, or one
     * that became stale), in German.
     */
    default String refusal(BodyView body, String choice, OverviewViewer viewer) {
        return "„" + label() + "“ ist für „" + body.name() + "“ so nicht möglich: nach den Regeln nur für die Koordination "
                + "des Netzwerks und für das Gremium selbst, und nicht, solange derselbe Vorgang schon läuft.";
    }

    /** One entry of the list: the value sent and the German text shown. */
    record Choice(String value, String label) {
    }
}
