package de.netzwerke.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerke.governance.register.RuleViolation;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Response;

/** How {@link GermanRestErrors} answers what Camunda, Jackson and Jersey raise (issue 8, finding 5). */
class GermanRestErrorsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    @DisplayName("a rule's refusal keeps its German message, with markup from quoted input shown as text")
    void ruleViolationKeepsItsMessage() throws Exception {
        Response r = GermanRestErrors.respond(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new RuleViolation("„<img src=x onerror=alert(1)>“ ist keine gültige E-Mail-Adresse."), "Cannot submit task form"),
                "POST", "task/1/submit-form");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(message(r)).isEqualTo("„‹img src=x onerror=alert(1)›“ ist keine gültige E-Mail-Adresse.");
        assertThat(json.readTree((String) r.getEntity()).path("type").asText()).isEqualTo("RuleViolation");
    }

    @Test
    @DisplayName("malformed JSON answers 400 in German without Jackson's line and column")
    void malformedJson() throws Exception {
        Response r = GermanRestErrors.respond(new JsonParseException(null, "Unexpected end-of-input: line: 1, column: 14"),
                "POST", "task/1/complete");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(message(r)).isEqualTo("Die Anfrage ist kein gültiges JSON.");
    }

    @Test
    @DisplayName("a value that does not fit its type answers 400 in German without Java class names")
    void conversionError() throws Exception {
        Response r = GermanRestErrors.respond(new InvalidRequestException(Response.Status.BAD_REQUEST,
                "Cannot complete task 1: Cannot convert value '9223372036854775808' of type 'Long' to java type java.lang.Long"),
                "POST", "task/1/complete");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(message(r)).startsWith("Ein Wert passt nicht zu seinem angegebenen Typ").doesNotContain("java");
    }

    @Test
    @DisplayName("an unknown id that Camunda answers with 500 ('task is null') answers 404 in German")
    void unknownIdIs404() throws Exception {
        Response r = GermanRestErrors.respond(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new NullValueException("task gibt-es-nicht doesn't exist: task is null"), "x"), "GET", "task/gibt-es-nicht/variables");
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(message(r)).isEqualTo(GermanRestErrors.TASK_GONE);
    }

    @Test
    @DisplayName("Camunda's English authorization text becomes a German 403; a GermanRefusal keeps its own text")
    void authorization() throws Exception {
        Response camunda = GermanRestErrors.respond(new AuthorizationException("The user with id 'partner' does not have "
                + "'CREATE_INSTANCE' permission on resource 'OfficeElection' of type 'ProcessDefinition'."), "POST", "x");
        assertThat(camunda.getStatus()).isEqualTo(403);
        assertThat(message(camunda)).startsWith("Dafür fehlt Ihnen die Berechtigung").doesNotContain("partner");

        class Refusal extends AuthorizationException implements GermanRefusal {
            Refusal() {
                super("Nur die Administration (Betrieb) darf das.");
            }
        }
        assertThat(message(GermanRestErrors.respond(new Refusal(), "POST", "x"))).isEqualTo("Nur die Administration (Betrieb) darf das.");
    }

    @Test
    @DisplayName("Jersey's 405 answers in German; a real fault stays 500 and says only that it was logged")
    void methodAndFault() throws Exception {
        Response notAllowed = GermanRestErrors.respond(new NotAllowedException("POST"), "GET", "task/1/complete");
        assertThat(notAllowed.getStatus()).isEqualTo(405);
        assertThat(message(notAllowed)).isEqualTo("Diese Adresse nimmt die Methode GET nicht an.");

        Response fault = GermanRestErrors.respond(new IllegalStateException("database on fire"), "GET", "task");
        assertThat(fault.getStatus()).isEqualTo(500);
        assertThat(message(fault)).isEqualTo(GermanRestErrors.INTERNAL);
    }

    private String message(Response r) throws Exception {
        return json.readTree((String) r.getEntity()).path("message").asText();
    }
}
