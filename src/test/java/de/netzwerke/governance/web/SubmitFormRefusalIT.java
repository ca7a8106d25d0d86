package de.netzwerke.governance.web;

import static de.netzwerke.governance.testsupport.RestApi.COORDINATION;
import static de.netzwerke.governance.testsupport.RestApi.typed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Tasklist submits a Camunda Form to the webapps' own engine API, not to {@code /engine-rest}. A refused
 * submission must answer there as on {@code /engine-rest}: 400 with the rule's German message alone (no
 * "Cannot submit task form &lt;id&gt;: "), logged as one line, and nothing changed. This test talks to the
 * webapps like the browser does: login form, session cookie, CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class SubmitFormRefusalIT {

    /** What {@code ReadinessDeclarations} (AT-3) answers to a single declaration with this address. */
    private static final String INVALID_EMAIL = "keine-adresse.example.org";
    private static final String REFUSAL = "„" + INVALID_EMAIL + "“ ist keine gültige E-Mail-Adresse.";

    @Autowired
    TestRestTemplate rest;

    private RestApi api;

    @BeforeEach
    void setUp() {
        api = new RestApi(rest);
    }

    @Test
    @DisplayName("AT-3: a declaration with an invalid e-mail submitted through Tasklist's submit-form answers 400 with the German message only, logs one line, changes nothing")
    void refusedSubmitFormAnswers400WithTheGermanMessage(CapturedOutput output) throws Exception {
        String taskId = recordDeclarationsTask("Sport und Bewegung");
        Browser browser = Browser.loggedIn(rest, COORDINATION);

        ResponseEntity<String> refused = browser.post(submitForm(taskId), declarationRow("Ali Yilmaz", INVALID_EMAIL, "Migrantenbeirat"));

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = api.json(refused);
        assertThat(body.path("message").asText()).isEqualTo(REFUSAL);
        assertThat(body.path("type").asText()).isEqualTo("RuleViolation");
        assertThat(openTaskIds(taskId)).as("the task is still open").containsExactly(taskId);

        String log = output.getAll();
        assertThat(log.lines().filter(l -> l.contains("Input refused with 400 by a rule")).toList())
                .singleElement().asString().contains("POST", taskId + "/submit-form");
        assertThat(log).as("no Camunda 500 with stack trace").doesNotContain("Cannot submit task form", "ENGINE-REST-HTTP500");

        // the same session completes the task once the address is right
        ResponseEntity<String> accepted = browser.post(submitForm(taskId),
                declarationRow("Ali Yilmaz", "a.yilmaz@example.org", "Migrantenbeirat"));
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    @DisplayName("AT-3: /engine-rest answers the same refused submit-form with 400 and the German message only")
    void engineRestAnswersTheSame() throws Exception {
        String taskId = recordDeclarationsTask("Kultur und Begegnung");

        ResponseEntity<String> refused = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form",
                declarationRow("Ali Yilmaz", INVALID_EMAIL, "Migrantenbeirat"));

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(refused).path("message").asText()).isEqualTo(REFUSAL);
        assertThat(openTaskIds(taskId)).containsExactly(taskId);
    }

    // --- the founding up to Task_RecordDeclarations, through /engine-rest

    private String recordDeclarationsTask(String topic) throws Exception {
        String pi = api.proposeWorkingTable(topic, "Teilhabe");
        String check = singleTask(pi, "Task_CheckProposal");
        ResponseEntity<String> accepted = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + check + "/complete",
                Map.of("variables", Map.of("decision", typed("accept", "String"))));
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        return singleTask(pi, "Task_RecordDeclarations");
    }

    private String singleTask(String pi, String definitionKey) throws Exception {
        JsonNode tasks = api.json(api.call(COORDINATION, HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + definitionKey, null));
        assertThat(tasks).as(definitionKey).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    private List<String> openTaskIds(String taskId) throws Exception {
        JsonNode tasks = api.json(api.call(COORDINATION, HttpMethod.GET, "/engine-rest/task?taskId=" + taskId, null));
        return tasks.findValuesAsText("id");
    }

    private static String submitForm(String taskId) {
        return "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form";
    }

    /** The first row of the declarations form, with the keys form founding-record-declarations submits. */
    private static Map<String, Object> declarationRow(String name, String email, String organisation) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("declaration1Name", Map.of("value", name));
        variables.put("declaration1Email", Map.of("value", email));
        variables.put("declaration1Organisation", Map.of("value", organisation));
        return Map.of("variables", variables);
    }

    /** A browser session of the webapps: session cookie and the CSRF token the webapps hand out and expect back. */
    private static final class Browser {

        private final TestRestTemplate rest;
        private final Map<String, String> cookies = new LinkedHashMap<>();

        private Browser(TestRestTemplate rest) {
            this.rest = rest;
        }

        static Browser loggedIn(TestRestTemplate rest, String user) {
            Browser browser = new Browser(rest);
            browser.keepCookies(rest.getForEntity("/camunda/app/tasklist/", String.class));
            assertThat(browser.cookies).containsKeys("JSESSIONID", "XSRF-TOKEN");

            HttpHeaders headers = browser.headers();
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("username", user);
            form.add("password", user);
            ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                    new HttpEntity<>(form, headers), String.class);
            assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
            browser.keepCookies(login);
            // the login starts a new session; like Tasklist, fetch something to receive its CSRF token
            browser.keepCookies(rest.exchange("/camunda/api/engine/engine/", HttpMethod.GET,
                    new HttpEntity<>(browser.headers()), String.class));
            return browser;
        }

        ResponseEntity<String> post(String path, Object json) {
            HttpHeaders headers = headers();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.setAccept(List.of(MediaType.APPLICATION_JSON));
            ResponseEntity<String> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
            keepCookies(response);
            return response;
        }

        private HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.COOKIE, String.join("; ",
                    cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
            headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
            return headers;
        }

        private void keepCookies(ResponseEntity<?> response) {
            for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
                String[] nameValue = cookie.split(";")[0].split("=", 2);
                cookies.put(nameValue[0], nameValue[1]);
            }
        }
    }
}
