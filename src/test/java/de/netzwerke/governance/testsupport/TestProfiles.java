package de.netzwerke.governance.testsupport;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Profile {@code test} on H2, or {@code test,postgres} when the build runs with
 * {@code -Dgovernance.test.database=postgres} (Maven profile {@code postgres}).
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return "postgres".equals(System.getProperty("governance.test.database"))
                ? new String[] {"test", "postgres"}
                : new String[] {"test"};
    }
}
