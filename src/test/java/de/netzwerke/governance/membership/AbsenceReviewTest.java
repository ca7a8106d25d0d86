package de.netzwerke.governance.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.netzwerke.governance.membership.AbsenceReview.Attendance;
import de.netzwerke.governance.membership.AbsenceReview.Finding;
import de.netzwerke.governance.membership.AbsenceReview.Invitation;
import de.netzwerke.governance.membership.AbsenceReview.Partner;

/** AbsenceReview: M-2 as RULES.md reads it, with the window of both profiles (P1Y). */
class AbsenceReviewTest {

    private static final AbsenceReview YEAR = new AbsenceReview(Period.ofYears(1));
    /** A review day whose window starts on 2026-03-01. */
    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
    private static final LocalDate WINDOW_START = LocalDate.of(2026, 3, 1);

    private static Invitation at(String day, Attendance attendance) {
        return new Invitation(LocalDate.parse(day).toEpochDay(), LocalDate.parse(day), attendance);
    }

    private static Partner member(LocalDate since, Invitation... invitations) {
        return new Partner(7, since, null, List.of(invitations));
    }

    private static boolean flagged(Partner partner) {
        return YEAR.review(partner, AS_OF).isPresent();
    }

    @Test
    @DisplayName("M-2: a member for 400 days with one unexcused absence and nothing attended is flagged")
    void memberFor400DaysWithOneUnexcusedAbsence() {
        Partner p = member(AS_OF.minusDays(400), at("2026-09-10", Attendance.UNEXCUSED));
        Finding finding = YEAR.review(p, AS_OF).orElseThrow();
        assertThat(finding.partnerId()).isEqualTo(7);
        assertThat(finding.unexcused()).isEqualTo(1);
        assertThat(finding.excused()).isZero();
        assertThat(finding.windowStart()).isEqualTo(WINDOW_START);
        assertThat(finding.invitations()).extracting(Invitation::meetingDay).containsExactly(LocalDate.parse("2026-09-10"));
    }

    @Test
    @DisplayName("M-2: only excused absences are no reason to flag")
    void onlyExcusedAbsences() {
        assertThat(flagged(member(AS_OF.minusDays(400), at("2026-05-10", Attendance.EXCUSED),
                at("2026-11-10", Attendance.EXCUSED)))).isFalse();
    }

    @Test
    @DisplayName("M-2: excused and unexcused absences without any attendance flag the partner, with both counted")
    void excusedAndUnexcused() {
        Finding f = YEAR.review(member(AS_OF.minusDays(400), at("2026-11-10", Attendance.EXCUSED),
                at("2026-05-10", Attendance.UNEXCUSED)), AS_OF).orElseThrow();
        assertThat(f.excused()).isEqualTo(1);
        assertThat(f.unexcused()).isEqualTo(1);
        assertThat(f.invitations()).extracting(Invitation::meetingDay)
                .containsExactly(LocalDate.parse("2026-05-10"), LocalDate.parse("2026-11-10"));
    }

    @Test
    @DisplayName("M-2: a partner for only 200 days is not flagged, however often absent")
    void memberFor200Days() {
        assertThat(flagged(member(AS_OF.minusDays(200), at("2026-09-10", Attendance.UNEXCUSED),
                at("2026-12-10", Attendance.UNEXCUSED)))).isFalse();
    }

    @Test
    @DisplayName("M-2: one attendance in the window is enough not to be flagged")
    void oneAttendanceInTheWindow() {
        assertThat(flagged(member(AS_OF.minusDays(400), at("2026-04-10", Attendance.UNEXCUSED),
                at("2026-09-10", Attendance.PRESENT), at("2027-01-10", Attendance.UNEXCUSED)))).isFalse();
    }

    @Test
    @DisplayName("M-2: a partner never invited is not flagged")
    void neverInvited() {
        assertThat(flagged(member(AS_OF.minusDays(400)))).isFalse();
    }

    @Test
    @DisplayName("M-2: invitations without recorded attendance are neither attendance nor unexcused absence")
    void attendanceNotRecorded() {
        assertThat(flagged(member(AS_OF.minusDays(400), at("2026-09-10", Attendance.NOT_RECORDED)))).isFalse();
        assertThat(flagged(member(AS_OF.minusDays(400), at("2026-09-10", Attendance.NOT_RECORDED),
                at("2026-10-10", Attendance.UNEXCUSED)))).isTrue();
    }

    @Test
    @DisplayName("M-2 edge: a partner since the window's first day was a member the whole time (flagged); one day later not")
    void membershipEdge() {
        assertThat(flagged(member(WINDOW_START, at("2026-09-10", Attendance.UNEXCUSED)))).isTrue();
        assertThat(flagged(member(WINDOW_START.plusDays(1), at("2026-09-10", Attendance.UNEXCUSED)))).isFalse();
    }

    @Test
    @DisplayName("M-2 edge: an unexcused absence on the window's first day counts; one day before does not")
    void absenceAtTheWindowStart() {
        assertThat(flagged(member(AS_OF.minusYears(3), at("2026-03-01", Attendance.UNEXCUSED)))).isTrue();
        assertThat(flagged(member(AS_OF.minusYears(3), at("2026-02-28", Attendance.UNEXCUSED)))).isFalse();
    }

    @Test
    @DisplayName("M-2 edge: an attendance one day before the window does not save the partner; on its first day it does")
    void attendanceAtTheWindowStart() {
        Invitation absent = at("2026-10-01", Attendance.UNEXCUSED);
        assertThat(flagged(member(AS_OF.minusYears(3), at("2026-02-28", Attendance.PRESENT), absent))).isTrue();
        assertThat(flagged(member(AS_OF.minusYears(3), at("2026-03-01", Attendance.PRESENT), absent))).isFalse();
    }

    @Test
    @DisplayName("M-2 edge: a meeting on the review day counts; a meeting after it does not yet")
    void reviewDayEdge() {
        assertThat(flagged(member(AS_OF.minusYears(3), at("2027-03-01", Attendance.UNEXCUSED)))).isTrue();
        assertThat(flagged(member(AS_OF.minusYears(3), at("2027-03-02", Attendance.UNEXCUSED)))).isFalse();
        assertThat(flagged(member(AS_OF.minusYears(3), at("2026-10-01", Attendance.UNEXCUSED),
                at("2027-03-01", Attendance.PRESENT)))).isFalse();
    }

    @Test
    @DisplayName("M-2: kept by the coordination, a partner is not flagged again for the same absences, but for a new one")
    void keptNotFlaggedForTheSameAbsences() {
        Invitation old = at("2026-06-10", Attendance.UNEXCUSED);
        LocalDate keptOn = LocalDate.parse("2026-12-01");
        assertThat(YEAR.review(new Partner(7, AS_OF.minusYears(3), keptOn, List.of(old)), AS_OF)).isEmpty();
        assertThat(YEAR.review(new Partner(7, AS_OF.minusYears(3), keptOn,
                List.of(old, at("2026-12-01", Attendance.UNEXCUSED))), AS_OF)).as("absent on the day kept").isEmpty();
        assertThat(YEAR.review(new Partner(7, AS_OF.minusYears(3), keptOn,
                List.of(old, at("2027-01-20", Attendance.EXCUSED))), AS_OF)).as("only excused since").isEmpty();
        Finding again = YEAR.review(new Partner(7, AS_OF.minusYears(3), keptOn,
                List.of(old, at("2027-01-20", Attendance.UNEXCUSED))), AS_OF).orElseThrow();
        assertThat(again.unexcused()).isEqualTo(2);
    }

    @Test
    @DisplayName("M-2 edge: a window of one year ending on 29 February starts on 28 February of the year before")
    void leapDay() {
        LocalDate leap = LocalDate.of(2028, 2, 29);
        assertThat(YEAR.windowStart(leap)).isEqualTo(LocalDate.of(2027, 2, 28));
        Partner p = member(LocalDate.of(2027, 2, 28), at("2027-02-28", Attendance.UNEXCUSED));
        assertThat(YEAR.review(p, leap)).isPresent();
    }

    @Test
    @DisplayName("M-2: the window comes from the profile (membership.absence-window); six months flag earlier")
    void windowFromTheProfile() {
        AbsenceReview halfYear = new AbsenceReview(Period.ofMonths(6));
        Partner p = member(LocalDate.parse("2026-08-01"), at("2026-10-10", Attendance.UNEXCUSED));
        assertThat(halfYear.review(p, AS_OF)).isPresent();
        assertThat(YEAR.review(p, AS_OF)).isEmpty();
        assertThatThrownBy(() -> new AbsenceReview(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("M-2: of several partners exactly those flagged are found, by partner id")
    void severalPartners() {
        Partner absent = new Partner(12, AS_OF.minusYears(2), null, List.of(at("2026-09-10", Attendance.UNEXCUSED)));
        Partner present = new Partner(3, AS_OF.minusYears(2), null, List.of(at("2026-09-10", Attendance.PRESENT)));
        Partner alsoAbsent = new Partner(5, AS_OF.minusYears(2), null, List.of(at("2026-04-10", Attendance.UNEXCUSED)));
        assertThat(YEAR.review(List.of(absent, present, alsoAbsent), AS_OF)).extracting(Finding::partnerId)
                .containsExactly(5L, 12L);
    }
}
