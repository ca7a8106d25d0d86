package de.netzwerke.governance.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerke.governance.register.RuleViolation;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Camunda's REST resources wrap what fails while a task is completed or a form submitted in a 500
 * ("Cannot submit task form &lt;id&gt;: …"), which Camunda logs with its stack trace. When the cause is a rule
 * refusing the input, the caller made the mistake: 400 with the rule's German message alone, and one log
 * line at INFO. Everything else is answered as Camunda does.
 *
 * <p>Registered in both JAX-RS applications that complete tasks: {@code /engine-rest}
 * ({@code security.RestConfiguration}) and the webapps' own engine API that Tasklist submits its forms
 * to ({@link WebappEngineApiConfiguration}).
 */
@Provider
@Priority(1)
public class RuleViolationMapper implements ExceptionMapper<RestException> {

    private static final Logger LOG = LoggerFactory.getLogger(RuleViolationMapper.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Context
    private UriInfo uri;
    @Context
    private Request request;

    @Override
    public Response toResponse(RestException exception) {
        RuleViolation violation = ruleViolation(exception);
        if (violation == null) {
            return camunda.toResponse(exception);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", RuleViolation.class.getSimpleName());
        body.put("message", violation.getMessage());
        String entity;
        try {
            entity = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return camunda.toResponse(exception);
        }
        // the message may name a person (an e-mail address, a candidate): logs name nobody, so it stays at DEBUG
        LOG.info("Input refused with 400 by a rule: {} /{}", method(), path());
        LOG.debug("Refusal of {} /{}: {}", method(), path(), violation.getMessage());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(entity).build();
    }

    private String method() {
        try {
            return request.getMethod();
        } catch (RuntimeException outsideRequest) {
            return "?";
        }
    }

    private String path() {
        try {
            return uri.getPath(false);
        } catch (RuntimeException outsideRequest) {
            return "?";
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
