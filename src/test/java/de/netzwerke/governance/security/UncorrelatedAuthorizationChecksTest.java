package de.netzwerke.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the change to Camunda's {@code Authorization.xml} applies to the Camunda version on the classpath and
 * changes nothing but the six row conditions. Fails after an upgrade that words the file differently; the engine
 * then keeps Camunda's file (and logs a warning), and this class needs a look.
 */
class UncorrelatedAuthorizationChecksTest {

    private static final String ROW = "A.RESOURCE_ID_ = <if test=\"permCheck.resourceIdQueryParam != null\">${permCheck.resourceIdQueryParam}</if>"
            + "<if test=\"permCheck.resourceId != null\">#{permCheck.resourceId, jdbcType=VARCHAR}</if>)";
    private static final String PARAMETER_ONLY =
            "<if test=\"permCheck.resourceId != null\">AND A.RESOURCE_ID_ = #{permCheck.resourceId, jdbcType=VARCHAR}</if>)";

    @Test
    @DisplayName("issue 15: Camunda's six checks by user, group and everyone lose the row's id, and nothing else changes")
    void changesTheSixChecksOnly() throws IOException {
        String camunda = camundasMapping();
        assertThat(count(camunda, ROW)).isEqualTo(UncorrelatedAuthorizationChecks.CHECKS);

        String changed = UncorrelatedAuthorizationChecks.uncorrelated(camunda);

        assertThat(changed).isNotNull().doesNotContain("${permCheck.resourceIdQueryParam}</if><if");
        assertThat(count(changed, PARAMETER_ONLY)).isEqualTo(UncorrelatedAuthorizationChecks.CHECKS);
        // putting the conditions back gives Camunda's file, up to the whitespace between AND and the condition
        assertThat(changed.replace(PARAMETER_ONLY, "AND " + ROW)).isEqualTo(camunda.replaceAll("AND\\s+A\\.RESOURCE_ID_ = <if", "AND A.RESOURCE_ID_ = <if"));
    }

    @Test
    @DisplayName("issue 15: a file worded differently is not changed at all (the engine keeps Camunda's)")
    void otherWordingIsLeftAlone() throws IOException {
        String camunda = camundasMapping();
        assertThat(UncorrelatedAuthorizationChecks.uncorrelated(camunda.replaceFirst("A\\.RESOURCE_ID_ = <if", "A.RESOURCE_ID_ =  <if"))).isNull();
        assertThat(UncorrelatedAuthorizationChecks.uncorrelated("<mapper/>")).isNull();
    }

    private static String camundasMapping() throws IOException {
        try (InputStream in = UncorrelatedAuthorizationChecks.class.getClassLoader()
                .getResourceAsStream(UncorrelatedAuthorizationChecks.AUTHORIZATION_MAPPING)) {
            assertThat(in).as("Camunda's mapping on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
