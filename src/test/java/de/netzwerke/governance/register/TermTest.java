package de.netzwerke.governance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TermTest {

    private static final Period TWO_YEARS = Period.ofYears(2);

    @Test
    @DisplayName("AT-2: a two-year term runs from the election day to the same day two years later")
    void twoYearTerm() {
        Term term = Term.startingOn(LocalDate.of(2024, 5, 10), TWO_YEARS);
        assertThat(term.start()).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(term.end()).isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    @DisplayName("AT-2: the re-election is due six weeks before the term ends")
    void reElectionSixWeeksBefore() {
        Term term = Term.startingOn(LocalDate.of(2024, 5, 10), TWO_YEARS);
        assertThat(term.reElectionDue(Period.ofWeeks(6))).isEqualTo(LocalDate.of(2026, 3, 29));
    }

    @Test
    @DisplayName("AT-2: a term is expired the day after its end, not on the end day")
    void expiry() {
        Term term = Term.startingOn(LocalDate.of(2024, 5, 10), TWO_YEARS);
        assertThat(term.isExpired(LocalDate.of(2026, 5, 9))).isFalse();
        assertThat(term.isExpired(LocalDate.of(2026, 5, 10))).isFalse();
        assertThat(term.isExpired(LocalDate.of(2026, 5, 11))).isTrue();
    }

    @Test
    @DisplayName("AT-2: a term from 29.02.2024 of P3Y ends on 28.02.2027 (W-6 reading)")
    void leapDay() {
        Term term = Term.startingOn(LocalDate.of(2024, 2, 29), Period.ofYears(3));
        assertThat(term.end()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(term.isExpired(LocalDate.of(2027, 2, 28))).isFalse();
        assertThat(term.isExpired(LocalDate.of(2027, 3, 1))).isTrue();
    }

    @Test
    @DisplayName("AT-2: a term needs a positive length")
    void positiveLength() {
        LocalDate day = LocalDate.of(2024, 5, 10);
        assertThatThrownBy(() -> Term.startingOn(day, Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Term.startingOn(day, Period.ofYears(-2))).isInstanceOf(IllegalArgumentException.class);
    }
}
