package de.netzwerke.governance.register.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import de.netzwerke.governance.register.NotFoundException;

/** Unknown ids answer 404 with a German message, never a stack trace. */
@RestControllerAdvice(assignableTypes = RegisterApiController.class)
public class RegisterExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }
}
