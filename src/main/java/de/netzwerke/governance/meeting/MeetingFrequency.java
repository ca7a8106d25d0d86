package de.netzwerke.governance.meeting;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.netzwerke.governance.Implements;

/**
 * T-1, SR-4, AT-1, W-2, W-3: whether a body's meetings of a year fall behind its frequency rule, and the
 * warning (T-1) when one more is planned than the rule foresees. Counted are the meetings held and planned
 * in the calendar year, never cancelled ones.
 *
 * <p>Reading (RULES.md, "meeting frequencies"): a rule of at least {@code n} a year spreads them evenly, the
 * k-th due by the end of month ⌈12·k/n⌉; each must be on the books (held or planned) from {@code planningLead}
 * before that end on. With n = 4 and a lead of four months, the Sprecher:innenrat needs all four by 1 October;
 * one public event a year (W-2) must be planned by 1 September. A quarterly rule (W-3) needs a meeting dated in
 * every quarter that has begun.
 */
@Implements({"T-1", "SR-4", "AT-1", "W-2", "W-3"})
public final class MeetingFrequency {

    /**
     * A body's rule.
     *
     * @param ruleId       the id of RULES.md the rule comes from
     * @param meetingLabel what the meeting is called („Sitzung des Sprecher:innenrats“)
     * @param minPerYear   at least so many a year (0: no minimum)
     * @param maxPerYear   a further one beyond this is warned about, not refused (0: no maximum)
     * @param quarterly    one in every quarter (W-3)
     * @param planningLead how long before its share of the year ends a required meeting must be planned
     */
    public record Rule(String ruleId, String meetingLabel, int minPerYear, int maxPerYear, boolean quarterly,
                       Period planningLead) {

        public Rule {
            if (minPerYear < 0 || maxPerYear < 0) {
                throw new IllegalArgumentException("frequencies are not negative");
            }
            planningLead = planningLead == null ? Period.ZERO : planningLead;
        }

        /** Whether the rule asks anything at all (the Steuerungsgruppe meets as needed). */
        public boolean hasMinimum() {
            return minPerYear > 0 || quarterly;
        }
    }

    /** A meeting of the body: its day and whether it was cancelled. */
    public record Dated(LocalDate day, boolean cancelled) {
    }

    /**
     * Where the body stands.
     *
     * @param counted          meetings held or planned in the year
     * @param required         how many the rule asks for by now
     * @param quartersWithout  quarters begun without a meeting (quarterly rules)
     * @param message          for the convener, in German, naming the rule; empty when not behind
     */
    public record Status(int year, int counted, int required, boolean behind, List<Integer> quartersWithout,
                         String message) {
    }

    private MeetingFrequency() {
    }

    /** The body's standing in {@code year} as seen on day {@code on}. */
    public static Status check(Rule rule, int year, LocalDate on, List<Dated> meetings) {
        List<LocalDate> counted = counted(year, meetings);
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        LocalDate asOf = on.isAfter(lastDay) ? lastDay : on;
        if (on.getYear() < year || !rule.hasMinimum()) {
            return new Status(year, counted.size(), 0, false, List.of(), "");
        }
        if (rule.quarterly()) {
            List<Integer> without = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                LocalDate start = LocalDate.of(year, 3 * q - 2, 1);
                final int quarter = q;
                if (!start.isAfter(asOf) && counted.stream().noneMatch(d -> (d.getMonthValue() + 2) / 3 == quarter)) {
                    without.add(q);
                }
            }
            int begun = (asOf.getMonthValue() + 2) / 3;
            String message = without.isEmpty() ? "" : rule.ruleId() + ": Im " + quarters(without) + " " + year
                    + " ist kein „" + rule.meetingLabel() + "“ abgehalten oder geplant; vorgesehen ist eines in jedem Quartal.";
            return new Status(year, counted.size(), begun, !without.isEmpty(), List.copyOf(without), message);
        }
        int required = 0;
        for (int k = 1; k <= rule.minPerYear(); k++) {
            int month = (12 * k + rule.minPerYear() - 1) / rule.minPerYear();
            LocalDate dueEnd = YearMonth.of(year, month).atEndOfMonth();
            if (!asOf.isBefore(dueEnd.minus(rule.planningLead()))) {
                required++;
            }
        }
        boolean behind = counted.size() < required;
        String message = behind ? rule.ruleId() + ": Vorgesehen sind mindestens " + rule.minPerYear() + " × „"
                + rule.meetingLabel() + "“ im Jahr " + year + "; abgehalten oder geplant sind " + counted.size()
                + ", bis jetzt nötig wären " + required + ". Bitte die nächste Sitzung planen." : "";
        return new Status(year, counted.size(), required, behind, List.of(), message);
    }

    /**
     * T-1: planning one more meeting on {@code day} when the year already has the rule's maximum shows a warning;
     * the meeting is planned all the same.
     */
    public static Optional<String> planningWarning(Rule rule, LocalDate day, List<Dated> meetings) {
        if (rule.maxPerYear() <= 0) {
            return Optional.empty();
        }
        int already = counted(day.getYear(), meetings).size();
        if (already < rule.maxPerYear()) {
            return Optional.empty();
        }
        return Optional.of(rule.ruleId() + ": Im Jahr " + day.getYear() + " sind bereits " + already + " × „"
                + rule.meetingLabel() + "“ abgehalten oder geplant; vorgesehen sind " + rule.minPerYear() + " bis "
                + rule.maxPerYear() + " im Jahr. Die Planung ist trotzdem möglich.");
    }

    private static List<LocalDate> counted(int year, List<Dated> meetings) {
        return meetings.stream().filter(m -> !m.cancelled() && m.day().getYear() == year).map(Dated::day).toList();
    }

    private static String quarters(List<Integer> quarters) {
        List<String> names = quarters.stream().map(q -> q + ".").toList();
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " und " + names.get(names.size() - 1);
        return joined + (quarters.size() == 1 ? " Quartal" : " Quartal");
    }
}
