package de.netzwerke.governance.register.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * CSRF protection of the Übersicht's forms (synchronizer token): the page puts a random token of the viewer's
 * session into each form; a form sent without it, with another one, or from a page of another site, is refused.
 * The browser sends a Tasklist session cookie and cached basic credentials along with any request, so neither
 * login alone proves that the person meant to send the form.
 */
final class OverviewCsrf {

    static final String PARAMETER = "_csrf";
    private static final String SESSION_KEY = "governance.overviewCsrfToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OverviewCsrf() {
    }

    /** The token of the viewer's session, created with the session when there is none yet. */
    static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(SESSION_KEY);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(SESSION_KEY, created);
        return created;
    }

    /** Whether the form carries its session's token (compared in constant time). */
    static boolean matches(HttpServletRequest request, String sent) {
        HttpSession session = request.getSession(false);
        if (session == null || sent == null) {
            return false;
        }
        Object token = session.getAttribute(SESSION_KEY);
        return token instanceof String expected
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
