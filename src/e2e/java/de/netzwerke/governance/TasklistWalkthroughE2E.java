package de.netzwerke.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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
import de.netzwerke.governance.testsupport.TasklistBrowser;
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

    private static final String FILTER = TasklistBrowser.FACHSTELLE_FILTER;
    /** No other test founds this topic. */
    private static final String TOPIC = "Patenschaften und Ehrenamt";
    private static final String WORKING_TABLE = "Arbeitstisch " + TOPIC;

    @LocalServerPort
    int port;
    @Autowired
    RegisterQueries register;

    private TasklistBrowser tasklist;

    @BeforeEach
    void openBrowser() {
        tasklist = TasklistBrowser.open(port, "tasklist-walkthrough");
    }

    @AfterEach
    void closeBrowser() {
        if (tasklist != null) {
            tasklist.close();
        }
    }

    @Test
    @DisplayName("AT-3, AT-2: proposal, check, declarations, established working table and its first election, all in Tasklist, in German")
    void coordinationWorksEntirelyInTasklist() {
        tasklist.login("koordination");
        assertThat(tasklist.driver().findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
                .as("Camunda 8 banner").isEmpty();
        tasklist.screenshot("tasklist");

        // propose (start form founding-proposal)
        tasklist.startProcess("Arbeitstisch gründen");
        tasklist.field("Thema", 0).sendKeys(TOPIC);
        tasklist.field("Kurze Beschreibung", 0).sendKeys("Bedarf aus der Herbsttagung: Patenschaften für neu Angekommene");
        tasklist.field("Handlungsfeld", 0).sendKeys("Teilhabe");
        tasklist.screenshot("proposal");
        tasklist.submitStartForm();

        // check (founding-check-proposal): a group task says first that it must be taken over
        tasklist.openTask(FILTER, "Vorschlag prüfen", TOPIC, TOPIC);
        assertThat(tasklist.driver().findElements(By.cssSelector(".tasks-list .task"))).isNotEmpty();
        assertThat(tasklist.driver().findElements(By.cssSelector(".tasks-list .priority")).stream().filter(WebElement::isDisplayed))
                .as("no meaningless priority 50 on the cards").isEmpty();
        assertThat(tasklist.text(By.cssSelector(".governance-claim-hint"))).contains("Diese Aufgabe übernehmen");
        assertThat(tasklist.text(By.cssSelector(".governance-complete-hint"))).contains("übernommen");
        tasklist.screenshot("check-not-taken-over");
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Thema: " + TOPIC, "Handlungsfeld: Teilhabe");
        tasklist.choose("Vorschlag annehmen");
        tasklist.screenshot("check-accepted");
        tasklist.complete();

        // the Übersicht (same login) shows the founding: what AT-3 still needs, and until when
        tasklist.openOverview(Network.MIGRATION_SCHWERIN);
        assertThat(tasklist.overviewRow(TOPIC)).contains("Gründung eines Arbeitstischs",
                        "Bereitschaftserklärungen werden gesammelt", "Organisationen bisher: keine", "Es fehlen noch 5 von 5 Organisationen")
                .containsPattern("\\d{2}\\.\\d{2}\\.\\d{4}");
        tasklist.screenshot("overview-running-founding");
        tasklist.openTasklist();

        // declarations (founding-record-declarations): name | e-mail | organisation in one row each
        tasklist.openTask(FILTER, "Bereitschaftserklärungen erfassen", TOPIC, TOPIC);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Thema: " + TOPIC, "Es fehlen noch: 5 Organisationen");
        tasklist.screenshot("declarations-opened");
        List<String[]> people = List.of(
                new String[] {"Ali Yilmaz", "a.yilmaz@example.org", "Migrantenbeirat Schwerin"},
                new String[] {"Jana Berg", "j.berg@example.org", "Jobcenter Schwerin"},
                new String[] {"Eva Noor", "e.noor@example.org", "AWO Schwerin"},
                new String[] {"Tom Klein", "t.klein@example.org", "Diakonie Westmecklenburg"},
                new String[] {"Ida Lang", "i.lang@example.org", "Helios Kliniken Schwerin"});
        for (int i = 0; i < people.size(); i++) {
            tasklist.field("Name", i).sendKeys(people.get(i)[0]);
            tasklist.field("E-Mail-Adresse", i).sendKeys(i == 0 ? "a.yilmaz(at)example.org" : people.get(i)[1]);
            tasklist.field("Organisation / Träger", i).sendKeys(people.get(i)[2]);
        }
        tasklist.assertInOneRowWithinTheWindow(tasklist.field("Name", 0), tasklist.field("E-Mail-Adresse", 0),
                tasklist.field("Organisation / Träger", 0));
        // form-js checks the address when the field is left: German message, grey button with the reason beside it
        assertThat(tasklist.fieldErrors("E-Mail-Adresse", 0)).isEqualTo("Bitte eine gültige E-Mail-Adresse eingeben, z. B. name@beispiel.de.");
        assertThat(tasklist.formText()).doesNotContain("Field ", "must be");
        tasklist.screenshot("declarations-invalid-email");
        WebElement button = tasklist.completeButton();
        assertThat(button.isEnabled()).isFalse();
        assertThat(tasklist.text(By.cssSelector(".governance-complete-hint"))).contains("rot markierten Angaben");
        tasklist.screenshot("declarations-button-grey");
        tasklist.field("E-Mail-Adresse", 0).sendKeys(Keys.chord(Keys.CONTROL, "a"), people.get(0)[1]);
        tasklist.waiting().until(d -> tasklist.completeButton().isEnabled());
        assertThat(tasklist.driver().findElements(By.cssSelector(".governance-complete-hint"))).isEmpty();
        tasklist.screenshot("declarations");
        tasklist.complete();

        BodyView table = await().atMost(Duration.ofSeconds(30)).until(() -> workingTable(WORKING_TABLE), t -> t != null);
        assertThat(table.members()).hasSize(5);

        // the Übersicht: the proposer's proposal became the table, whose four first elections are pending on it
        // (the founding starts them in an asynchronous step)
        tasklist.awaitOverview(Network.MIGRATION_SCHWERIN, "Stellvertretung im Sprecher:innenrat – " + WORKING_TABLE);
        assertThat(tasklist.overviewRow(TOPIC)).contains("Arbeitstisch gegründet", "Neuer Arbeitstisch: " + WORKING_TABLE);
        for (String office : List.of("Leitung", "Stellvertretende Leitung", "Mitglied im Sprecher:innenrat",
                "Stellvertretung im Sprecher:innenrat")) {
            assertThat(tasklist.overviewRow(office + " – " + WORKING_TABLE)).contains("Wahl", "Kandidat:innen benennen");
        }
        assertThat(tasklist.overviewBody(WORKING_TABLE).getText()).contains("Offene Vorgänge",
                "Wahl: Leitung – " + WORKING_TABLE + " – Kandidat:innen benennen");
        tasklist.screenshot("overview-pending-elections");
        tasklist.openTasklist();

        // the first elections start by themselves; the leader's: nominate two members
        tasklist.openTask(FILTER, "Kandidat:innen benennen", "Leitung, " + WORKING_TABLE, "Gremium: " + WORKING_TABLE, "Amt: Leitung");
        tasklist.claim();
        By options = By.cssSelector(".fjs-form-field-checklist input[type=checkbox]");
        assertThat(tasklist.driver().findElements(options)).hasSize(5);
        for (int member = 0; member < 2; member++) {
            WebElement option = tasklist.driver().findElements(options).get(member);
            tasklist.js("arguments[0].scrollIntoView({block: 'center'});", option);
            option.click();
            int checked = member + 1;
            tasklist.waiting().until(d -> d.findElements(options).stream().filter(WebElement::isSelected).count() == checked);
        }
        tasklist.choose("zugestimmt");
        tasklist.screenshot("nominate");
        tasklist.complete();

        // the ballot names both candidates; an impossible count is refused next to the button, in German
        tasklist.openTask(FILTER, "Wahlergebnis erfassen", "Leitung, " + WORKING_TABLE, "Gremium: " + WORKING_TABLE, "Amt: Leitung");
        tasklist.claim();
        tasklist.screenshot("ballot-opened");
        List<String> candidates = tasklist.numberLabelsInGroup("Stimmen je");
        assertThat(candidates).hasSize(2).allSatisfy(label ->
                assertThat(people.stream().anyMatch(p -> label.startsWith(p[0] + " (" + p[2] + ")"))).as(label).isTrue());
        tasklist.field("Anwesende Stimmberechtigte", 0).sendKeys("5");
        tasklist.field("Enthaltungen", 0).sendKeys("0");
        tasklist.field(candidates.get(0), 0).sendKeys("4");
        tasklist.field(candidates.get(1), 0).sendKeys("3");
        tasklist.clickComplete();
        assertThat(tasklist.refusal()).startsWith("Es wurden mehr Stimmen abgegeben als Mitglieder anwesend sind")
                .doesNotContain("Cannot", "task form", tasklist.currentTaskId());
        tasklist.assertNextToTheButton(By.cssSelector(".governance-refusal"));
        assertThat(tasklist.driver().findElements(By.cssSelector(".notifications .alert")).stream().map(WebElement::getText))
                .as("no toast over the form").noneMatch(t -> t.contains("Abschließen der Aufgabe"));
        tasklist.screenshot("ballot-refused");
        tasklist.field(candidates.get(0), 0).sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        tasklist.field(candidates.get(1), 0).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        tasklist.screenshot("ballot");
        tasklist.complete();

        BodyView elected = await().atMost(Duration.ofSeconds(30)).until(() -> workingTable(WORKING_TABLE),
                t -> t != null && !t.offices().isEmpty());
        assertThat(elected.offices()).singleElement().satisfies(o -> {
            assertThat(candidates.get(0)).startsWith(o.holder());
            assertThat(o.termEnd()).isEqualTo(o.termStart().plusYears(2));
        });

        // from the table in the Übersicht: a new election of its leader with one click, no number to type
        tasklist.openOverview(Network.MIGRATION_SCHWERIN);
        tasklist.screenshot("overview-elected");
        tasklist.bodyAction(WORKING_TABLE, "Leitung (Amtszeit bis", "Wahl einleiten");
        assertThat(tasklist.overviewMessage()).startsWith("Die Wahl „Leitung“ für „" + WORKING_TABLE + "“ ist eingeleitet");
        assertThat(tasklist.overviewBody(WORKING_TABLE).getText())
                .contains("Wahl: Leitung – " + WORKING_TABLE + " – Kandidat:innen benennen");
        tasklist.screenshot("overview-election-started");
    }

    private BodyView workingTable(String name) {
        return register.bodies(Network.MIGRATION_SCHWERIN).stream()
                .filter(b -> b.kind() == BodyKind.WORKING_TABLE && b.name().equals(name)).findFirst().orElse(null);
    }
}
