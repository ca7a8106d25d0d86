package de.netzwerke.governance.register.overview;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the Übersicht: a procedure that is under way (or, in a personal section, one of the viewer's own).
 * Every text is German, for staff, and shown escaped.
 *
 * @param procedure what kind of procedure, e.g. „Wahl“, „Gründung eines Arbeitstischs“
 * @param subject   what it is about, e.g. „Leitung – Arbeitstisch Wohnen“, the topic of a proposal
 * @param bodyId    the body it belongs to (then the body lists it among its open procedures), or null
 * @param stage     where it stands, e.g. „Kandidat:innen benennen“
 * @param disturbed an incident in Cockpit holds it up (shown as „Vorgang mit Störung“)
 * @param deadline  the day a rule sets for its next step, or null
 * @param details   further lines, e.g. „Organisationen bisher: 3 (AWO, Caritas, Jobcenter)“
 */
public record OpenProcedure(String procedure, String subject, Long bodyId, String stage, boolean disturbed,
                            LocalDate deadline, List<String> details) {

    /** What the Übersicht shows for a procedure held up by an incident. */
    public static final String DISTURBED = "Vorgang mit Störung – bitte in Cockpit nachsehen";

    public OpenProcedure {
        details = details == null ? List.of() : List.copyOf(details);
    }
}
