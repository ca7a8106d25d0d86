package de.netzwerke.governance;

import static de.netzwerke.governance.testsupport.RestApi.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import de.netzwerke.governance.meeting.MeetingVariables;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.Membership;
import de.netzwerke.governance.register.MembershipRepository;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.Organisation;
import de.netzwerke.governance.register.OrganisationRepository;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.steering.SteeringSchedule;
import de.netzwerke.governance.steering.SteeringVariables;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.Mailbox;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TasklistBrowser;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * M-1, T-5/SR-6 and W-5…W-9 as the people of the networks meet them, in headless Chromium at 1366×768 (German
 * locale): an applicant on the public page „Mitmachen“ and the confirmation link of the e-mail, the Fachstelle
 * admitting in Tasklist; a partner objecting to a protocol through the personal link of the e-mail, the Fachstelle
 * amending it in Tasklist; the Steuerungsgruppe bringing its reappointment forward in Tasklist up to the network's
 * vote and the Übersicht. A screenshot per step under {@code target/governance-walkthrough/<walkthrough>/}.
 *
 * <p>It shares its Spring context with the ITs, so it works with data no other test uses (its own applicant, its
 * own working table and partners, its own nominee) and finds tasks by name and subject. What no person does in a
 * browser — a meeting recorded after the fact up to its protocol — the setup does through the REST API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
// the reappointment changes the Steuerungsgruppe of the reference data, which SteeringGroupReappointmentIT expects
// unchanged: the classes after this one get a fresh context (and database)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GovernanceWalkthroughE2E {

    private static final String FACHSTELLE = TasklistBrowser.FACHSTELLE_FILTER;
    private static final String STEUERUNGSGRUPPE = "Aufgaben: Steuerungsgruppe";
    private static final Duration ASYNC = RestApi.ASYNC_TIMEOUT;
    private static final String ADMIN = "demo";
    private static final String STEERING = "steuerung";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    GreenMail greenMail;
    @Autowired
    TaskService tasks;
    @Autowired
    PartnerRepository partners;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    BodyRepository bodies;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    SteeringSchedule steeringSchedule;

    private RestApi api;
    private TasklistBrowser browser;

    @BeforeEach
    void setUp() {
        api = new RestApi(rest);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    // --- 1. PartnerAdmission

    @Test
    @DisplayName("M-1: an applicant applies on the public page with consent, confirms the address by the e-mail's link, "
            + "the Fachstelle admits in Tasklist; the welcome e-mail carries the leave link")
    void applyConfirmAndAdmit() throws Exception {
        browser = TasklistBrowser.open(port, "governance-walkthrough/admission");
        String name = "Lene Friedrichsthal";
        String email = "l.friedrichsthal@example.org";
        String organisation = "Nachbarschaftstreff Friedrichsthal";

        // the public page, without login
        browser.get("/mitmachen/" + Network.MIGRATION_SCHWERIN);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
        assertThat(browser.text(By.tagName("h1"))).startsWith("Mitmachen im");
        assertGerman(browser.pageText());
        browser.driver().findElement(By.id("name")).sendKeys(name);
        browser.driver().findElement(By.id("email")).sendKeys(email);
        browser.driver().findElement(By.id("organisation")).sendKeys(organisation);
        browser.driver().findElement(By.id("motivation")).sendKeys("Wir begleiten neu Zugezogene im Stadtteil.");
        browser.click(By.id("consent"));
        browser.scrollToTop("h1");
        browser.screenshot("apply");
        browser.js("arguments[0].scrollIntoView({block: 'end'});", browser.driver().findElement(By.tagName("button")));
        browser.screenshot("apply-consent");
        WebElement form = browser.driver().findElement(By.tagName("form"));
        browser.click(By.xpath("//button[normalize-space(.)='Antrag senden']"));
        browser.waiting().until(ExpectedConditions.stalenessOf(form));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Fast geschafft: Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertGerman(browser.pageText());
        browser.screenshot("apply-sent");

        // the link of the confirmation e-mail: a page with one button
        String confirmPath = path(awaitMail(email, "Bitte bestätigen Sie Ihre E-Mail-Adresse"), "/mitmachen/bestaetigen/");
        browser.get(confirmPath);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Bestätigung der E-Mail-Adresse");
        assertGerman(browser.pageText());
        browser.screenshot("confirm-page");
        WebElement confirmForm = browser.driver().findElement(By.tagName("form"));
        browser.click(By.xpath("//button[normalize-space(.)='E-Mail-Adresse bestätigen']"));
        browser.waiting().until(ExpectedConditions.stalenessOf(confirmForm));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Vielen Dank: Ihre E-Mail-Adresse ist bestätigt");
        browser.screenshot("confirmed");

        // the Fachstelle decides in Tasklist; the task names the application, not the person
        String decide = awaitTaskName("PartnerAdmission", "Task_DecideAdmission", t -> true, "Antrag ");
        String subject = decide.substring(decide.indexOf(" – ") + 3);
        assertThat(decide).startsWith("Über Aufnahme entscheiden – Antrag ").doesNotContain(name);
        browser.login("koordination");
        browser.openTask(FACHSTELLE, "Über Aufnahme entscheiden", subject);
        assertThat(browser.taskNames()).contains(decide);
        browser.claim();
        assertThat(browser.formText()).contains(name, email + " (bestätigt)", organisation, "über die Seite „Mitmachen“");
        browser.choose("Als Netzwerkpartner:in aufnehmen");
        assertGerman(browser.formText());
        screenshotsOfTheForm("decide");
        browser.complete();

        String welcome = awaitMail(email, "Willkommen im Netzwerk");
        assertThat(welcome).contains(name, "/austreten/");
    }

    // --- 2. ProtocolObjection

    @Test
    @DisplayName("T-5, SR-6: a partner objects through the personal link of the protocol e-mail, the Fachstelle amends "
            + "the protocol in Tasklist and version 2 goes out again")
    void objectAndAmend() throws Exception {
        browser = TasklistBrowser.open(port, "governance-walkthrough/objection");
        String title = "Treffen zur Sprachmittlung";
        List<Partner> members = tx.execute(s -> {
            List<Partner> list = new ArrayList<>();
            String[][] people = {{"Hanna Görries", "h.goerries@example.org", "Sprachmittlerpool Görries"},
                    {"Karim Krebsförden", "k.krebsfoerden@example.org", "Dolmetschdienst Krebsförden"}};
            for (String[] p : people) {
                Organisation org = organisations.save(new Organisation(Network.MIGRATION_SCHWERIN, p[2]));
                list.add(partners.save(new Partner(Network.MIGRATION_SCHWERIN, p[0], p[1], org, LocalDate.of(2026, 2, 1))));
            }
            return list;
        });
        Body table = tx.execute(s -> {
            Body b = bodies.save(new Body(Network.MIGRATION_SCHWERIN, BodyKind.WORKING_TABLE, "Arbeitstisch Sprachmittlung",
                    "Sprachmittlung", null, LocalDate.of(2026, 2, 1)));
            b.setGroupId(GovernanceGroups.workingTable(b.getId()));
            members.forEach(p -> memberships.save(new Membership(b.getId(), p, LocalDate.of(2026, 2, 1))));
            return b;
        });

        // setup: the working table's meeting of yesterday, recorded after the fact up to its protocol
        LocalDateTime yesterday = LocalDateTime.now(Today.ZONE).minusDays(1).truncatedTo(ChronoUnit.HOURS);
        JsonNode started = ok(api.call(RestApi.COORDINATION, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + MeetingVariables.PROCESS_KEY + "/start", Map.of("variables", Map.of(
                        MeetingVariables.BODY_ID.name(), typed(table.getId(), "Long"),
                        MeetingVariables.TITLE.name(), typed(title, "String"),
                        MeetingVariables.STARTS_AT.name(), typed(yesterday.toString(), "String"),
                        MeetingVariables.ENDS_AT.name(), typed(yesterday.plusHours(2).toString(), "String"),
                        MeetingVariables.LOCATION.name(), typed("Stadthaus Schwerin", "String")))));
        String meetingPi = started.path("id").asText();
        complete(meetingPi, "Task_PrepareAgenda", Map.of(MeetingVariables.itemTitle(1).name(), typed("Dolmetschpool", "String"),
                MeetingVariables.itemKind(1).name(), typed("INFORMATION", "String")));
        String present = String.join(",", members.stream().map(p -> String.valueOf(p.getId())).toList());
        complete(meetingPi, "Task_RecordAttendance", Map.of(MeetingVariables.PRESENT_PARTNERS.name(), typed(present, "String")));
        complete(meetingPi, "Task_WriteProtocol", Map.of(MeetingVariables.PROTOCOL_TEXT.name(),
                typed("Der Dolmetschpool nimmt ab Januar Anfragen an.", "String")));

        // the partner opens the personal link of the protocol e-mail and objects (once the sending is committed:
        // the mail server may have the mail a moment before; the convener's „Einspruch erfassen“ opens with the period)
        Partner objector = members.get(0);
        awaitTaskName("ProtocolObjection", "Task_RecordObjection", t -> t.getName().contains(title), title);
        String link = path(awaitMail(objector.getEmail(), "Ergebnisprotokoll:"), "/einspruch/");
        browser.get(link);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Einspruch gegen ein Protokoll");
        assertThat(browser.pageText()).contains(objector.getName(), title);
        assertGerman(browser.pageText());
        browser.driver().findElement(By.id("reason")).sendKeys("Die Zusage des Jugendmigrationsdienstes fehlt im Protokoll.");
        browser.scrollToTop("h1");
        browser.screenshot("objection-page");
        WebElement form = browser.driver().findElement(By.tagName("form"));
        browser.click(By.xpath("//button[normalize-space(.)='Einspruch erheben']"));
        browser.waiting().until(ExpectedConditions.stalenessOf(form));
        assertThat(browser.pageText()).contains("Ihr Einspruch ist eingegangen");
        assertGerman(browser.pageText());
        browser.screenshot("objection-sent");

        // the Fachstelle (the working table has no leader yet) decides in Tasklist: amend with a new text
        String handle = awaitTaskName("ProtocolObjection", "Task_HandleObjection", t -> t.getName().contains(title), title);
        String subject = handle.substring(handle.indexOf(" – ") + 3);
        assertThat(handle).startsWith("Über Einspruch entscheiden – Protokoll: ").contains("„" + title + "“");
        browser.login("koordination");
        browser.openTask(FACHSTELLE, "Über Einspruch entscheiden", subject);
        assertThat(browser.taskNames()).contains(handle);
        browser.claim();
        assertThat(browser.formText()).contains(title, "Die Zusage des Jugendmigrationsdienstes fehlt im Protokoll.",
                "Der Dolmetschpool nimmt ab Januar Anfragen an.");
        browser.choose("Protokoll ändern und neu versenden");
        browser.field("Geänderter Protokolltext", 0).sendKeys("Der Dolmetschpool nimmt ab Januar Anfragen an; "
                + "der Jugendmigrationsdienst sagt zwei Sprachmittler:innen zu.");
        assertGerman(browser.formText());
        screenshotsOfTheForm("handle-amend");
        browser.complete();

        // version 2 goes out again to the partners, with the amended text
        String resent = awaitMail(objector.getEmail(), "Geändertes Ergebnisprotokoll (Fassung 2)");
        assertThat(resent).contains("Jugendmigrationsdienst sagt zwei", "/einspruch/");
        awaitMail(members.get(1).getEmail(), "Geändertes Ergebnisprotokoll (Fassung 2)");
    }

    // --- 3. SteeringGroupReappointment

    @Test
    @DisplayName("W-5…W-9: the Steuerungsgruppe brings its reappointment forward in Tasklist, its members stand again, "
            + "a nominee is added, the composition shows the fields of action, the network carries it; the Übersicht shows the group")
    void reappointTheSteeringGroup() throws Exception {
        // a reappointment waits as after the start-up (whatever another test left is removed)
        for (JsonNode instance : ok(api.call(STEERING, HttpMethod.GET,
                "/engine-rest/process-instance?processDefinitionKey=" + SteeringVariables.PROCESS_KEY, null))) {
            ResponseEntity<String> deleted = api.call(ADMIN, HttpMethod.DELETE,
                    "/engine-rest/process-instance/" + instance.path("id").asText(), null);
            assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        steeringSchedule.ensureScheduled(Network.WILLKOMMENSKULTUR_LSA);

        browser = TasklistBrowser.open(port, "governance-walkthrough/steering");
        browser.login(STEERING);
        browser.startProcess("Steuerungsgruppe bestätigen");
        browser.waiting().until(d -> d.findElement(By.cssSelector(".modal-body")).getText()
                .contains("Steuerungsgruppe bestätigen oder neu wählen"));
        assertGerman(browser.text(By.cssSelector(".modal-body")));
        browser.screenshot("start");
        browser.submitStartForm();

        // the members stand again (all of them)
        String ask = awaitTaskName(SteeringVariables.PROCESS_KEY, "Task_AskMembers", t -> true, "");
        String subject = ask.substring(ask.indexOf(" – ") + 3);
        browser.openTask(STEUERUNGSGRUPPE, "Bereitschaft der Mitglieder erfassen", subject);
        assertThat(browser.taskNames()).contains(ask);
        browser.claim();
        List<WebElement> standing = browser.driver().findElements(By.cssSelector(".fjs-form-field-checklist input[type=checkbox]"));
        assertThat(standing).isNotEmpty();
        for (int i = 0; i < standing.size(); i++) {
            tickNth(i);
        }
        assertGerman(browser.formText());
        screenshotsOfTheForm("standing-again");
        browser.complete();

        // one nomination in the form, and the period is closed
        browser.openTask(STEUERUNGSGRUPPE, "Vorschläge erfassen", subject);
        browser.claim();
        browser.field("Name", 0).sendKeys("Greta Rothensee");
        browser.field("E-Mail-Adresse", 0).sendKeys("g.rothensee@example.org");
        browser.field("Organisation", 0).sendKeys("Handwerkskammer Magdeburg Rothensee");
        select("Handlungsfeld (W-9)", 0, "Zugang Wirtschaft");
        select("Wirkungskreis (W-7)", 0, "landesweit");
        browser.choose("Vertritt die Wirtschaft");
        browser.choose("Vorschlagsfrist jetzt beenden");
        assertGerman(browser.formText());
        screenshotsOfTheForm("nominations");
        browser.complete();

        // eligibility: every person with the verdict, the fields of action covered
        browser.openTask(STEUERUNGSGRUPPE, "Wählbarkeit prüfen", subject);
        browser.claim();
        assertThat(browser.formText()).contains("Greta Rothensee", "Handlungsfelder der wählbaren Personen (W-9):");
        browser.choose("Wählbarkeit geprüft");
        screenshotsOfTheForm("eligibility");
        browser.complete();

        // composition: everybody eligible, the form shows the fields of action they cover
        browser.openTask(STEUERUNGSGRUPPE, "Zusammensetzung vorschlagen", subject);
        browser.claim();
        assertThat(browser.formText()).contains("Handlungsfelder der wählbaren Personen (W-9):", "Zugang Wirtschaft");
        // the nominee and the login of this walkthrough, then the others up to the ten seats (W-8)
        List<String> options = browser.driver().findElements(By.cssSelector(".fjs-form-field-checklist input[type=checkbox]"))
                .stream().map(box -> (String) browser.js("let l = document.querySelector('label[for=\"' + arguments[0].id + '\"]')"
                        + " || arguments[0].closest('label'); return l ? l.textContent.trim() : '';", box)).toList();
        assertThat(options).anyMatch(o -> o.startsWith("Greta Rothensee")).anyMatch(o -> o.startsWith("Stefan Steuerung"));
        int candidates = Math.min(options.size(), 10);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).startsWith("Greta Rothensee") || options.get(i).startsWith("Stefan Steuerung")) {
                order.add(0, i);
            } else {
                order.add(i);
            }
        }
        order.subList(0, candidates).forEach(this::tickNth);
        assertGerman(browser.formText());
        screenshotsOfTheForm("compose");
        browser.complete();

        // the network's vote
        browser.openTask(STEUERUNGSGRUPPE, "Beschluss des Netzwerks erfassen", subject);
        browser.claim();
        assertThat(browser.formText()).contains("Greta Rothensee", "Handlungsfelder:");
        browser.field("Anwesende", 0).sendKeys("18");
        browser.field("Ja-Stimmen", 0).sendKeys("14");
        browser.field("Nein-Stimmen", 0).sendKeys("2");
        browser.field("Enthaltungen", 0).sendKeys("2");
        assertGerman(browser.formText());
        screenshotsOfTheForm("decision");
        browser.complete();

        // the Übersicht: the new group, confirmed today, with the nominee
        String today = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now(Today.ZONE));
        browser.awaitOverview(Network.WILLKOMMENSKULTUR_LSA, "Zuletzt bestätigt am " + today);
        WebElement section = browser.driver().findElement(By.cssSelector("section.steering-group"));
        browser.js("arguments[0].scrollIntoView({block: 'start'});", section);
        assertThat(section.getText().replaceAll("\\s+", " ")).contains("Greta Rothensee", "Handwerkskammer Magdeburg Rothensee",
                "Zuletzt bestätigt am " + today, candidates + " von höchstens 10 Personen (W-8)", "Handlungsfelder (W-9):");
        assertGerman(browser.pageText());
        browser.screenshot("overview-steering-group");
    }

    // --- 4. RulesChange (at a Tagung, digitally) and DigitalVote in the Übersicht

    @Test
    @DisplayName("G-1: the Fachstelle proposes a rules change for the next Tagung in Tasklist and finds it on the Tagung's "
            + "agenda in the Übersicht; a second goes to a digital vote, and a partner with a login votes in the Übersicht")
    void rulesChangeAtTagungAndDigitalVote() throws Exception {
        // a Tagung is planned (the Fachstelle's „Sitzung planen“; done through REST here)
        Body plenary = bodies.findFirstByNetworkIdAndKind(Network.MIGRATION_SCHWERIN, BodyKind.PLENARY).orElseThrow();
        LocalDate day = LocalDate.now().plusDays(60);
        ResponseEntity<String> planned = api.call(RestApi.COORDINATION, HttpMethod.POST,
                "/engine-rest/process-definition/key/Meeting/start", Map.of("variables", Map.of(
                        "bodyId", typed(plenary.getId(), "Long"), "title", typed("Walkthrough-Tagung", "String"),
                        "startsAt", typed(day + "T10:00", "String"), "endsAt", typed(day + "T15:00", "String"),
                        "location", typed("Stadthaus Schwerin", "String"))));
        assertThat(planned.getStatusCode()).as(planned.getBody()).isEqualTo(HttpStatus.OK);

        browser = TasklistBrowser.open(port, "governance-walkthrough/rules");
        browser.login("koordination");
        String atTagung = "Walkthrough: Sprecher:innenrat tagt öffentlich";
        browser.startProcess("Geschäftsordnung ändern");
        browser.field("Kurzbezeichnung der Änderung", 0).sendKeys(atTagung);
        browser.field("Geänderte Passagen mit neuer Fassung", 0).sendKeys("§ 3.4 erhält folgende Fassung: „Die Sitzungen "
                + "des Sprecher:innenrats sind öffentlich.“");
        browser.field("Begründung", 0).sendKeys("Mehr Transparenz für die Netzwerkpartner:innen.");
        browser.choose("Auf der nächsten geplanten Tagung");
        assertGerman(browser.text(By.cssSelector(".modal-body")));
        browser.scrollToTop(".modal-body");
        browser.screenshot("propose-at-tagung");
        browser.js("arguments[0].scrollIntoView({block: 'end'});", browser.driver().findElement(By.cssSelector(".modal-footer")));
        browser.screenshot("propose-at-tagung-end");
        browser.submitStartForm();
        browser.awaitOverview(Network.MIGRATION_SCHWERIN, atTagung, "auf der Tagesordnung: Tagung am ");
        assertThat(browser.overviewRow(atTagung)).contains("Änderung der Geschäftsordnung", "auf der Tagesordnung: Tagung am ");
        assertGerman(browser.pageText());
        browser.js("arguments[0].scrollIntoView({block: 'center'});",
                browser.driver().findElement(By.xpath("//tr[contains(., '" + atTagung + "')]")));
        browser.screenshot("overview-on-agenda");

        // digitally (the default): all partners vote; a partner with a Tasklist login votes in the Übersicht
        String digital = "Walkthrough: Protokolle digital";
        browser.openTasklist();
        browser.startProcess("Geschäftsordnung ändern");
        browser.field("Kurzbezeichnung der Änderung", 0).sendKeys(digital);
        browser.field("Geänderte Passagen mit neuer Fassung", 0).sendKeys("§ 5.1: Protokolle werden nur digital versandt.");
        browser.field("Begründung", 0).sendKeys("Papier sparen.");
        browser.submitStartForm();

        browser.switchUser("partner");
        browser.awaitOverview(Network.MIGRATION_SCHWERIN, "Laufende digitale Abstimmungen", digital);
        browser.js("arguments[0].scrollIntoView({block: 'center'});",
                browser.driver().findElement(By.xpath("//tr[contains(., '" + digital + "')]")));
        browser.screenshot("overview-vote-open");
        browser.bodyAction(plenary.getName(), "„Soll die Geschäftsordnung geändert werden: „" + digital, "Stimme abgeben");
        assertThat(browser.overviewMessage()).startsWith("Vielen Dank, Ihre Stimme ist abgegeben.");
        assertGerman(browser.pageText());
        browser.screenshot("overview-voted");
    }

    // --- helpers

    /** The task's name and the top of its form, then the end of the form with „Abschließen“. */
    private void screenshotsOfTheForm(String name) {
        browser.scrollToTop(".fjs-form");
        browser.screenshot(name);
        browser.completeButton();
        browser.screenshot(name + "-end");
    }

    /** Ticks the n-th checkbox of the form's checklist and waits until it is ticked. */
    private void tickNth(int n) {
        By boxes = By.cssSelector(".fjs-form-field-checklist input[type=checkbox]");
        WebElement box = browser.driver().findElements(boxes).get(n);
        browser.js("arguments[0].scrollIntoView({block: 'center'});", box);
        if (!box.isSelected()) {
            box.click();
        }
        browser.waiting().until(d -> d.findElements(boxes).get(n).isSelected());
    }

    /** Chooses the option of the n-th form-js select whose label starts with the text. */
    private void select(String label, int n, String option) {
        WebElement field = browser.label(label, n).findElement(By.xpath("ancestor::*[contains(@class,'fjs-form-field')][1]"));
        WebElement group = field.findElement(By.cssSelector(".fjs-input-group"));
        browser.js("arguments[0].scrollIntoView({block: 'center'});", group);
        group.click();
        WebElement item = browser.waiting().until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(e -> e.getText().strip().equals(option)).findFirst().orElse(null));
        item.click();
        browser.waiting().until(d -> field.findElement(By.cssSelector(".fjs-select-display")).getText().strip().equals(option));
    }

    /** Waits for the one open task of that definition key (of the process) that passes the test; returns its name. */
    private String awaitTaskName(String processKey, String taskKey, java.util.function.Predicate<Task> which, String nameContains) {
        return await().atMost(ASYNC).pollInterval(Duration.ofMillis(300)).until(() -> tasks.createTaskQuery()
                        .processDefinitionKey(processKey).taskDefinitionKey(taskKey).list().stream().filter(which)
                        .map(Task::getName).filter(n -> n.contains(" – ") && n.contains(nameContains)).toList(),
                names -> names.size() == 1).get(0);
    }

    private void complete(String pi, String key, Map<String, Object> variables) throws Exception {
        String[] id = new String[1];
        await().atMost(ASYNC).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode list = api.json(api.call(RestApi.COORDINATION, HttpMethod.GET,
                    "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + key, null));
            assertThat(list).hasSize(1);
            id[0] = list.get(0).path("id").asText();
        });
        ResponseEntity<String> done = api.call(RestApi.COORDINATION, HttpMethod.POST, "/engine-rest/task/" + id[0] + "/complete",
                Map.of("variables", variables));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return api.json(response);
    }

    /** The text of the one e-mail to that address whose subject starts so (waits for it). */
    private String awaitMail(String to, String subjectStart) {
        String[] text = new String[1];
        await().atMost(ASYNC).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            List<String> found = new ArrayList<>();
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (Mailbox.subject(m).startsWith(subjectStart)
                        && Mailbox.recipients(m).stream().anyMatch(r -> r.equalsIgnoreCase(to))) {
                    found.add(body(m));
                }
            }
            assertThat(found).as("mail „" + subjectStart + "“ to " + to).hasSize(1);
            text[0] = found.get(0);
        });
        return text[0];
    }

    private static String body(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(body(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return "";
    }

    /** The path of the link in the mail that starts with the marker (the mail names the public address, not this port). */
    private static String path(String mail, String marker) {
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(marker) + "[A-Za-z0-9_.=-]+)").matcher(mail);
        assertThat(m.find()).as("link " + marker + " in " + mail).isTrue();
        return m.group(1);
    }

    /** No English word of form-js, Tasklist or an error page left in what the person reads. */
    private static void assertGerman(String text) {
        assertThat(text).doesNotContain("Select", "Search", "Field ", " must ", "Submit", "Complete", "Claim", "Start process",
                "Error", "Whitelabel", "Exception");
    }
}
