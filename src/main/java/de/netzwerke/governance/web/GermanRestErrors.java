package de.netzwerke.governance.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerke.governance.register.RuleViolation;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every error answer of the Camunda REST API ({@code /engine-rest}) and of the webapps' engine API (where Tasklist
 * submits its forms) in German, without internals: a rule's refusal ({@link RuleViolation}) or another
 * {@link GermanRefusal} keeps its message; anything else — Jackson's parse errors with line and column, Camunda's
 * "Cannot convert value …", "No matching process definition …", Jersey's "HTTP 405 Method Not Allowed", a
 * NullPointerException on an empty body — gets a German sentence chosen by status and cause, and mistakes of the
 * caller (unknown ids, wrong parameters, empty bodies) answer 4xx instead of 500. A real fault stays a 500,
 * logged with its stack trace; its answer says only that it was logged.
 * <p>
 * Messages never carry markup: a refusal may quote what a person typed, and Tasklist shows some refusals in a
 * toast that renders HTML, so "&lt;" and "&gt;" are given as "‹" and "›".
 * <p>
 * The mappers below are registered with a higher priority than Camunda's own ({@code ExceptionHandler},
 * {@code ProcessEngineExceptionHandler}, {@code RestExceptionHandler}, {@code JsonParseExceptionHandler},
 * {@code JsonMappingExceptionHandler}), one per exception type Camunda maps.
 */
public final class GermanRestErrors {

    /** The exception mappers both JAX-RS applications register. */
    public static final Set<Class<?>> MAPPERS = Set.of(RuleViolationMapper.class, EngineExceptionMapper.class,
            JsonParseMapper.class, JsonMappingMapper.class, AnyErrorMapper.class);

    static final String TASK_GONE = "Diese Aufgabe gibt es nicht (mehr): Sie ist bereits erledigt oder unbekannt. "
            + "Bitte laden Sie die Aufgabenliste neu.";
    static final String INTERNAL = "Ein interner Fehler ist aufgetreten und wurde protokolliert. Bitte versuchen Sie es "
            + "später noch einmal oder wenden Sie sich an die Administration.";

    private static final Logger LOG = LoggerFactory.getLogger(GermanRestErrors.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private GermanRestErrors() {
    }

    /** The German answer to {@code e}, raised by {@code method path}. */
    static Response respond(Throwable e, String method, String path) {
        if (e instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() < 400) {
            return w.getResponse();
        }
        RuleViolation rule = find(e, RuleViolation.class);
        if (rule != null) {
            // the message may name a person (an e-mail address, a candidate): logs name nobody, so it stays at DEBUG
            LOG.info("Input refused with 400 by a rule: {} /{}", method, path);
            LOG.debug("Refusal of {} /{}: {}", method, path, rule.getMessage());
            return answer(400, RuleViolation.class.getSimpleName(), rule.getMessage(), null);
        }
        int status = status(e);
        Throwable german = findGerman(e);
        String message = german != null ? german.getMessage() : message(e, status, method, path);
        if (status >= 500) {
            LOG.error("{} /{} failed", method, path, e);
        } else {
            LOG.info("Request refused with {}: {} /{}", status, method, path);
            LOG.debug("Refusal of {} /{}: {}", method, path, e.toString());
        }
        ProcessEngineException engine = find(e, ProcessEngineException.class);
        return answer(status, type(status), message, engine == null || engine.getCode() == 0 ? null : engine.getCode());
    }

    /** 4xx for what the caller got wrong, 500 for the rest. */
    static int status(Throwable e) {
        if (find(e, AuthorizationException.class) != null) {
            return 403;
        }
        if (find(e, OptimisticLockingException.class) != null) {
            return 409;
        }
        if (e instanceof ParamException p) {
            // JAX-RS answers a query parameter of the wrong type with 404; the caller sent a wrong value
            return p instanceof ParamException.PathParamException ? 404 : 400;
        }
        if (find(e, JsonParseException.class) != null || find(e, JsonMappingException.class) != null) {
            return 400;
        }
        int status;
        if (e instanceof WebApplicationException w) {
            status = w.getResponse() == null ? 500 : w.getResponse().getStatus();
        } else {
            Response.Status camunda = ExceptionHandlerHelper.getInstance().getStatus(e);
            status = camunda == null ? 500 : camunda.getStatusCode();
        }
        if (status >= 500) {
            if (find(e, NullValueException.class) != null || find(e, org.camunda.bpm.engine.exception.NotFoundException.class) != null) {
                // Camunda's "task … doesn't exist: task is null": an id nobody has
                return 404;
            }
            if (nullInCamunda(e)) {
                // an empty body ("dto" is null) or an unknown id dereferenced by Camunda's REST layer or commands
                return 400;
            }
        }
        return status;
    }

    private static String message(Throwable e, int status, String method, String path) {
        String english = englishText(e);
        switch (status) {
            case 400:
                if (find(e, JsonParseException.class) != null) {
                    return "Die Anfrage ist kein gültiges JSON.";
                }
                if (find(e, JsonMappingException.class) != null) {
                    return "Die Anfrage hat nicht den erwarteten Aufbau: Ein Feld hat einen falschen Typ oder gehört nicht hierher.";
                }
                if (containsAny(english, "cannot convert value", "unsupported value type", "must provide", "serializ",
                        "valueinfo", "cannot find serializer", "deserializ")) {
                    return "Ein Wert passt nicht zu seinem angegebenen Typ (etwa Text statt Zahl, eine Zahl außerhalb des "
                            + "Bereichs oder ein unbekannter Typ).";
                }
                if (english.contains("message name")) {
                    return "Bitte den Namen der Nachricht (messageName) angeben.";
                }
                if (e instanceof ParamException || containsAny(english, "query parameter", "sortby", "sortorder", "sorting",
                        "comparator", "invalid variable")) {
                    return "Ein Such- oder Sortierparameter ist ungültig (Wert, Sortierung oder Vergleich).";
                }
                if (containsAny(english, "cannot find task", "task is null", "task with id")) {
                    return TASK_GONE;
                }
                if (find(e, NullPointerException.class) != null) {
                    return "Die Anfrage ist leer oder unvollständig.";
                }
                return "Die Anfrage ist ungültig und wurde nicht ausgeführt.";
            case 401:
                return "Bitte melden Sie sich an.";
            case 403:
                return "Dafür fehlt Ihnen die Berechtigung. Ihre Aufgaben finden Sie in Tasklist; weitere Rechte vergibt die Administration.";
            case 404:
                return notFound(path);
            case 405:
                return "Diese Adresse nimmt die Methode " + (method.matches("[A-Z]{1,10}") ? method : "") + " nicht an.";
            case 406:
                return "Die Antwort gibt es nur als JSON (Accept: application/json).";
            case 409:
                return "Der Vorgang wurde gerade gleichzeitig geändert. Bitte laden Sie neu und versuchen Sie es noch einmal.";
            case 415:
                return "Bitte die Anfrage als JSON senden (Content-Type: application/json).";
            default:
                return status >= 500 ? INTERNAL : "Die Anfrage wurde abgelehnt.";
        }
    }

    private static String notFound(String path) {
        String p = "/" + path;
        if (p.contains("/variables/")) {
            return "Diese Variable gibt es hier nicht.";
        }
        if (p.contains("/task/")) {
            return TASK_GONE;
        }
        if (p.contains("/history/")) {
            return "Dazu gibt es keinen Eintrag in der Historie.";
        }
        if (p.contains("/process-definition/")) {
            return "Diesen Prozess gibt es nicht (unbekannter Prozessschlüssel oder unbekannte Prozessdefinition).";
        }
        if (p.contains("/process-instance/") || p.contains("/execution/")) {
            return "Diesen Vorgang gibt es nicht (mehr).";
        }
        if (p.contains("/job")) {
            return "Diesen Job gibt es nicht (mehr).";
        }
        return "Diese Adresse oder das Gesuchte gibt es nicht.";
    }

    private static String type(int status) {
        return switch (status) {
            case 401, 403 -> AuthorizationException.class.getSimpleName();
            case 404 -> "NotFound";
            case 409 -> "Conflict";
            default -> status >= 500 ? "ServerError" : "InvalidRequest";
        };
    }

    private static Response answer(int status, String type, String message, Integer code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", withoutMarkup(message));
        if (code != null) {
            body.put("code", code);
        }
        String entity;
        try {
            entity = JSON.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            entity = "{\"type\":\"ServerError\",\"message\":\"" + INTERNAL + "\"}";
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(entity).build();
    }

    /** What a person typed may come back quoted in a refusal: as text, never as markup. */
    static String withoutMarkup(String message) {
        return message == null ? "" : message.replace('<', '‹').replace('>', '›');
    }

    private static Throwable findGerman(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GermanRefusal) {
                return t;
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static boolean nullInCamunda(Throwable e) {
        NullPointerException npe = find(e, NullPointerException.class);
        return npe != null && npe.getStackTrace().length > 0 && npe.getStackTrace()[0].getClassName().startsWith("org.camunda.bpm.engine");
    }

    private static String englishText(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 4000; t = t.getCause()) {
            text.append(' ').append(t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean containsAny(String text, String... parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    static String path(UriInfo uri) {
        try {
            return uri.getPath(false);
        } catch (RuntimeException outsideRequest) {
            return "?";
        }
    }

    static String method(Request request) {
        try {
            return request.getMethod();
        } catch (RuntimeException outsideRequest) {
            return "?";
        }
    }

    /** Camunda's process engine exceptions (403 for authorization, 400 for bad requests, 404, 500 …). */
    @Provider
    @Priority(1)
    public static class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {
        @Context
        private UriInfo uri;
        @Context
        private Request request;

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return respond(exception, method(request), path(uri));
        }
    }

    /** Malformed JSON (Jackson's text names line and column). */
    @Provider
    @Priority(1)
    public static class JsonParseMapper implements ExceptionMapper<JsonParseException> {
        @Context
        private UriInfo uri;
        @Context
        private Request request;

        @Override
        public Response toResponse(JsonParseException exception) {
            return respond(exception, method(request), path(uri));
        }
    }

    /** JSON of the wrong shape (Jackson's text names Java classes). */
    @Provider
    @Priority(1)
    public static class JsonMappingMapper implements ExceptionMapper<JsonMappingException> {
        @Context
        private UriInfo uri;
        @Context
        private Request request;

        @Override
        public Response toResponse(JsonMappingException exception) {
            return respond(exception, method(request), path(uri));
        }
    }

    /** Everything else: Jersey's 404, 405, 406, 415, wrong query parameters, NullPointerExceptions, real faults. */
    @Provider
    @Priority(1)
    public static class AnyErrorMapper implements ExceptionMapper<Throwable> {
        @Context
        private UriInfo uri;
        @Context
        private Request request;

        @Override
        public Response toResponse(Throwable exception) {
            return respond(exception, method(request), path(uri));
        }
    }
}
