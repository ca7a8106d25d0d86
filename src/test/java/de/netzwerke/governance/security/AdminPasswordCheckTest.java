package de.netzwerke.governance.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordCheckTest {

    private final AdminPasswordCheck check = new AdminPasswordCheck();

    @Test
    @DisplayName("profile prod refuses to start without an administrator password")
    void prodWithoutPassword() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("prod");
        assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
                .hasMessageContaining("GOVERNANCE_ADMIN_PASSWORD");
    }

    @Test
    @DisplayName("profile prod refuses a weak administrator password and says why, in German")
    void prodWithWeakPassword() {
        MockEnvironment env = new MockEnvironment().withProperty(AdminPasswordCheck.PASSWORD_PROPERTY, "admin");
        env.setActiveProfiles("prod");
        assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
                .hasMessageContaining("zu schwach").hasMessageContaining("mindestens 10 Zeichen");
    }

    @Test
    @DisplayName("profile prod starts with a strong administrator password")
    void prodWithStrongPassword() {
        MockEnvironment env = new MockEnvironment()
                .withProperty(AdminPasswordCheck.PASSWORD_PROPERTY, "Sch0nes-Netzwerk!2026");
        env.setActiveProfiles("prod");
        assertThatCode(() -> check.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("other profiles need no administrator password (demo users instead)")
    void defaultProfileNeedsNoPassword() {
        assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
