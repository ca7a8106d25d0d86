package de.netzwerke.governance.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At every start: the standing groups, their rights and Tasklist filters (idempotent). */
@Component
@Order(10)
public class AccessStartup implements ApplicationRunner {

    private final AccessSetup access;

    public AccessStartup(AccessSetup access) {
        this.access = access;
    }

    @Override
    public void run(ApplicationArguments args) {
        access.setUpStandingGroups();
    }
}
