package de.netzwerke.governance.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.netzwerke.governance.register.Today;

class FundingDeadlineTest {

    static final Instant NOW = ZonedDateTime.of(2027, 5, 3, 10, 0, 0, 0, Today.ZONE).toInstant();

    @Test
    @DisplayName("SR-3: the vote ends at 00:00 on the day before the funder's deadline; the statement is due in 3 days")
    void schedule() {
        FundingDeadline.Schedule s = FundingDeadline.schedule(LocalDate.of(2027, 5, 31), NOW, Today.ZONE).orElseThrow();
        assertThat(s.voteEndsBy()).isEqualTo(ZonedDateTime.of(2027, 5, 30, 0, 0, 0, 0, Today.ZONE).toInstant());
        assertThat(s.statementDue()).isEqualTo(ZonedDateTime.of(2027, 5, 6, 10, 0, 0, 0, Today.ZONE).toInstant());
    }

    @Test
    @DisplayName("SR-3: a deadline leaving less than 3 days for the statement and 3 for the vote is too close")
    void tooClose() {
        // 11.05.: the vote may run until 10.05. 00:00, 6 days and 14 hours from now — enough
        assertThat(FundingDeadline.schedule(LocalDate.of(2027, 5, 11), NOW, Today.ZONE)).isPresent();
        // 10.05.: until 09.05. 00:00, 10 hours short of 6 days
        assertThat(FundingDeadline.schedule(LocalDate.of(2027, 5, 10), NOW, Today.ZONE)).isEmpty();
        assertThat(FundingDeadline.schedule(LocalDate.of(2027, 5, 3), NOW, Today.ZONE)).isEmpty();
        assertThat(FundingDeadline.earliestDeadline(NOW, Today.ZONE)).isEqualTo(LocalDate.of(2027, 5, 11));
    }

    @Test
    @DisplayName("SR-3: amounts as people write them: 12500, 12.500,50, 12500.5; words and zero are refused")
    void amounts() {
        assertThat(FundingApplications.cents("12500")).isEqualTo(1_250_000L);
        assertThat(FundingApplications.cents("12.500,50")).isEqualTo(1_250_050L);
        assertThat(FundingApplications.cents("12500.5")).isEqualTo(1_250_050L);
        assertThat(FundingApplications.cents("800 €")).isEqualTo(80_000L);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FundingApplications.cents("zwölf"))
                .hasMessageContaining("als Zahl");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FundingApplications.cents("0"))
                .hasMessageContaining("größer als 0");
    }
}
