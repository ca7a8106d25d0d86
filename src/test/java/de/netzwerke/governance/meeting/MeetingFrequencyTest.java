package de.netzwerke.governance.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.netzwerke.governance.meeting.MeetingFrequency.Dated;
import de.netzwerke.governance.meeting.MeetingFrequency.Rule;
import de.netzwerke.governance.meeting.MeetingFrequency.Status;

/** MeetingFrequency: T-1, SR-4, AT-1, W-2, W-3 as the profiles of both networks set them. */
class MeetingFrequencyTest {

    private static final Period LEAD = Period.ofMonths(4);
    private static final Rule TAGUNG = new Rule("T-1", "Tagung", 2, 3, false, LEAD);
    private static final Rule SPEAKERS_COUNCIL = new Rule("SR-4", "Sitzung des Sprecher:innenrats", 4, 0, false, LEAD);
    private static final Rule WORKING_TABLE = new Rule("AT-1", "Arbeitstischtreffen", 2, 0, false, LEAD);
    private static final Rule NETWORK_MEETING = new Rule("W-3", "Netzwerktreffen", 4, 0, true, LEAD);
    private static final Rule PUBLIC_EVENT = new Rule("W-2", "öffentliche Veranstaltung", 1, 0, false, LEAD);
    private static final Rule STEERING_GROUP = new Rule("W-5", "Sitzung der Steuerungsgruppe", 0, 0, false, LEAD);

    private static List<Dated> on(String... days) {
        List<Dated> list = new ArrayList<>();
        for (String d : days) {
            list.add(new Dated(LocalDate.parse(d), false));
        }
        return list;
    }

    private static Status check(Rule rule, String on, List<Dated> meetings) {
        LocalDate day = LocalDate.parse(on);
        return MeetingFrequency.check(rule, day.getYear(), day, meetings);
    }

    @Test
    @DisplayName("SR-4: at 1 October the Sprecher:innenrat has held 2 and planned none: behind, the message names SR-4")
    void speakersCouncilBehindInOctober() {
        Status s = check(SPEAKERS_COUNCIL, "2026-10-01", on("2026-02-10", "2026-05-12"));
        assertThat(s.behind()).isTrue();
        assertThat(s.counted()).isEqualTo(2);
        assertThat(s.required()).isEqualTo(4);
        assertThat(s.message()).startsWith("SR-4:").contains("mindestens 4", "Sitzung des Sprecher:innenrats", "2026");
    }

    @Test
    @DisplayName("SR-4: held 2 and planned 2 for November and December: on track (planned meetings count)")
    void speakersCouncilPlannedMeetingsCount() {
        Status s = check(SPEAKERS_COUNCIL, "2026-10-01", on("2026-02-10", "2026-05-12", "2026-11-03", "2026-12-08"));
        assertThat(s.behind()).isFalse();
        assertThat(s.message()).isEmpty();
    }

    @Test
    @DisplayName("SR-4: a cancelled meeting does not count")
    void cancelledMeetingsDoNotCount() {
        List<Dated> meetings = on("2026-02-10", "2026-05-12", "2026-11-03");
        meetings.add(new Dated(LocalDate.parse("2026-12-08"), true));
        Status s = check(SPEAKERS_COUNCIL, "2026-10-01", meetings);
        assertThat(s.counted()).isEqualTo(3);
        assertThat(s.behind()).isTrue();
    }

    @Test
    @DisplayName("SR-4: on 1 January the first meeting of the year is due to be planned (due by the end of March)")
    void speakersCouncilFirstMeetingDueInJanuary() {
        assertThat(check(SPEAKERS_COUNCIL, "2026-01-01", List.of()).behind()).isTrue();
        assertThat(check(SPEAKERS_COUNCIL, "2026-01-01", on("2026-03-17")).behind()).isFalse();
    }

    @Test
    @DisplayName("year boundaries: a meeting on 31 December counts for its year, one on 1 January for the next")
    void yearBoundaries() {
        Status s2026 = MeetingFrequency.check(PUBLIC_EVENT, 2026, LocalDate.parse("2026-12-31"), on("2026-12-31"));
        assertThat(s2026.counted()).isEqualTo(1);
        assertThat(s2026.behind()).isFalse();
        Status s2027 = MeetingFrequency.check(PUBLIC_EVENT, 2027, LocalDate.parse("2027-12-01"), on("2026-12-31"));
        assertThat(s2027.counted()).isZero();
        assertThat(s2027.behind()).isTrue();
    }

    @Test
    @DisplayName("a past year is judged as at its end: the required count is the whole minimum")
    void pastYearJudgedAtItsEnd() {
        Status s = MeetingFrequency.check(TAGUNG, 2025, LocalDate.parse("2026-02-01"), on("2025-04-10"));
        assertThat(s.required()).isEqualTo(2);
        assertThat(s.behind()).isTrue();
    }

    @Test
    @DisplayName("W-2: no public event planned by 1 September: behind; on 1 August not yet")
    void publicEventBySeptember() {
        assertThat(check(PUBLIC_EVENT, "2026-09-01", List.of()).behind()).isTrue();
        assertThat(check(PUBLIC_EVENT, "2026-09-01", List.of()).message()).startsWith("W-2:");
        assertThat(check(PUBLIC_EVENT, "2026-08-01", List.of()).behind()).isFalse();
    }

    @Test
    @DisplayName("W-2: one public event planned for November: on track")
    void publicEventPlanned() {
        assertThat(check(PUBLIC_EVENT, "2026-09-01", on("2026-11-20")).behind()).isFalse();
    }

    @Test
    @DisplayName("W-3: a quarter without a Netzwerktreffen is behind, and the message names the quarter")
    void networkMeetingMissingInAQuarter() {
        Status s = check(NETWORK_MEETING, "2026-07-01", on("2026-02-11", "2026-08-19"));
        assertThat(s.behind()).isTrue();
        assertThat(s.quartersWithout()).containsExactly(2);
        assertThat(s.message()).startsWith("W-3:").contains("2. Quartal 2026", "Netzwerktreffen");
    }

    @Test
    @DisplayName("W-3: one Netzwerktreffen in every quarter begun: on track; quarters not yet begun are not asked")
    void networkMeetingEveryQuarter() {
        Status s = check(NETWORK_MEETING, "2026-07-01", on("2026-02-11", "2026-05-06", "2026-09-23"));
        assertThat(s.behind()).isFalse();
        assertThat(s.quartersWithout()).isEmpty();
    }

    @Test
    @DisplayName("W-3: two meetings in one quarter do not make up for an empty one")
    void twoInOneQuarterDoNotCoverAnother() {
        Status s = check(NETWORK_MEETING, "2026-04-01", on("2026-04-02", "2026-06-30"));
        assertThat(s.quartersWithout()).containsExactly(1);
    }

    @Test
    @DisplayName("T-1: in March the first Tagung must be on the books, in September the second")
    void tagungTwoAYear() {
        assertThat(check(TAGUNG, "2026-02-01", List.of()).behind()).isFalse();
        assertThat(check(TAGUNG, "2026-03-01", List.of()).behind()).isTrue();
        assertThat(check(TAGUNG, "2026-09-01", on("2026-05-20")).behind()).isTrue();
        assertThat(check(TAGUNG, "2026-09-01", on("2026-05-20", "2026-11-12")).behind()).isFalse();
    }

    @Test
    @DisplayName("T-1: planning a 4th Tagung in a year is warned about (the GO foresees two to three), not refused")
    void fourthTagungWarned() {
        var warning = MeetingFrequency.planningWarning(TAGUNG, LocalDate.parse("2026-12-01"),
                on("2026-03-10", "2026-06-10", "2026-09-10"));
        assertThat(warning).hasValueSatisfying(w -> assertThat(w).startsWith("T-1:").contains("bereits 3", "2 bis 3",
                "trotzdem möglich"));
    }

    @Test
    @DisplayName("T-1: a 3rd Tagung is no warning, nor a 4th when one of the three was cancelled")
    void thirdTagungNotWarned() {
        assertThat(MeetingFrequency.planningWarning(TAGUNG, LocalDate.parse("2026-12-01"), on("2026-03-10", "2026-06-10")))
                .isEmpty();
        List<Dated> meetings = on("2026-03-10", "2026-06-10");
        meetings.add(new Dated(LocalDate.parse("2026-09-10"), true));
        assertThat(MeetingFrequency.planningWarning(TAGUNG, LocalDate.parse("2026-12-01"), meetings)).isEmpty();
    }

    @Test
    @DisplayName("T-1: the Tagungen of the previous year do not count toward the warning")
    void warningCountsOnlyTheYear() {
        assertThat(MeetingFrequency.planningWarning(TAGUNG, LocalDate.parse("2027-01-20"),
                on("2026-03-10", "2026-06-10", "2026-09-10"))).isEmpty();
    }

    @Test
    @DisplayName("AT-1: a working table meets several times a year (profile: at least 2); one by September is behind")
    void workingTableSeveralTimes() {
        assertThat(check(WORKING_TABLE, "2026-09-01", on("2026-04-14")).behind()).isTrue();
        assertThat(check(WORKING_TABLE, "2026-09-01", on("2026-04-14", "2026-10-06")).behind()).isFalse();
    }

    @Test
    @DisplayName("W-5: the Steuerungsgruppe meets as needed: never behind, never warned")
    void steeringGroupAsNeeded() {
        assertThat(check(STEERING_GROUP, "2026-12-01", List.of()).behind()).isFalse();
        assertThat(MeetingFrequency.planningWarning(STEERING_GROUP, LocalDate.parse("2026-12-01"),
                on("2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"))).isEmpty();
    }

    @Test
    @DisplayName("a year still ahead is not behind")
    void futureYearNotBehind() {
        assertThat(MeetingFrequency.check(SPEAKERS_COUNCIL, 2027, LocalDate.parse("2026-12-01"), List.of()).behind()).isFalse();
    }
}
