package de.netzwerke.governance.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SteeringGroupTermTest {

    private static final Period THREE_YEARS = Period.ofYears(3);

    @Test
    @DisplayName("W-6: from 29.02.2024 the next confirmation falls due on 28.02.2027 (the reading in RULES.md)")
    void fromLeapDay() {
        assertThat(SteeringGroupTerm.nextDue(LocalDate.of(2024, 2, 29), THREE_YEARS)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    @DisplayName("W-6: 28.02.2030 → 28.02.2033")
    void ordinaryDay() {
        assertThat(SteeringGroupTerm.nextDue(LocalDate.of(2030, 2, 28), THREE_YEARS)).isEqualTo(LocalDate.of(2033, 2, 28));
    }

    @Test
    @DisplayName("W-6: a confirmation on 31.08 falls due on 31.08 three years on")
    void endOfAugust() {
        assertThat(SteeringGroupTerm.nextDue(LocalDate.of(2026, 8, 31), THREE_YEARS)).isEqualTo(LocalDate.of(2029, 8, 31));
    }

    @Test
    @DisplayName("W-6: the reappointment starts three months before the due date: 28.11.2026 for 28.02.2027")
    void startsThreeMonthsBefore() {
        assertThat(SteeringGroupTerm.reappointmentStarts(LocalDate.of(2027, 2, 28), Period.ofMonths(3)))
                .isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(SteeringGroupTerm.reappointmentStarts(LocalDate.of(2029, 8, 31), Period.ofMonths(3)))
                .isEqualTo(LocalDate.of(2029, 5, 31));
    }
}
