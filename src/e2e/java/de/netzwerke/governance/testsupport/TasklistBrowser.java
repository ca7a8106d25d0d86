package de.netzwerke.governance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the real Tasklist (and the Übersicht) in headless Chromium at 1366×768, German locale: log in,
 * open a task by name and subject, take it over, fill form-js fields by their German label, complete it, and a
 * screenshot per step. One instance per test; close it in {@code @AfterEach}.
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = RANDOM_PORT) @ActiveProfiles(resolver = TestProfiles.class)
 * @Import(GreenMailConfiguration.class)
 * class MeetingWalkthroughE2E {
 *     @LocalServerPort int port;
 *     TasklistBrowser tasklist;
 *     @BeforeEach void open() { tasklist = TasklistBrowser.open(port, "meeting-walkthrough"); }
 *     @AfterEach void close() { tasklist.close(); }
 *     @Test void ... {
 *         tasklist.login("koordination");
 *         tasklist.startProcess("Tagung vorbereiten");
 *         tasklist.field("Thema", 0).sendKeys("…");
 *         tasklist.submitStartForm();
 *         tasklist.openTask(TasklistBrowser.FACHSTELLE_FILTER, "Tagung vorbereiten", "Tagung am 12.03.2027");
 *         tasklist.claim();
 *         tasklist.screenshot("prepare");
 *         tasklist.complete();
 *     }
 * }
 * }</pre>
 *
 * <p>Tests share their Spring context (and database) with the ITs of the same configuration: work only with what
 * the test created itself (a topic of its own) and find tasks by name and subject.
 */
public final class TasklistBrowser implements AutoCloseable {

    /** The Tasklist filter of the Fachstelle (user {@code koordination}). */
    public static final String FACHSTELLE_FILTER = "Aufgaben: Fachstelle Chancengleichheit (Koordination)";
    /** Tasklist's own filter of the tasks assigned to the logged-in user. */
    public static final String MY_TASKS_FILTER = "Meine Aufgaben";

    private static final By COMPLETE_BUTTON = By.xpath("//button[normalize-space(.)='Abschließen']");

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path screenshots;
    private final AtomicInteger step = new AtomicInteger();

    private TasklistBrowser(WebDriver browser, String baseUrl, Path screenshots) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
    }

    /**
     * Starts Debian's Chromium ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}) headless and empties
     * {@code target/<screenshotFolder>/}, where {@link #screenshot(String)} writes.
     */
    public static TasklistBrowser open(int port, String screenshotFolder) {
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=de-DE")
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        Path folder = Path.of("target", screenshotFolder);
        try {
            Files.createDirectories(folder);
            try (var old = Files.list(folder)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriver chrome = new ChromeDriver(service, options);
        // form-js writes dates as the browser's locale does; this Chromium has only en-US, a German office has de-DE
        chrome.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "de-DE"));
        return new TasklistBrowser(chrome, "http://localhost:" + port, folder);
    }

    /** Takes a last screenshot („last-screen“, the state when a test failed) and quits the browser. */
    @Override
    public void close() {
        try {
            screenshot("last-screen");
        } finally {
            browser.quit();
        }
    }

    /** The driver itself, for what this class does not offer. */
    public WebDriver driver() {
        return browser;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    // --- pages and login

    /** Opens a path of the application, e.g. {@code /uebersicht/migration-schwerin}. */
    public void get(String path) {
        browser.get(baseUrl + path);
    }

    /**
     * Logs in to Tasklist as the demo user (password = user id) and waits for Tasklist's header. Right after the
     * cookies are gone ({@link #logout()}), Tasklist's login form is sometimes sent before its new CSRF cookie is
     * there („CSRFPreventionFilter: Token … absent“): then the page is loaded again (three attempts).
     */
    public void login(String user) {
        for (int attempt = 1; ; attempt++) {
            try {
                loginOnce(user);
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Logs out and in as someone else. */
    public void switchUser(String user) {
        logout();
        login(user);
    }

    private void loginOnce(String user) {
        get("/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        browser.findElement(By.cssSelector("input[type=text]")).sendKeys(user);
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys(user);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[contains(., 'Prozess starten')]")));
    }

    /** Ends the session (all cookies of the application), so that the next {@link #login} is someone else. */
    public void logout() {
        get("/camunda/app/tasklist/default/");
        browser.manage().deleteAllCookies();
    }

    // --- Übersicht

    /** Opens a network's Übersicht in the same session (it accepts the Tasklist login). */
    public void openOverview(String networkId) {
        get("/uebersicht/" + networkId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header h1")));
    }

    /**
     * Opens the Übersicht again and again (at most 30 s) until it shows every text, e.g. what an asynchronous
     * step of a process writes to the register.
     */
    public void awaitOverview(String networkId, String... texts) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            openOverview(networkId);
            String page = pageText();
            return List.of(texts).stream().allMatch(page::contains);
        });
    }

    /** Back to Tasklist (still logged in). */
    public void openTasklist() {
        get("/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[contains(., 'Prozess starten')]")));
    }

    /** The text of the Übersicht's table row that names the subject, white space collapsed. */
    public String overviewRow(String subject) {
        return text(By.xpath("//section[contains(@class,'procedures')]//tr[contains(normalize-space(.), " + xpathText(subject) + ")]"))
                .replaceAll("\\s+", " ");
    }

    /** The Übersicht's box of the body of that name. */
    public WebElement overviewBody(String bodyName) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//article[h3/span[normalize-space(.)=" + xpathText(bodyName) + "]]")));
    }

    /**
     * On the body's box: chooses the entry of the action's list that starts with the text and clicks the button
     * (e.g. „Wahl einleiten“); waits for the page that answers.
     */
    public void bodyAction(String bodyName, String choiceStartsWith, String button) {
        WebElement body = overviewBody(bodyName);
        WebElement form = body.findElement(By.xpath(".//form[.//button[normalize-space(.)=" + xpathText(button) + "]]"));
        js("arguments[0].scrollIntoView({block: 'center'});", form);
        new org.openqa.selenium.support.ui.Select(form.findElement(By.tagName("select"))).getOptions().stream()
                .filter(o -> o.getText().startsWith(choiceStartsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + choiceStartsWith + " on " + bodyName)).click();
        form.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.stalenessOf(form));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header h1")));
    }

    /** The Übersicht's confirmation (green) or refusal (red) after a body action. */
    public String overviewMessage() {
        return text(By.cssSelector(".notice, .refusal"));
    }

    /** An XPath string literal of any text (also with both kinds of quotes). */
    private static String xpathText(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    // --- Tasklist

    /** „Prozess starten“ → the process of that name; its start form is open afterwards. */
    public void startProcess(String processName) {
        click(By.xpath("//a[contains(., 'Prozess starten')]"));
        By link = By.xpath("//*[contains(@class,'modal')]//a[contains(., '" + processName + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(link));
        // the dialog fades in, and a click during that is lost: click until the start form replaces the list
        new WebDriverWait(browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(700))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    List<WebElement> links = d.findElements(link);
                    if (links.isEmpty() || !links.get(0).isDisplayed()) {
                        return true;
                    }
                    links.get(0).click();
                    return false;
                });
    }

    /** Submits the open start form („Starten“) and waits for the dialog to close. */
    public void submitStartForm() {
        click(By.cssSelector(".modal-footer button.btn-primary"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-footer")));
    }

    /**
     * Opens the task of the filter that is called „&lt;prefix&gt; – &lt;subject&gt;“ (waiting until it is
     * there). A task called just &lt;prefix&gt; counts when its form shows every marker.
     */
    public void openTask(String filter, String prefix, String subject, String... formMarkers) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            click(By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(.), '" + filter + "')]"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list h4.task a")));
            Optional<WebElement> named = taskLinks().stream()
                    .filter(a -> a.getText().startsWith(prefix) && a.getText().contains(" – " + subject)).findFirst();
            if (named.isPresent()) {
                openTaskLink(named.get());
                return true;
            }
            int withoutSubject = (int) taskLinks().stream().filter(a -> a.getText().strip().equals(prefix)).count();
            for (int i = 0; i < withoutSubject; i++) {
                openTaskLink(taskLinks().stream().filter(a -> a.getText().strip().equals(prefix)).toList().get(i));
                String form = formText();
                if (List.of(formMarkers).stream().allMatch(form::contains)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The names of the tasks the list shows now. */
    @SuppressWarnings("unchecked")
    public List<String> taskNames() {
        // in one script: the list re-renders while tasks arrive, so elements read one by one may go stale
        Object names = js("return Array.from(document.querySelectorAll('.tasks-list h4.task a'))"
                + ".map(function(a) { return a.innerText.trim(); });");
        return names == null ? List.of() : ((List<Object>) names).stream().map(String::valueOf).toList();
    }

    private List<WebElement> taskLinks() {
        return browser.findElements(By.cssSelector(".tasks-list h4.task a"));
    }

    private void openTaskLink(WebElement link) {
        boolean alreadyOpen = link.findElement(By.xpath("ancestor::li[1]")).getAttribute("class").contains("active");
        List<WebElement> previousForm = browser.findElements(By.cssSelector(".fjs-form"));
        js("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        if (!alreadyOpen && !previousForm.isEmpty()) {
            wait.until(ExpectedConditions.stalenessOf(previousForm.get(0)));
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form .fjs-form-field-text")));
    }

    /** „Diese Aufgabe übernehmen“ (claim), and waits until the hint that asks for it is gone. */
    public void claim() {
        WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='claim()']")));
        claim.click();
        wait.until(ExpectedConditions.invisibilityOf(claim));
        wait.until(d -> d.findElements(By.cssSelector(".governance-claim-hint")).isEmpty());
        // Tasklist greys the form out (with a layer over it) until it has reloaded the task as ours
        wait.until(d -> d.findElements(DISABLED_FORM).stream().noneMatch(WebElement::isDisplayed));
    }

    /** The id of the open task, from Tasklist's address. */
    public String currentTaskId() {
        return browser.getCurrentUrl().replaceAll(".*[?&]task=([^&]+).*", "$1");
    }

    /** Clicks „Abschließen“ and does not wait (for a completion that is refused). */
    public void clickComplete() {
        dismissNotifications();
        click(COMPLETE_BUTTON);
    }

    /**
     * Closes Tasklist's messages (their ×), as a person does before going on: a message stays on the page until it
     * is closed, and one lying over „Abschließen“ would take the click.
     */
    public void dismissNotifications() {
        js("document.querySelectorAll('.notifications .alert button.close').forEach(function(b) { b.click(); });");
        wait.until(d -> d.findElements(By.cssSelector(".notifications .alert")).stream().noneMatch(WebElement::isDisplayed));
    }

    /** „Abschließen“, scrolled into view. */
    public WebElement completeButton() {
        WebElement button = browser.findElement(COMPLETE_BUTTON);
        js("arguments[0].scrollIntoView({block: 'center'});", button);
        return button;
    }

    /**
     * Clicks „Abschließen“ and waits until the form is gone (the completion was accepted). A completion may write a
     * PDF or start further work in the same transaction, which on a busy machine takes longer than a page wait;
     * a refusal fails at once with its German text.
     *
     * <p>It first closes Tasklist's messages ({@link #dismissNotifications()}) and clicks only once the button stands
     * still with nothing over it ({@link #click(By)}). As a safety net: if, five seconds after the click, Tasklist
     * is not waiting for an answer and the button can be clicked, the click started nothing; the walkthrough then
     * does what a person does, asks whether the task is still open and clicks once more, and says so on the console
     * with the clicks the page saw. A task that is already gone counts as
     * completed (the mails and register checks after it tell whether it was).
     */
    public void complete() {
        dismissNotifications();
        // a refusal of an earlier attempt stays on the page until the answer to this one
        String refusalBefore = shownText(REFUSAL_SCRIPT);
        String errorBefore = shownText(ERROR_TOAST_SCRIPT);
        String taskId = currentTaskId();
        js(CLICK_RECORDER_SCRIPT);
        click(COMPLETE_BUTTON);
        long clickedAt = System.nanoTime();
        boolean[] clickedAgain = {false};
        // Tasklist re-renders the form while it submits: read the page by script, holding no element across polls
        new WebDriverWait(browser, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
                .withMessage(this::completionStuck)
                .until(d -> {
                    String refusal = shownText(REFUSAL_SCRIPT);
                    if (!refusal.isBlank() && !refusal.equals(refusalBefore)) {
                        throw new AssertionError("Abschließen refused: " + refusal);
                    }
                    String error = shownText(ERROR_TOAST_SCRIPT);
                    if (!error.isBlank() && !error.equals(errorBefore)) {
                        throw new AssertionError("Abschließen failed: " + error);
                    }
                    if (d.findElements(COMPLETE_BUTTON).stream().noneMatch(WebElement::isDisplayed)) {
                        return true;
                    }
                    if (clickedAgain[0] || System.nanoTime() - clickedAt < Duration.ofSeconds(5).toNanos()
                            || !Boolean.TRUE.equals(js(CLICK_STARTED_NOTHING_SCRIPT))) {
                        return false;
                    }
                    clickedAgain[0] = true;
                    Object status = js(TASK_STATUS_SCRIPT, taskId);
                    System.err.println("TasklistBrowser: „Abschließen“ started no completion within 5 s (clicks the page saw: "
                            + js("return JSON.stringify(window.governanceClicks || []);") + "; the task answers " + status
                            + (Long.valueOf(404).equals(status) ? ", it is completed)" : "); clicking once more"));
                    if (Long.valueOf(404).equals(status)) {
                        return true;
                    }
                    click(COMPLETE_BUTTON);
                    return false;
                });
    }

    /** Sets {@code b} to the shown „Abschließen“ button, or to the first one, or to nothing. */
    private static final String COMPLETE_BUTTON_SCRIPT = "var all = Array.from(document.querySelectorAll('button'))"
            + ".filter(function(e) { return e.textContent.trim() === 'Abschließen'; });"
            + " var b = all.filter(function(e) { return e.offsetParent !== null; })[0] || all[0];";

    /** Records which element each click reaches, for the report of a click that started nothing. */
    private static final String CLICK_RECORDER_SCRIPT = "window.governanceClicks = [];"
            + " if (!window.governanceClickRecorder) { window.governanceClickRecorder = true;"
            + " document.addEventListener('click', function(e) { var t = e.target;"
            + " window.governanceClicks.push(t.tagName + ' ' + (t.textContent || '').trim().slice(0, 40)); }, true); }";

    /**
     * „Abschließen“ is enabled: Tasklist waits for no answer (it disables the button while a completion is in
     * progress), so the click did not start one.
     */
    private static final String CLICK_STARTED_NOTHING_SCRIPT = COMPLETE_BUTTON_SCRIPT
            + " return !!b && b.offsetParent !== null && !b.disabled;";

    /** The HTTP status of the task in the webapps' engine API (200 open, 404 gone), with the page's session. */
    private static final String TASK_STATUS_SCRIPT = "var x = new XMLHttpRequest();"
            + " x.open('GET', '/camunda/api/engine/engine/default/task/' + encodeURIComponent(arguments[0]), false);"
            + " x.send(); return x.status;";

    /**
     * Why „Abschließen“ is still there: what the page shows about the button and the form, a screenshot, and the
     * stacks of the application's threads that are inside our code or the engine (the test runs the application in
     * its own JVM), so that a completion that hangs on CI says where.
     */
    private String completionStuck() {
        StringBuilder report = new StringBuilder("„Abschließen“ still shown; refusal on the page: ")
                .append(shownText(REFUSAL_SCRIPT));
        try {
            report.append("; page: ").append(js(COMPLETION_STATE_SCRIPT));
            screenshot("completion-stuck");
        } catch (RuntimeException e) {
            report.append("; page not readable: ").append(e);
        }
        Thread.getAllStackTraces().forEach((thread, frames) -> {
            boolean ours = Arrays.stream(frames).anyMatch(frame -> frame.getClassName().startsWith("de.netzwerke")
                    || frame.getClassName().startsWith("org.camunda.bpm.engine.impl.interceptor"));
            if (ours && thread != Thread.currentThread()) {
                report.append("\n--- thread ").append(thread.getName()).append(" (").append(thread.getState()).append(')');
                Arrays.stream(frames).limit(60).forEach(frame -> report.append("\n    at ").append(frame));
            }
        });
        return report.toString();
    }

    private static final String COMPLETION_STATE_SCRIPT = COMPLETE_BUTTON_SCRIPT
            + " var s = b && window.angular ? window.angular.element(b).scope() : null;"
            + " return JSON.stringify({buttonDisabled: b ? b.disabled : null, formGreyedOut: !!document.querySelector('.disabled-form'),"
            + " completeInProgress: s ? s.completeInProgress : null, invalid: s ? s.$invalid : null,"
            + " fieldErrors: Array.from(document.querySelectorAll('.fjs-form-field-error')).map(function(e) { return e.innerText; }),"
            + " hint: Array.from(document.querySelectorAll('.governance-complete-hint, .governance-claim-hint'))"
            + ".map(function(e) { return e.innerText; }), toasts: Array.from(document.querySelectorAll('.notifications .alert'))"
            + ".map(function(e) { return e.innerText; }), clicks: window.governanceClicks || [], url: location.href});";

    private static final String REFUSAL_SCRIPT = "var e = document.querySelector('.governance-refusal');"
            + " return e && e.offsetParent !== null ? e.innerText : '';";
    private static final String ERROR_TOAST_SCRIPT = "return Array.from(document.querySelectorAll('.notifications .alert-danger'))"
            + ".filter(function(e) { return e.offsetParent !== null; }).map(function(e) { return e.innerText; }).join(' | ');";

    private String shownText(String script) {
        Object text = js(script);
        return text == null ? "" : text.toString().strip();
    }

    /** The refusal that {@code governance-tasklist.js} shows above „Abschließen“. */
    public String refusal() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".governance-refusal .message"))).getText();
    }

    // --- form-js fields

    /** The n-th form field whose label starts with the text (labels of required fields end with '*'). */
    public WebElement field(String label, int n) {
        return browser.findElement(By.id(label(label, n).getAttribute("for")));
    }

    /** The n-th label that starts with the text. */
    public WebElement label(String label, int n) {
        By labels = By.xpath("//label[@for and starts-with(normalize-space(.), '" + label + "')]");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(labels, n));
        return browser.findElements(labels).get(n);
    }

    /** Clicks the radio button or checkbox labelled with (a part of) the text. */
    public void choose(String labelText) {
        click(By.xpath("//label[contains(., '" + labelText + "')]"));
    }

    /** What form-js shows under the field, once it has validated it. */
    public String fieldErrors(String label, int n) {
        WebElement fieldElement = label(label, n).findElement(By.xpath("ancestor::*[contains(@class,'fjs-form-field')][1]"));
        return wait.until(d -> {
            List<WebElement> errors = fieldElement.findElements(By.cssSelector(".fjs-form-field-error li"));
            return errors.isEmpty() ? null : errors.get(0).getText();
        });
    }

    /** The labels (without the '*' of required fields) of the visible number fields in the group whose label contains the text. */
    public List<String> numberLabelsInGroup(String groupLabel) {
        return browser.findElements(By.xpath("//*[contains(@class,'fjs-form-field-group')][.//label[contains(., '" + groupLabel + "')]]"
                + "//*[contains(@class,'fjs-form-field-number')]//label")).stream()
                .filter(WebElement::isDisplayed).map(l -> l.getText().replaceAll("\\s*\\*$", "").strip()).toList();
    }

    /** The text of the open form, white space collapsed. */
    public String formText() {
        return browser.findElement(By.cssSelector(".fjs-form")).getText().replaceAll("\\s+", " ");
    }

    /** The text of the first visible element (waits for it). */
    public String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    /** The text of the whole page, white space collapsed. */
    public String pageText() {
        return browser.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
    }

    // --- layout

    /** Side by side on one line, and nothing reaches past the right edge of the window. */
    public void assertInOneRowWithinTheWindow(WebElement... fields) {
        int width = ((Number) js("return window.innerWidth;")).intValue();
        for (WebElement f : fields) {
            assertThat(f.getRect().getY()).as("same row").isEqualTo(fields[0].getRect().getY());
            assertThat(f.getRect().getX() + f.getRect().getWidth()).as("inside the window").isLessThanOrEqualTo(width);
        }
    }

    /** Just above „Abschließen“, both inside the visible part of the window. */
    public void assertNextToTheButton(By message) {
        WebElement shown = browser.findElement(message);
        WebElement button = browser.findElement(COMPLETE_BUTTON);
        long height = ((Number) js("return window.innerHeight;")).longValue();
        Number top = (Number) js("return arguments[0].getBoundingClientRect().top;", shown);
        Number bottom = (Number) js("return arguments[0].getBoundingClientRect().bottom;", shown);
        Number buttonTop = (Number) js("return arguments[0].getBoundingClientRect().top;", button);
        Number buttonBottom = (Number) js("return arguments[0].getBoundingClientRect().bottom;", button);
        assertThat(top.doubleValue()).as("message visible").isGreaterThanOrEqualTo(0);
        assertThat(buttonBottom.doubleValue()).as("button visible").isLessThanOrEqualTo(height);
        assertThat(buttonTop.doubleValue() - bottom.doubleValue()).as("gap to the button").isBetween(0.0, 60.0);
    }

    // --- low level

    /** Clicks like a person: scrolled into view first (Tasklist's footer covers the bottom of the form). */
    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by));
        hittable(by).click();
    }

    /**
     * The element, once it stays where it is and nothing lies over its centre. The CI runs in which a click on
     * „Abschließen“ started nothing recorded the click on the form's container: Tasklist lays a grey layer
     * ({@code .disabled-form::before}) over the whole form while it is not sure the task is the user's, for a moment
     * after a claim and while it reloads the task. A person waits until the form is no longer grey; so does this.
     * The element is looked up afresh at every poll, because Tasklist may render the form again meanwhile.
     */
    private WebElement hittable(By by) {
        String[] previous = {""};
        String[] covered = {null};
        long start = System.nanoTime();
        try {
            WebElement element = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        WebElement found = d.findElement(by);
                        String place = String.valueOf(js(HIT_TEST_SCRIPT, found));
                        boolean still = place.equals(previous[0]);
                        previous[0] = place;
                        if (place.contains(":covered") && covered[0] == null) {
                            covered[0] = place;
                        }
                        return still && place.endsWith(":hit") ? found : null;
                    });
            if (covered[0] != null) {
                // worth knowing when a walkthrough fails later: what lay over the element, and for how long
                System.err.printf("TasklistBrowser: waited %d ms to click %s, at first %s%n",
                        Duration.ofNanos(System.nanoTime() - start).toMillis(), by, covered[0]);
            }
            return element;
        } catch (TimeoutException e) {
            screenshot("click-covered");
            throw new AssertionError("Not clickable for 30 s: " + by + " at " + previous[0] + "; Tasklist: "
                    + js(COMPLETION_STATE_SCRIPT), e);
        }
    }

    private static final By DISABLED_FORM = By.cssSelector(".disabled-form");

    /**
     * The element's place, and whether a click on its centre reaches it (":hit") or what lies over it. The centre is
     * that of its first box, where WebDriver clicks (a link that wraps has two boxes and a gap between them). An
     * element outside the window, or hidden behind something (a pane scrolled past it), is scrolled to the middle of
     * its panes first; once it is there, scrolling again moves nothing.
     */
    private static final String HIT_TEST_SCRIPT = "var e = arguments[0], r = e.getClientRects()[0] || e.getBoundingClientRect();"
            + " var hits = function() { var t = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            + " return t === e || e.contains(t); };"
            + " if (r.top < 0 || r.bottom > window.innerHeight || r.left < 0 || r.right > window.innerWidth || !hits()) {"
            + " e.scrollIntoView({block: 'center'}); r = e.getClientRects()[0] || e.getBoundingClientRect(); }"
            + " var x = r.left + r.width / 2, y = r.top + r.height / 2, top = document.elementFromPoint(x, y);"
            + " var place = Math.round(r.left) + ',' + Math.round(r.top) + ',' + Math.round(r.width) + ',' + Math.round(r.height);"
            + " if (top === e || e.contains(top)) { return place + ':hit'; }"
            + " return place + ':covered by ' + (top ? top.tagName + '.' + String(top.className).trim().replace(/\\s+/g, '.')"
            + " + ' ' + (top.textContent || '').trim().slice(0, 40) : 'nothing');";

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /**
     * Scrolls the page and every scrolled pane around the open form (or the page's first element of that CSS) back to
     * its top, so that a screenshot shows the task's name or the page's heading.
     */
    public void scrollToTop(String css) {
        js("let e = document.querySelector(arguments[0]);"
                + "while (e) { if (e.scrollHeight > e.clientHeight) { e.scrollTop = 0; } e = e.parentElement; }"
                + "window.scrollTo(0, 0);", css);
    }

    /** Saves {@code target/<folder>/NN-name.png}, numbered in the order taken. */
    public void screenshot(String name) {
        String file = "%02d-%s.png".formatted(step.incrementAndGet(), name);
        try {
            Files.write(screenshots.resolve(file), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
