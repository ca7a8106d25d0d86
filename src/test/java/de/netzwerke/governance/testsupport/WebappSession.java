package de.netzwerke.governance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A browser session of the Camunda webapps (Tasklist, Cockpit): login form, session cookie and the CSRF token
 * the webapps hand out and expect back. Calls go to the webapps' own engine API
 * ({@code /camunda/api/engine/engine/default/...}), where Tasklist loads and submits its forms.
 */
public final class WebappSession {

    public static final String ENGINE_API = "/camunda/api/engine/engine/default";

    private final TestRestTemplate rest;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private WebappSession(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** Logs {@code user} (password = user id) in to Tasklist. */
    public static WebappSession loggedIn(TestRestTemplate rest, String user) {
        WebappSession session = new WebappSession(rest);
        session.keepCookies(rest.getForEntity("/camunda/app/tasklist/", String.class));
        assertThat(session.cookies).containsKeys("JSESSIONID", "XSRF-TOKEN");

        HttpHeaders headers = session.headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", user);
        ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                new HttpEntity<>(form, headers), String.class);
        assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
        session.keepCookies(login);
        // the login starts a new session; like Tasklist, fetch something to receive its CSRF token
        session.keepCookies(rest.exchange("/camunda/api/engine/engine/", HttpMethod.GET,
                new HttpEntity<>(session.headers()), String.class));
        return session;
    }

    /** A call with the session; {@code body} is sent as it is (a String as raw text) with that content type. */
    public ResponseEntity<String> exchange(HttpMethod method, String path, Object body, MediaType contentType) {
        HttpHeaders headers = headers();
        if (body != null) {
            headers.setContentType(contentType == null ? MediaType.APPLICATION_JSON : contentType);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        keepCookies(response);
        return response;
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, String.join("; ",
                cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
        if (cookies.containsKey("XSRF-TOKEN")) {
            headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        return headers;
    }

    private void keepCookies(ResponseEntity<?> response) {
        for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String[] nameValue = cookie.split(";")[0].split("=", 2);
            cookies.put(nameValue[0], nameValue[1]);
        }
    }
}
