package de.netzwerke.governance.register.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import de.netzwerke.governance.register.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The read API and the Übersicht answer mistakes in German, never with a stack trace or Spring's English text:
 * an unknown id 404, a path value of the wrong type ({@code /api/bodies/abc}, a number beyond Long) 400, a fault
 * 500 with a sentence that it was logged. JSON for {@code /api}, plain text for the Übersicht. What happens before
 * a controller is found (unknown address, wrong method) is answered by {@code web.GermanErrorController}.
 */
@RestControllerAdvice(assignableTypes = {RegisterApiController.class, OverviewController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RegisterExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<?> notFound(NotFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(TypeMismatchException.class)
    public ResponseEntity<?> wrongType(TypeMismatchException e, HttpServletRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        boolean number = e.getRequiredType() != null && Number.class.isAssignableFrom(e.getRequiredType());
        return answer(request, HttpStatus.BAD_REQUEST, number
                ? "„" + name + "“ muss eine ganze Zahl zwischen 1 und " + Long.MAX_VALUE + " sein."
                : "„" + name + "“ hat nicht das erwartete Format.");
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<?> fault(Exception e, HttpServletRequest request) {
        if (e instanceof org.springframework.web.ErrorResponse) {
            // Spring's own client errors (missing parameter, wrong method …): its status, a German sentence
            int status = ((org.springframework.web.ErrorResponse) e).getStatusCode().value();
            return answer(request, HttpStatus.valueOf(status), status == 405 ? "Diese Adresse nimmt diese Methode nicht an (nur Lesen mit GET)."
                    : status == 406 ? "Die Antwort gibt es nur als JSON, HTML oder CSV." : "Die Anfrage ist ungültig und wurde nicht ausgeführt.");
        }
        LOG.error("{} failed", request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "Ein interner Fehler ist aufgetreten und wurde protokolliert. "
                + "Bitte versuchen Sie es später noch einmal oder wenden Sie sich an die Administration.");
    }

    private static ResponseEntity<?> answer(HttpServletRequest request, HttpStatus status, String message) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", message));
        }
        return ResponseEntity.status(status).contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(message);
    }
}
