package de.netzwerke.governance.rules;

import java.util.ArrayList;
import java.util.List;

import de.netzwerke.governance.register.RuleProfile;

/**
 * G-1: the settings of a network's rule profile that its Geschäftsordnung sets. A change of the rules does not
 * change them silently: the coordination gets this list, with the values in force, to review (and to have the
 * profile changed where the new version says so).
 */
public final class ProfileSettingsToReview {

    private ProfileSettingsToReview() {
    }

    /** One line per setting: key, what it is (rule), current value. */
    public static List<String> lines(RuleProfile p) {
        List<String> lines = new ArrayList<>();
        lines.add("majority-base – einfache Mehrheit gemessen an (SR-7, T-3): " + p.getMajorityBase());
        lines.add("voting.period – Dauer digitaler Abstimmungen (G-1, SR-3): " + p.getVoting().getPeriod());
        lines.add("voting.reminder-before – Erinnerung vor Ende der Abstimmung: " + p.getVoting().getReminderBefore());
        lines.add("office.term – Amtszeit (AT-2, SR-2): " + p.getOffice().getTerm());
        lines.add("office.chair-term – Amtszeit des Vorsitzes im Sprecher:innenrat (SR-5): " + p.getOffice().getChairTerm());
        lines.add("office.re-election-notice – Vorlauf der Neuwahl: " + p.getOffice().getReElectionNotice());
        lines.add("protocol.objection-period – Einspruchsfrist des Ergebnisprotokolls (T-5): "
                + p.getProtocol().getObjectionPeriod());
        lines.add("membership.absence-window – Zeitraum der Abwesenheitsprüfung (M-2): "
                + p.getMembership().getAbsenceWindow());
        lines.add("meetings.plenary-min-per-year / plenary-max-per-year – Tagungen im Jahr (T-1): "
                + p.getMeetings().getPlenaryMinPerYear() + " bis " + p.getMeetings().getPlenaryMaxPerYear());
        lines.add("meetings.speakers-council-min-per-year – Sitzungen des Sprecher:innenrats (SR-4): "
                + p.getMeetings().getSpeakersCouncilMinPerYear());
        lines.add("meetings.working-table-min-per-year – Sitzungen je Arbeitstisch (AT-1): "
                + p.getMeetings().getWorkingTableMinPerYear());
        lines.add("founding.min-organisations / declaration-period – Gründung eines Arbeitstischs (AT-3): "
                + p.getFounding().getMinOrganisations() + " Organisationen, " + p.getFounding().getDeclarationPeriod());
        return lines;
    }
}
