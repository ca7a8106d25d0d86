package de.netzwerke.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.netzwerke.governance.testsupport.GovernanceSpringTest;

/** The check of profile prod recognises the users the default profile creates ({@link ProdProfileIT} starts prod). */
@GovernanceSpringTest
class DemoPasswordCheckTest {

    @Autowired
    ProcessEngine engine;

    @Test
    @DisplayName("the six demo users of the default profile have a known password; the check finds each of them")
    void demoUsersAreFound() {
        // other tests of the shared context add users of their own
        assertThat(new DemoPasswordCheck(engine).usersWithKnownPassword())
                .contains("demo", "koordination", "leitung", "partner", "sprecherin", "steuerung");
    }
}
