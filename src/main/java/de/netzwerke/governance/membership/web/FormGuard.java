package de.netzwerke.governance.membership.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.membership.MembershipProperties;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.SignedLinks;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards the forms of the membership pages (the public pages without login and the import page): CSRF and a simple
 * limit per address.
 * <p>
 * CSRF without a session: the browser gets a random cookie ({@value #COOKIE}, HttpOnly, SameSite=Lax); each form
 * carries a {@link SignedLinks} token of purpose {@value #PURPOSE} whose subject is the SHA-256 of that cookie,
 * valid for two hours. A form sent from another site lacks the cookie or the matching token and is refused.
 * <p>
 * Abuse: at most {@code governance.membership.public-form-limit} form submissions per client address and hour
 * (in memory, per instance — behind a proxy set {@code server.forward-headers-strategy} so that the address is
 * the client's).
 */
@Component
public class FormGuard {

    static final String COOKIE = "governance_form";
    static final String PARAMETER = "_form";
    static final String PURPOSE = "FORM";
    static final Duration VALIDITY = Duration.ofHours(2);
    static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_TRACKED = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SignedLinks links;
    private final Today today;
    private final int limit;
    private final Map<String, Deque<Instant>> submissions = new ConcurrentHashMap<>();

    public FormGuard(SignedLinks links, Today today, MembershipProperties properties) {
        this.links = links;
        this.today = today;
        this.limit = properties.getPublicFormLimit();
    }

    /** The token for a form on the page being rendered; sets the cookie when the browser has none yet. */
    public String token(HttpServletRequest request, HttpServletResponse response) {
        String cookie = cookie(request);
        if (cookie == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            cookie = B64.encodeToString(bytes);
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, cookie).path("/").httpOnly(true)
                    .secure(request.isSecure()).sameSite("Lax").build().toString());
        }
        return links.sign(PURPOSE, digest(cookie), VALIDITY, today.now());
    }

    /** Whether the form came with the token that belongs to the browser's cookie, unexpired. */
    public boolean isGenuine(HttpServletRequest request, String token) {
        String cookie = cookie(request);
        if (cookie == null) {
            return false;
        }
        return links.verify(token, PURPOSE, today.now()).map(c -> c.subject().equals(digest(cookie))).orElse(false);
    }

    /** Counts one submission of the client; false when it has sent too many within the last hour. */
    public boolean allow(HttpServletRequest request) {
        Instant now = today.now();
        if (submissions.size() > MAX_TRACKED) {
            submissions.values().removeIf(d -> {
                synchronized (d) {
                    return d.isEmpty() || d.peekLast().isBefore(now.minus(WINDOW));
                }
            });
        }
        Deque<Instant> times = submissions.computeIfAbsent(String.valueOf(request.getRemoteAddr()), k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().matches("[A-Za-z0-9_-]{43}")) {
                return c.getValue();
            }
        }
        return null;
    }

    private static String digest(String cookie) {
        try {
            return B64.encodeToString(MessageDigest.getInstance("SHA-256").digest(cookie.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
