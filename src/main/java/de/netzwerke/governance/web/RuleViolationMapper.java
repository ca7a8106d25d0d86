package de.netzwerke.governance.web;

import org.camunda.bpm.engine.rest.exception.RestException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Camunda's REST resources wrap what fails while a task is completed or a form submitted in a 500
 * ("Cannot submit task form &lt;id&gt;: …"), which Camunda logs with its stack trace. When the cause is a rule
 * refusing the input, the caller made the mistake: 400 with the rule's German message alone, and one log
 * line at INFO. Every other {@link RestException} is answered in German as well ({@link GermanRestErrors}).
 *
 * <p>Registered, with the other mappers of {@link GermanRestErrors#MAPPERS}, in both JAX-RS applications that
 * complete tasks: {@code /engine-rest} ({@code security.RestConfiguration}) and the webapps' own engine API that
 * Tasklist submits its forms to ({@link WebappEngineApiConfiguration}).
 */
@Provider
@Priority(1)
public class RuleViolationMapper implements ExceptionMapper<RestException> {

    @Context
    private UriInfo uri;
    @Context
    private Request request;

    @Override
    public Response toResponse(RestException exception) {
        return GermanRestErrors.respond(exception, GermanRestErrors.method(request), GermanRestErrors.path(uri));
    }
}
