package de.netzwerke.governance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Spring Boot's error page ({@code /error}) in German: what the servlet container or Spring MVC answers without a
 * controller of the application — an unknown address under {@code /api} or {@code /uebersicht}, a method the address
 * does not take (405), a format it cannot give (406), a fault (500) — gets a German sentence by status, as JSON
 * ({@code {"message": …}}) for {@code /api} and callers that ask for JSON, as plain text otherwise. Neither
 * Spring's English reason phrase nor an exception's text reaches the caller. Replaces Spring Boot's
 * {@code BasicErrorController}.
 */
@Controller
public class GermanErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(GermanErrorController.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus() >= 400 ? response.getStatus() : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && failure instanceof Throwable t) {
            LOG.error("{} failed", path, t);
        }
        String message = message(status);
        response.setStatus(status);
        byte[] body;
        String accept = request.getHeader("Accept");
        if (path.startsWith(request.getContextPath() + "/api/") || (accept != null && accept.contains("json"))) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", status);
            json.put("message", message);
            response.setContentType("application/json;charset=UTF-8");
            body = JSON.writeValueAsBytes(json);
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            body = message.getBytes(StandardCharsets.UTF_8);
        }
        response.getOutputStream().write(body);
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "Die Anfrage ist ungültig und wurde nicht ausgeführt.";
            case 401 -> "Bitte melden Sie sich an.";
            case 403 -> "Dafür fehlt Ihnen die Berechtigung.";
            case 404 -> "Diese Adresse oder das Gesuchte gibt es nicht.";
            case 405 -> "Diese Adresse nimmt diese Methode nicht an (nur Lesen mit GET).";
            case 406 -> "Die Antwort gibt es nur als JSON, HTML oder CSV.";
            case 413 -> "Die Anfrage ist zu groß.";
            case 415 -> "Dieses Format wird hier nicht angenommen.";
            default -> status >= 500 ? GermanRestErrors.INTERNAL : "Die Anfrage wurde abgelehnt.";
        };
    }
}
