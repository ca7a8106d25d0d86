package de.netzwerke.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * office holder entirely in the real Tasklist, in headless Chromium, through the German forms of forms/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class TasklistWalkthroughE2E {

    private static final String FILTER = "Aufgaben: Fachstelle Chancengleichheit (Koordination)";
    private static final String TOPIC = "Wohnen und Nachbarschaft";

    @LocalServerPort
    int port;
    @Autowired
    RegisterQueries register;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1400,1100", "--lang=de-DE")
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() throws java.io.IOException {
        if (browser != null) {
            // the last screen, to see what a failure looked like
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "tasklist-walkthrough.png"),
                    ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            browser.quit();
        }
    }

    @Test
    @DisplayName("AT-3, AT-2: proposal, check, declarations, established working table and its first election, all in Tasklist")
    void coordinationWorksEntirelyInTasklist() {
        login("koordination");

        // propose (start form founding-proposal)
        click(By.xpath("//a[contains(., 'Prozess starten')]"));
        click(By.xpath("//*[contains(@class,'modal')]//a[contains(., 'Arbeitstisch gründen')]"));
        field("Thema", 0).sendKeys(TOPIC);
        field("Kurze Beschreibung", 0).sendKeys("Bedarf aus der Herbsttagung");
        field("Handlungsfeld", 0).sendKeys("Wohnen");
        click(By.cssSelector(".modal-footer button.btn-primary"));

        // check (founding-check-proposal)
        openTask("Vorschlag prüfen");
        assertThat(field("Thema", 0).getAttribute("value")).isEqualTo(TOPIC);
        click(By.xpath("//label[contains(., 'Vorschlag annehmen')]"));
        complete();

        // five declarations in one go (founding-record-declarations)
        openTask("Bereitschaftserklärungen erfassen");
        List<String[]> people = List.of(
                new String[] {"Ali Yilmaz", "a.yilmaz@example.org", "Migrantenbeirat Schwerin"},
                new String[] {"Jana Berg", "j.berg@example.org", "Jobcenter Schwerin"},
                new String[] {"Eva Noor", "e.noor@example.org", "AWO Schwerin"},
                new String[] {"Tom Klein", "t.klein@example.org", "Diakonie Westmecklenburg"},
                new String[] {"Ida Lang", "i.lang@example.org", "Helios Kliniken Schwerin"});
        for (int i = 0; i < people.size(); i++) {
            field("Name", i).sendKeys(people.get(i)[0]);
            field("E-Mail-Adresse", i).sendKeys(people.get(i)[1]);
            field("Organisation / Träger", i).sendKeys(people.get(i)[2]);
        }
        complete();

        BodyView table = await().atMost(Duration.ofSeconds(30)).until(() -> workingTable("Arbeitstisch " + TOPIC), t -> t != null);
        assertThat(table.members()).hasSize(5);

        // the first elections: nominate two members, then the ballot 3:2
        openTask("Kandidat:innen benennen");
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
        complete();

        openTask("Wahlergebnis erfassen");
        field("Anwesende Stimmberechtigte", 0).sendKeys("5");
        field("Stimmen", 0).sendKeys("3");
        field("Stimmen", 1).sendKeys("2");
        field("Enthaltungen", 0).sendKeys("0");
        complete();

        BodyView elected = await().atMost(Duration.ofSeconds(30)).until(() -> workingTable("Arbeitstisch " + TOPIC),
                t -> t != null && !t.offices().isEmpty());
        assertThat(elected.offices()).singleElement().satisfies(o -> {
            assertThat(people.stream().map(p -> p[0])).contains(o.holder());
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

    /** Opens the first task of that name in the coordination's filter and claims it. */
    private void openTask(String name) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            click(By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(.), '" + FILTER + "')]"));
            return !browser.findElements(By.xpath("//*[contains(@class,'tasks-list')]//*[normalize-space(.)='" + name + "']")).isEmpty();
        });
        click(By.xpath("(//*[contains(@class,'tasks-list')]//*[normalize-space(.)='" + name + "'])[1]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        List<WebElement> claim = browser.findElements(By.cssSelector("[ng-click='claim()']"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            wait.until(ExpectedConditions.invisibilityOf(claim.get(0)));
        }
    }

    private void complete() {
        By button = By.xpath("//button[normalize-space(.)='Abschließen']");
        click(button);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(button));
    }

    /** The n-th form field whose label starts with the text (labels of required fields end with '*'). */
    private WebElement field(String label, int n) {
        By labels = By.xpath("//label[@for and starts-with(normalize-space(.), '" + label + "')]");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(labels, n));
        String id = browser.findElements(labels).get(n).getAttribute("for");
        return browser.findElement(By.id(id));
    }

    /** Clicks like a person: scrolled into view first (Tasklist's footer covers the bottom of the form). */
    private void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void js(String script, Object... args) {
        ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private BodyView workingTable(String name) {
        return register.bodies(Network.MIGRATION_SCHWERIN).stream()
                .filter(b -> b.kind() == BodyKind.WORKING_TABLE && b.name().equals(name)).findFirst().orElse(null);
    }
}
