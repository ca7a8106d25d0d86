package de.netzwerke.governance.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerke.governance.register.RuleViolation;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Camunda's REST API wraps what fails while a task is completed in a 500. When the cause is a rule
 * refusing the input, the caller made the mistake: 400 with the rule's German message. Everything else
 * is answered as Camunda does.
 */
@Provider
@Priority(1)
public class RuleViolationMapper implements ExceptionMapper<RestException> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        RuleViolation violation = ruleViolation(exception);
        if (violation == null) {
            return camunda.toResponse(exception);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", RuleViolation.class.getSimpleName());
        body.put("message", violation.getMessage());
        try {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(JSON.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            return camunda.toResponse(exception);
        }
    }

    private static RuleViolation ruleViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation v) {
                return v;
            }
        }
        return null;
    }
}
