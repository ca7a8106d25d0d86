package de.netzwerke.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.RegisterQueries;
import de.netzwerke.governance.register.RegisterViews.BodyView;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * AT-3, AT-2: the coordination takes a proposal to an established working table and elects its first
 * leader entirely in the real Tasklist, in headless Chromium at 1366×768, through the German forms of
 * forms/, with a screenshot per step under {@code target/tasklist-walkthrough/}.
 *
 * <p>It shares its Spring context (and database) with the ITs of the same configuration, so it works only
 * with what it created itself: a topic of its own, and tasks found by name and subject.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class TasklistWalkthroughE2E {

    private static final String FILTER = "Aufgaben: Fachstelle Chancengleichheit (Koordination)";
    /** No other test founds this topic. */
    private static final String TOPIC = "Patenschaften und Ehrenamt";
    private static final String WORKING_TABLE = "Arbeitstisch " + TOPIC;
    private static final Path SCREENSHOTS = Path.of("target", "tasklist-walkthrough");

    @LocalServerPort
    int port;
    @Autowired
    RegisterQueries register;

    private WebDriver browser;
    private WebDriverWait wait;
    private final AtomicInteger step = new AtomicInteger();

    @BeforeEach
    void openBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=de-DE")
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.list(SCREENSHOTS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            screenshot("last-screen");
            browser.quit();
        }
    }

    @Test
    @DisplayName("AT-3, AT-2: proposal, check, declarations, established working table and its first election, all in Tasklist, in German")
    void coordinationWorksEntirelyInTasklist() throws IOException {
        login("koordination");
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
                .as("Camunda 8 banner").isEmpty();
        screenshot("tasklist");

        // propose (start form founding-proposal)
        click(By.xpath("//a[contains(., 'Prozess starten')]"));
        click(By.xpath("//*[contains(@class,'modal')]//a[contains(., 'Arbeitstisch gründen')]"));
        field("Thema", 0).sendKeys(TOPIC);
        field("Kurze Beschreibung", 0).sendKeys("Bedarf aus der Herbsttagung: Patenschaften für neu Angekommene");
        field("Handlungsfeld", 0).sendKeys("Teilhabe");
        screenshot("proposal");
        click(By.cssSelector(".modal-footer button.btn-primary"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-footer")));

        // check (founding-check-proposal): a group task says first that it must be taken over
        openTask("Vorschlag prüfen", TOPIC, TOPIC);
        assertThat(text(By.cssSelector(".governance-claim-hint"))).contains("Diese Aufgabe übernehmen");
        assertThat(text(By.cssSelector(".governance-complete-hint"))).contains("übernommen");
        screenshot("check-not-taken-over");
        claim();
        assertThat(formText()).contains("Thema: " + TOPIC, "Handlungsfeld: Teilhabe");
        click(By.xpath("//label[contains(., 'Vorschlag annehmen')]"));
        screenshot("check-accepted");
        complete();

        // declarations (founding-record-declarations): name | e-mail | organisation in one row each
        openTask("Bereitschaftserklärungen erfassen", TOPIC, TOPIC);
        claim();
        assertThat(formText()).contains("Thema: " + TOPIC, "Es fehlen noch: 5 Organisationen");
        screenshot("declarations-opened");
        List<String[]> people = List.of(
                new String[] {"Ali Yilmaz", "a.yilmaz@example.org", "Migrantenbeirat Schwerin"},
                new String[] {"Jana Berg", "j.berg@example.org", "Jobcenter Schwerin"},
                new String[] {"Eva Noor", "e.noor@example.org", "AWO Schwerin"},
                new String[] {"Tom Klein", "t.klein@example.org", "Diakonie Westmecklenburg"},
                new String[] {"Ida Lang", "i.lang@example.org", "Helios Kliniken Schwerin"});
        for (int i = 0; i < people.size(); i++) {
            field("Name", i).sendKeys(people.get(i)[0]);
            field("E-Mail-Adresse", i).sendKeys(i == 0 ? "a.yilmaz(at)example.org" : people.get(i)[1]);
            field("Organisation / Träger", i).sendKeys(people.get(i)[2]);
        }
        assertInOneRowWithinTheWindow(field("Name", 0), field("E-Mail-Adresse", 0), field("Organisation / Träger", 0));
        // form-js checks the address when the field is left: German message, grey button with the reason beside it
        assertThat(fieldErrors("E-Mail-Adresse", 0)).isEqualTo("Bitte eine gültige E-Mail-Adresse eingeben, z. B. name@beispiel.de.");
        assertThat(formText()).doesNotContain("Field ", "must be");
        screenshot("declarations-invalid-email");
        WebElement button = completeButton();
        assertThat(button.isEnabled()).isFalse();
        assertThat(text(By.cssSelector(".governance-complete-hint"))).contains("rot markierten Angaben");
        screenshot("declarations-button-grey");
        field("E-Mail-Adresse", 0).sendKeys(Keys.chord(Keys.CONTROL, "a"), people.get(0)[1]);
        wait.until(d -> completeButton().isEnabled());
        assertThat(browser.findElements(By.cssSelector(".governance-complete-hint"))).isEmpty();
        screenshot("declarations");
        complete();

        BodyView table = await().atMost(Duration.ofSeconds(30)).until(() -> workingTable(WORKING_TABLE), t -> t != null);
        assertThat(table.members()).hasSize(5);

        // the first elections start by themselves; the leader's: nominate two members
        openTask("Kandidat:innen benennen", "Leitung, " + WORKING_TABLE, "Gremium: " + WORKING_TABLE, "Amt: Leitung");
        claim();
        By options = By.cssSelector(".fjs-form-field-checklist input[type=checkbox]");
        assertThat(browser.findElements(options)).hasSize(5);
        for (int member = 0; member < 2; member++) {
            WebElement option = browser.findElements(options).get(member);
            js("arguments[0].scrollIntoView({block: 'center'});", option);
            option.click();
            int checked = member + 1;
            wait.until(d -> d.findElements(options).stream().filter(WebElement::isSelected).count() == checked);
        }
        click(By.xpath("//label[contains(., 'zugestimmt')]"));
        screenshot("nominate");
        complete();

        // the ballot names both candidates; an impossible count is refused next to the button, in German
        openTask("Wahlergebnis erfassen", "Leitung, " + WORKING_TABLE, "Gremium: " + WORKING_TABLE, "Amt: Leitung");
        claim();
        screenshot("ballot-opened");
        List<String> candidates = voteLabels();
        assertThat(candidates).hasSize(2).allSatisfy(label ->
                assertThat(people.stream().anyMatch(p -> label.startsWith(p[0] + " (" + p[2] + ")"))).as(label).isTrue());
        field("Anwesende Stimmberechtigte", 0).sendKeys("5");
        field("Enthaltungen", 0).sendKeys("0");
        field(candidates.get(0), 0).sendKeys("4");
        field(candidates.get(1), 0).sendKeys("3");
        clickComplete();
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".governance-refusal .message")));
        assertThat(refusal.getText()).startsWith("Es wurden mehr Stimmen abgegeben als Mitglieder anwesend sind")
                .doesNotContain("Cannot", "task form", currentTaskId());
        assertNextToTheButton(By.cssSelector(".governance-refusal"));
        assertThat(browser.findElements(By.cssSelector(".notifications .alert")).stream().map(WebElement::getText))
                .as("no toast over the form").noneMatch(t -> t.contains("Abschließen der Aufgabe"));
        screenshot("ballot-refused");
        field(candidates.get(0), 0).sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        field(candidates.get(1), 0).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        screenshot("ballot");
        complete();

        BodyView elected = await().atMost(Duration.ofSeconds(30)).until(() -> workingTable(WORKING_TABLE),
                t -> t != null && !t.offices().isEmpty());
        assertThat(elected.offices()).singleElement().satisfies(o -> {
            assertThat(candidates.get(0)).startsWith(o.holder());
            assertThat(o.termEnd()).isEqualTo(o.termStart().plusYears(2));
        });
    }

    // --- Tasklist

    private void login(String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        browser.findElement(By.cssSelector("input[type=text]")).sendKeys(user);
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys(user);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[contains(., 'Prozess starten')]")));
    }

    /**
     * Opens the task of the coordination's filter that is called „&lt;prefix&gt; – &lt;subject&gt;“. Until task
     * names carry their subject, it opens the tasks called just &lt;prefix&gt; in turn and takes the one whose
     * form shows every marker.
     */
    private void openTask(String prefix, String subject, String... formMarkers) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            click(By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(.), '" + FILTER + "')]"));
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

    private void claim() {
        WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='claim()']")));
        claim.click();
        wait.until(ExpectedConditions.invisibilityOf(claim));
        wait.until(d -> d.findElements(By.cssSelector(".governance-claim-hint")).isEmpty());
    }

    private String currentTaskId() {
        String url = browser.getCurrentUrl();
        return url.replaceAll(".*[?&]task=([^&]+).*", "$1");
    }

    private void clickComplete() {
        click(By.xpath("//button[normalize-space(.)='Abschließen']"));
    }

    private WebElement completeButton() {
        WebElement button = browser.findElement(By.xpath("//button[normalize-space(.)='Abschließen']"));
        js("arguments[0].scrollIntoView({block: 'center'});", button);
        return button;
    }

    private void complete() {
        By button = By.xpath("//button[normalize-space(.)='Abschließen']");
        click(button);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(button));
    }

    /** The n-th form field whose label starts with the text (labels of required fields end with '*'). */
    private WebElement field(String label, int n) {
        return browser.findElement(By.id(label(label, n).getAttribute("for")));
    }

    private WebElement label(String label, int n) {
        By labels = By.xpath("//label[@for and starts-with(normalize-space(.), '" + label + "')]");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(labels, n));
        return browser.findElements(labels).get(n);
    }

    /** What form-js shows under the field, once it has validated it. */
    private String fieldErrors(String label, int n) {
        WebElement fieldElement = label(label, n).findElement(By.xpath("ancestor::*[contains(@class,'fjs-form-field')][1]"));
        return wait.until(d -> {
            List<WebElement> errors = fieldElement.findElements(By.cssSelector(".fjs-form-field-error li"));
            return errors.isEmpty() ? null : errors.get(0).getText();
        });
    }

    /** The labels of the ballot's vote fields: the candidates. */
    private List<String> voteLabels() {
        return browser.findElements(By.xpath("//*[contains(@class,'fjs-form-field-group')][.//label[contains(., 'Stimmen je')]]"
                + "//*[contains(@class,'fjs-form-field-number')]//label")).stream()
                .filter(WebElement::isDisplayed).map(l -> l.getText().replaceAll("\\s*\\*$", "").strip()).toList();
    }

    private String formText() {
        return browser.findElement(By.cssSelector(".fjs-form")).getText().replaceAll("\\s+", " ");
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    /** Side by side on one line, and nothing reaches past the right edge of the window. */
    private void assertInOneRowWithinTheWindow(WebElement... fields) {
        int width = ((Number) js("return window.innerWidth;")).intValue();
        for (WebElement f : fields) {
            assertThat(f.getRect().getY()).as("same row").isEqualTo(fields[0].getRect().getY());
            assertThat(f.getRect().getX() + f.getRect().getWidth()).as("inside the window").isLessThanOrEqualTo(width);
        }
    }

    /** Just above „Abschließen“, both inside the visible part of the window. */
    private void assertNextToTheButton(By message) {
        WebElement shown = browser.findElement(message);
        WebElement button = browser.findElement(By.xpath("//button[normalize-space(.)='Abschließen']"));
        long height = ((Number) js("return window.innerHeight;")).longValue();
        Number top = (Number) js("return arguments[0].getBoundingClientRect().top;", shown);
        Number bottom = (Number) js("return arguments[0].getBoundingClientRect().bottom;", shown);
        Number buttonTop = (Number) js("return arguments[0].getBoundingClientRect().top;", button);
        Number buttonBottom = (Number) js("return arguments[0].getBoundingClientRect().bottom;", button);
        assertThat(top.doubleValue()).as("message visible").isGreaterThanOrEqualTo(0);
        assertThat(buttonBottom.doubleValue()).as("button visible").isLessThanOrEqualTo(height);
        assertThat(buttonTop.doubleValue() - bottom.doubleValue()).as("gap to the button").isBetween(0.0, 60.0);
    }

    /** Clicks like a person: scrolled into view first (Tasklist's footer covers the bottom of the form). */
    private void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void screenshot(String name) throws IOException {
        String file = "%02d-%s.png".formatted(step.incrementAndGet(), name);
        Files.write(SCREENSHOTS.resolve(file), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private BodyView workingTable(String name) {
        return register.bodies(Network.MIGRATION_SCHWERIN).stream()
                .filter(b -> b.kind() == BodyKind.WORKING_TABLE && b.name().equals(name)).findFirst().orElse(null);
    }
}
