package de.netzwerke.governance.steering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.netzwerke.governance.register.Reach;
import de.netzwerke.governance.steering.SteeringGroupEligibility.Facts;
import de.netzwerke.governance.steering.SteeringGroupEligibility.Verdict;

class SteeringGroupEligibilityTest {

    @ParameterizedTest(name = "{0} persons")
    @ValueSource(ints = {0, 1, 9, 10})
    @DisplayName("W-8: a composition of at most 10 persons is allowed, also 0 and 1")
    void upToTenAllowed(int persons) {
        assertThat(SteeringGroupEligibility.checkSize(persons, 10)).isEmpty();
    }

    @Test
    @DisplayName("W-8: 11 persons are refused with a clear German message")
    void elevenRefused() {
        assertThat(SteeringGroupEligibility.checkSize(11, 10)).hasValueSatisfying(m -> assertThat(m)
                .contains("höchstens 10 Personen (W-8)", "vorgeschlagen sind 11", "1 Person weniger", "nichts geändert"));
        assertThat(SteeringGroupEligibility.checkSize(13, 10)).hasValueSatisfying(m -> assertThat(m).contains("3 Personen weniger"));
    }

    @Test
    @DisplayName("W-8: the limit is the profile's steering-group.max-members")
    void limitFromProfile() {
        assertThat(SteeringGroupEligibility.checkSize(8, 8)).isEmpty();
        assertThat(SteeringGroupEligibility.checkSize(9, 8)).isPresent();
    }

    @Test
    @DisplayName("W-7: a regional actor without business link or bearing on welcome culture is refused, with both reasons")
    void regionalWithoutBusinessRefused() {
        Verdict v = SteeringGroupEligibility.check(new Facts("arbeitsmarkt", Reach.REGIONAL, false, false));
        assertThat(v.eligible()).isFalse();
        assertThat(v.reasons()).hasSize(2);
        assertThat(v.reasonText()).contains("nur regional", "nicht die Wirtschaft");
    }

    @Test
    @DisplayName("W-7: a regional actor of business is still refused: acting beyond one region is required")
    void regionalBusinessRefused() {
        Verdict v = SteeringGroupEligibility.check(new Facts("arbeitsmarkt", Reach.REGIONAL, true, false));
        assertThat(v.eligible()).isFalse();
        assertThat(v.reasons()).containsExactly("wirkt nur regional (W-7: über eine Region hinaus, am besten landesweit)");
    }

    @Test
    @DisplayName("W-7: beyond one region (überregional or landesweit) with business or a bearing on welcome culture is eligible")
    void eligible() {
        assertThat(SteeringGroupEligibility.check(new Facts("zugang-wirtschaft", Reach.STATE_WIDE, true, false)).eligible()).isTrue();
        assertThat(SteeringGroupEligibility.check(new Facts("willkommenskultur", Reach.SUPRA_REGIONAL, false, true)).eligible()).isTrue();
        assertThat(SteeringGroupEligibility.check(new Facts("willkommenskultur", Reach.SUPRA_REGIONAL, false, true)).reasonText()).isEmpty();
    }

    @Test
    @DisplayName("W-7, W-8: neither reach nor field of action given: refused with the reasons")
    void missingFacts() {
        Verdict v = SteeringGroupEligibility.check(new Facts(null, null, true, true));
        assertThat(v.eligible()).isFalse();
        assertThat(v.reasonText()).contains("Wirkungskreis nicht angegeben", "kein Handlungsfeld");
    }
}
