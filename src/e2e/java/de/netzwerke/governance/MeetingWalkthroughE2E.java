package de.netzwerke.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import de.netzwerke.governance.meeting.MeetingRecords;
import de.netzwerke.governance.meeting.MeetingVariables;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.Organisation;
import de.netzwerke.governance.register.OrganisationRepository;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.Mailbox;
import de.netzwerke.governance.testsupport.TasklistBrowser;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * T-1…T-4, SR-7 (issue 10): the Fachstelle runs a Tagung from plan to protocol in the real Tasklist, with the
 * Sprecher:innenrat co-preparing — plan through the start form, agenda, co-preparation, invitations (GreenMail),
 * attendance, a decision (an impossible count refused first), the result protocol — and sees it in the Übersicht;
 * headless Chromium at 1366×768, a screenshot per step under {@code target/meeting-walkthrough/}.
 *
 * <p>Only the passing of time is not a person's doing: the test makes the instance's reminder and start timers due
 * (nothing else of the shared engine moves). It shares its Spring context with the ITs, so it works with data no
 * other test uses: a Tagung on 13.03.2029 with a title and four partners of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class MeetingWalkthroughE2E {

    private static final String FACHSTELLE = TasklistBrowser.FACHSTELLE_FILTER;
    private static final String SPRECHERINNENRAT = "Aufgaben: Sprecher:innenrat";
    private static final String TAGUNG_BODY = "Tagung des Netzwerks Migration";
    private static final String TITLE = "Frühjahrstagung: Ankommen im Quartier";
    private static final String SUBJECT = "Tagung am 13.03.2029";
    private static final String DECISION = "Jahresschwerpunkt Wohnen";
    /** Partners of this walkthrough only: name, e-mail, organisation. */
    private static final List<String[]> GUESTS = List.of(
            new String[] {"Mira Lankow", "m.lankow@example.org", "Stadtteilzentrum Lankow"},
            new String[] {"Jonas Weststadt", "j.weststadt@example.org", "Interkultureller Garten Weststadt"},
            new String[] {"Aylin Muess", "a.muess@example.org", "Elternverein Mueßer Holz"},
            new String[] {"Piotr Neumühle", "p.neumuehle@example.org", "Sportbund Neumühle"});

    @LocalServerPort
    int port;
    @Autowired
    GreenMail greenMail;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    MeetingRecords records;
    @Autowired
    PartnerRepository partners;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    TransactionTemplate tx;

    private TasklistBrowser tasklist;

    @BeforeEach
    void openBrowser() {
        tasklist = TasklistBrowser.open(port, "meeting-walkthrough");
    }

    @AfterEach
    void closeBrowser() {
        if (tasklist != null) {
            tasklist.close();
        }
    }

    @Test
    @DisplayName("T-1…T-4, SR-7: the Fachstelle plans a Tagung, the Sprecher:innenrat co-prepares, invitations go out, attendance, "
            + "a decision and the protocol are recorded — all through the German forms in Tasklist")
    void tagungFromPlanToProtocolInTasklist() throws Exception {
        tx.executeWithoutResult(s -> GUESTS.forEach(g -> partners.save(new Partner(Network.MIGRATION_SCHWERIN, g[0], g[1],
                organisations.save(new Organisation(Network.MIGRATION_SCHWERIN, g[2])), LocalDate.of(2025, 5, 1)))));

        // the Fachstelle finds the Tagung's number in the Übersicht
        tasklist.login("koordination");
        tasklist.openOverview(Network.MIGRATION_SCHWERIN);
        WebElement tagung = tasklist.overviewBody(TAGUNG_BODY);
        tasklist.js("arguments[0].scrollIntoView({block: 'start'});", tagung);
        String number = tagung.findElement(By.cssSelector("h3 small")).getText().replace("Nr.", "").strip();
        assertThat(tagung.getText()).contains("Sitzungen", "Sitzungshäufigkeit: " + TAGUNG_BODY, "(T-1)");
        tasklist.screenshot("overview-tagung");

        // plan (start form meeting-plan)
        tasklist.openTasklist();
        tasklist.startProcess("Sitzung einberufen");
        tasklist.field("Nummer des Gremiums", 0).sendKeys(number);
        tasklist.field("Titel", 0).sendKeys(TITLE);
        enterDateTime(0, 13, 3, 2029, "10:00");
        enterDateTime(1, 13, 3, 2029, "16:00");
        tasklist.field("Ort oder Link", 0).sendKeys("Stadthaus Schwerin, Am Packhof 2–6, Saal 2");
        // the start form may still be settling while the first fields are typed: what it dropped is typed again
        typeIfEmpty("Nummer des Gremiums", number);
        typeIfEmpty("Titel", TITLE);
        assertGerman(tasklist.pageText());
        tasklist.js("arguments[0].scrollIntoView({block: 'end'});", tasklist.driver().findElement(By.cssSelector(".modal-footer")));
        tasklist.screenshot("plan");
        tasklist.submitStartForm();

        // the Fachstelle prepares the agenda
        tasklist.openTask(FACHSTELLE, "Tagesordnung vorbereiten", SUBJECT);
        assertThat(tasklist.taskNames()).contains("Tagesordnung vorbereiten – " + SUBJECT);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Tagung", "Gremium: " + TAGUNG_BODY,
                "Termin: 13.03.2029, 10:00 Uhr bis 16:00 Uhr");
        tasklist.field("Punkt 1", 0).sendKeys("Begrüßung und Bericht der Fachstelle");
        select("Art", 0, "Information");
        tasklist.field("Punkt 2", 0).sendKeys(DECISION);
        select("Art", 1, "Beschluss (einfache Mehrheit)");
        assertGerman(tasklist.formText());
        tasklist.screenshot("agenda");
        tasklist.complete();

        // T-2: the Sprecher:innenrat adds an item and approves; the Fachstelle does not see its task
        assertThat(tasklist.taskNames()).noneMatch(n -> n.startsWith("Tagesordnung mitvorbereiten"));
        tasklist.switchUser("sprecherin");
        tasklist.openTask(SPRECHERINNENRAT, "Tagesordnung mitvorbereiten", SUBJECT);
        assertThat(tasklist.taskNames()).contains("Tagesordnung mitvorbereiten – " + SUBJECT);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Tagesordnung bisher: Begrüßung und Bericht der Fachstelle (Information) "
                + DECISION + " (Beschluss");
        tasklist.field("Punkt 1", 0).sendKeys("Bericht des Sprecher:innenrats");
        select("Art", 0, "Information");
        tasklist.choose("gebilligt");
        assertGerman(tasklist.formText());
        tasklist.screenshot("co-prepare");
        tasklist.complete();

        // invitations by e-mail to every active partner, these four among them
        Mailbox mailbox = new Mailbox(greenMail);
        List<String> guests = GUESTS.stream().map(g -> g[1]).toList();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(mailbox.recipientsOf(m -> m.getSubject().startsWith("Einladung: " + SUBJECT))).containsAll(guests));

        // the days pass: the reminder goes out and the Tagung begins (the instance's own timers become due)
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(MeetingVariables.PROCESS_KEY)
                .processInstanceBusinessKeyLike("%" + TITLE).singleResult().getId();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            management.createJobQuery().processInstanceId(instance).timers().list()
                    .forEach(j -> management.setJobDuedate(j.getId(), new Date(ClockUtil.getCurrentTime().getTime() - 1000)));
            return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_RecordAttendance").count() == 1;
        });

        // attendance: three present, one excused, everybody else unexcused
        tasklist.switchUser("koordination");
        tasklist.openTask(FACHSTELLE, "Anwesenheit erfassen", SUBJECT);
        assertThat(tasklist.taskNames()).contains("Anwesenheit erfassen – " + SUBJECT);
        tasklist.claim();
        for (int i = 0; i < 3; i++) {
            tick("Anwesend", GUESTS.get(i)[0] + " (" + GUESTS.get(i)[2] + ")");
        }
        tick("Entschuldigt", GUESTS.get(3)[0] + " (" + GUESTS.get(3)[2] + ")");
        assertGerman(tasklist.formText());
        tasklist.screenshot("attendance");
        tasklist.complete();

        // decisions: an impossible count is refused next to the button, in German; then 2:1 carried
        tasklist.openTask(FACHSTELLE, "Beschlüsse erfassen", SUBJECT);
        assertThat(tasklist.taskNames()).contains("Beschlüsse erfassen – " + SUBJECT);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Anwesend: 3", "2. " + DECISION + " – einfache Mehrheit (SR-7, T-3)");
        // more yes votes than present: the form itself says so and keeps the button grey
        tasklist.field("Ja", 0).sendKeys("4");
        tasklist.field("Nein", 0).sendKeys("0");
        tasklist.field("Enthaltungen", 0).sendKeys("0");
        assertThat(tasklist.fieldErrors("Ja", 0)).isEqualTo("Der Wert darf höchstens 3 sein.");
        assertThat(tasklist.completeButton().isEnabled()).isFalse();
        tasklist.screenshot("decisions-too-many-yes");
        // each count possible, together more than present: refused by the rule, next to the button
        tasklist.field("Ja", 0).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        tasklist.field("Nein", 0).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        tasklist.waiting().until(d -> tasklist.completeButton().isEnabled());
        tasklist.clickComplete();
        assertThat(tasklist.refusal()).contains(DECISION).doesNotContain("Exception", "Cannot", tasklist.currentTaskId());
        tasklist.assertNextToTheButton(By.cssSelector(".governance-refusal"));
        tasklist.screenshot("decisions-refused");
        tasklist.field("Nein", 0).sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
        tasklist.screenshot("decisions");
        tasklist.complete();

        // the result protocol: decisions and participant list filled in by the system, the text by the Fachstelle
        tasklist.openTask(FACHSTELLE, "Ergebnisprotokoll schreiben", SUBJECT);
        assertThat(tasklist.taskNames()).contains("Ergebnisprotokoll schreiben – " + SUBJECT);
        tasklist.claim();
        assertThat(tasklist.formText()).contains(DECISION + ": angenommen (Ja 2, Nein 1, Enthaltungen 0, anwesend 3",
                "Anwesend (3): ", GUESTS.get(0)[0], "Entschuldigt (1): " + GUESTS.get(3)[0]);
        tasklist.field("Protokolltext", 0).sendKeys("Die Tagung beschließt den Jahresschwerpunkt Wohnen. "
                + "Die Arbeitstische berichten auf der Herbsttagung.");
        assertGerman(tasklist.formText());
        tasklist.screenshot("protocol");
        tasklist.complete();

        // T-4, SR-6: the protocol goes to every partner; the objection period (ProtocolObjection) runs
        Long meetingId = (Long) history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(MeetingVariables.MEETING_ID.name()).singleResult().getValue();
        await().atMost(Duration.ofSeconds(30)).until(() -> records.protocolVersions(meetingId).stream()
                .anyMatch(p -> p.sentAt() != null));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance)
                .activityIdIn("CallActivity_ProtocolObjection").count()).isOne();
        assertThat(records.protocolVersions(meetingId)).singleElement().satisfies(p -> assertThat(p.version()).isEqualTo(1));

        // the Übersicht shows the Tagung with its state on its body
        tasklist.openOverview(Network.MIGRATION_SCHWERIN);
        WebElement body = tasklist.overviewBody(TAGUNG_BODY);
        tasklist.js("arguments[0].scrollIntoView({block: 'start'});", body);
        assertThat(body.getText()).contains(SUBJECT + ": " + TITLE + " (" + TAGUNG_BODY + ") – Protokoll versandt");
        assertThat(tasklist.overviewRow(SUBJECT)).contains("Eingeladen", "anwesend 3, entschuldigt 1")
                .doesNotContain(GUESTS.get(0)[0]);
        tasklist.screenshot("overview-protocol-sent");
        assertGerman(tasklist.pageText());
    }

    private void typeIfEmpty(String label, String text) {
        WebElement field = tasklist.field(label, 0);
        if (field.getAttribute("value") == null || field.getAttribute("value").isEmpty()) {
            field.sendKeys(text);
        }
        assertThat(tasklist.field(label, 0).getAttribute("value")).isEqualTo(text);
    }

    /** The n-th date-and-time field of the form: the date as the browser's locale writes it, then the time. */
    private void enterDateTime(int n, int day, int month, int year, String time) {
        WebElement date = tasklist.field(n == 0 ? "Beginn (Datum)" : "Ende (Datum)", 0);
        String pattern = date.getAttribute("placeholder").toLowerCase();
        String text = pattern.replace("dd", "%02d".formatted(day)).replace("mm", "%02d".formatted(month))
                .replace("yyyy", String.valueOf(year));
        date.sendKeys(text, Keys.ENTER);
        WebElement clock = tasklist.field("Uhrzeit", n);
        clock.sendKeys(time, Keys.ENTER);
        tasklist.label("Titel", 0).click();
    }

    /** Chooses the option of the n-th form-js select whose label starts with the text. */
    private void select(String label, int n, String option) {
        WebElement field = tasklist.label(label, n).findElement(By.xpath("ancestor::*[contains(@class,'fjs-form-field')][1]"));
        WebElement group = field.findElement(By.cssSelector(".fjs-input-group"));
        tasklist.js("arguments[0].scrollIntoView({block: 'center'});", group);
        group.click();
        WebElement item = tasklist.waiting().until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(e -> e.getText().strip().equals(option)).findFirst().orElse(null));
        item.click();
        tasklist.waiting().until(d -> field.findElement(By.cssSelector(".fjs-select-display")).getText().strip().equals(option));
    }

    /** Ticks the entry of the checklist (whose heading starts with the text) that is labelled with the partner. */
    private void tick(String checklist, String entry) {
        WebElement list = tasklist.waiting().until(d -> d.findElements(By.xpath("//*[contains(@class,'fjs-form-field-checklist')]"
                + "[.//label[starts-with(normalize-space(.), '" + checklist + "')]]")).stream().findFirst().orElse(null));
        WebElement option = list.findElements(By.xpath(".//label[normalize-space(.)='" + entry + "']")).stream().findFirst()
                .orElseThrow(() -> new AssertionError(entry + " not in " + checklist + ": " + list.getText()));
        tasklist.js("arguments[0].scrollIntoView({block: 'center'});", option);
        option.click();
        tasklist.waiting().until(d -> option.findElement(By.cssSelector("input[type=checkbox]")).isSelected());
    }

    /** No English word of form-js or Tasklist left in what the person reads. */
    private static void assertGerman(String text) {
        assertThat(text).doesNotContain("Select", "Search", "Field ", " must ", "Submit", "Complete", "Claim", "Start process");
    }
}
