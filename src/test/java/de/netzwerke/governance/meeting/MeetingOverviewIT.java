package de.netzwerke.governance.meeting;

import static de.netzwerke.governance.testsupport.RestApi.COORDINATION;
import static de.netzwerke.governance.testsupport.RestApi.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.Organisation;
import de.netzwerke.governance.register.OrganisationRepository;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * The meetings in the Übersicht over HTTP (issue 10 „Where it shows“): each body's upcoming and past meetings with
 * their state and the year's count against its frequency rule, on the page and on the body under „Sitzungen“; no
 * names of people. The engine's clock stands at 1 October 2025 (backwards, so no timer becomes due), and the test
 * works on two working tables of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class MeetingOverviewIT {

    private static final String PAGE = "/uebersicht/" + Network.MIGRATION_SCHWERIN;
    private static final ZonedDateTime ON = ZonedDateTime.of(2025, 10, 1, 9, 0, 0, 0, Today.ZONE);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Bodies bodies;
    @Autowired
    BodyRepository bodyRepository;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    AttendanceRepository attendance;
    @Autowired
    PartnerRepository partners;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void setClock() {
        ClockUtil.setCurrentTime(Date.from(ON.toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("T-1, SR-4, AT-1: the Übersicht lists each body's upcoming and past meetings with their state and the year's "
            + "count against its rule, on the page and on the body, without names of people")
    void meetingsAndFrequencyPerBody() {
        Body behind = newWorkingTable("Sitzungsübersicht Rückstand");
        Body onTrack = newWorkingTable("Sitzungsübersicht im Plan");
        List<Partner> people = partners("Paula Sitzungsübersicht", "Paul Sitzungsübersicht", "Petra Sitzungsübersicht");

        // behind: one held meeting with its protocol sent (3 invited: 2 present, 1 unexcused), one cancelled
        Meeting spring = meeting(behind, "Frühjahrstreffen Übersicht", 2025, 3, 12, m -> {
            m.invited(ON.minusMonths(7).toInstant());
            m.held();
            m.protocolWritten();
            m.protocolSent();
        });
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < people.size(); i++) {
                Attendance a = new Attendance(spring.getId(), people.get(i).getId());
                a.invited(ON.minusMonths(7).toInstant());
                a.record(i < 2 ? AttendanceStatus.PRESENT : AttendanceStatus.UNEXCUSED);
                attendance.save(a);
            }
        });
        meeting(behind, "Abgesagtes Treffen Übersicht", 2025, 10, 20, m -> m.cancel(ON.toInstant()));
        // on track: held in June, invited for November, planned for December
        meeting(onTrack, "Sommertreffen Übersicht", 2025, 6, 5, Meeting::held);
        meeting(onTrack, "Herbsttreffen Übersicht", 2025, 11, 12, m -> m.invited(ON.toInstant()));
        meeting(onTrack, "Jahresabschluss Übersicht", 2025, 12, 3, m -> { });

        for (String user : List.of(COORDINATION, PARTNER)) {
            String html = page(user);
            String section = section(html, MeetingOverview.TITLE);

            assertThat(row(section, "Sitzungshäufigkeit", behind.getName()))
                    .contains("2025: 1 von mindestens 2 Sitzungen (AT-1) – im Rückstand", "AT-1: Vorgesehen sind mindestens 2");
            assertThat(row(section, "Arbeitstischtreffen am 12.03.2025", "Frühjahrstreffen Übersicht"))
                    .contains("Protokoll versandt", "12.03.2025, 10:00 Uhr bis 16:00 Uhr, Rathaus Schwerin",
                            "Eingeladen 3, anwesend 2, entschuldigt 0, unentschuldigt 1");
            assertThat(row(section, "Arbeitstischtreffen am 20.10.2025", "Abgesagtes Treffen Übersicht")).contains("abgesagt");
            assertThat(row(section, "Sitzungshäufigkeit", onTrack.getName()))
                    .as("held and planned count, cancelled ones do not")
                    .contains("2025: 3 von mindestens 2 Sitzungen (AT-1) – im Plan");
            assertThat(row(section, "Arbeitstischtreffen am 05.06.2025", "Sommertreffen Übersicht")).contains("abgehalten");
            assertThat(row(section, "Arbeitstischtreffen am 12.11.2025", "Herbsttreffen Übersicht")).contains("eingeladen");
            assertThat(row(section, "Arbeitstischtreffen am 03.12.2025", "Jahresabschluss Übersicht")).contains("geplant");
            assertThat(row(section, "Sitzungshäufigkeit", "Sprecher:innenrat"))
                    .containsPattern("2025: \\d+ von mindestens 4 Sitzungen \\(SR-4\\)");

            String body = body(html, onTrack.getId());
            assertThat(body).contains("<h4>Sitzungen</h4>",
                    "Sitzungshäufigkeit: " + onTrack.getName() + " – 2025: 3 von mindestens 2 Sitzungen (AT-1) – im Plan",
                    "Arbeitstischtreffen am 12.11.2025: Herbsttreffen Übersicht (" + onTrack.getName() + ") – eingeladen")
                    .as("meetings are no open procedures").doesNotContain("Offene Vorgänge");
            assertThat(body.indexOf("12.11.2025")).as("upcoming first, soonest first, then the past")
                    .isLessThan(body.indexOf("03.12.2025"));
            assertThat(body.indexOf("03.12.2025")).isLessThan(body.indexOf("05.06.2025"));
            assertThat(body(html, behind.getId())).contains("– Protokoll versandt", "– abgesagt")
                    .doesNotContain("Sommertreffen Übersicht");
            assertThat(section).as("attendance as counts, never names").doesNotContain("Sitzungsübersicht (");
            assertThat(section).doesNotContain("Paula Sitzungsübersicht", "Paul Sitzungsübersicht", "Petra Sitzungsübersicht");
        }
    }

    private Body newWorkingTable(String topic) {
        return tx.execute(status -> bodies.createWorkingTable(Network.MIGRATION_SCHWERIN, topic, "Für den Test der Sitzungsübersicht",
                "Teilhabe", GovernanceGroups.WORKING_TABLE_PREFIX));
    }

    private List<Partner> partners(String... names) {
        return tx.execute(s -> {
            Organisation org = organisations.save(new Organisation(Network.MIGRATION_SCHWERIN, "Sitzungsübersicht e.V."));
            return java.util.Arrays.stream(names).map(n -> partners.save(new Partner(Network.MIGRATION_SCHWERIN, n,
                    n.toLowerCase().replace(' ', '.').replace("ü", "ue") + "@example.org", org, LocalDate.of(2024, 1, 15)))).toList();
        });
    }

    private Meeting meeting(Body body, String title, int year, int month, int day, Consumer<Meeting> state) {
        return tx.execute(s -> {
            Meeting m = new Meeting(Network.MIGRATION_SCHWERIN, body.getId(), MeetingKind.WORKING_TABLE_MEETING, title,
                    ZonedDateTime.of(year, month, day, 10, 0, 0, 0, Today.ZONE).toInstant(),
                    ZonedDateTime.of(year, month, day, 16, 0, 0, 0, Today.ZONE).toInstant(), "Rathaus Schwerin, Raum 2",
                    false, null, ON.minusMonths(9).toInstant());
            state.accept(m);
            return meetings.save(m);
        });
    }

    private String page(String user) {
        ResponseEntity<String> page = rest.withBasicAuth(user, user).getForEntity(PAGE, String.class);
        assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    private static String section(String html, String title) {
        Matcher section = Pattern.compile("<section[^>]*>\\s*<h2>" + Pattern.quote(title) + "</h2>.*?</section>", Pattern.DOTALL)
                .matcher(html);
        assertThat(section.find()).as("section " + title).isTrue();
        return section.group();
    }

    /** The table row that has both texts. */
    private static String row(String html, String first, String second) {
        Matcher row = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*" + Pattern.quote(first) + "(?:(?!</tr>).)*"
                + Pattern.quote(second) + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("a row with " + first + " and " + second).isTrue();
        return row.group();
    }

    private static String body(String html, long bodyId) {
        Matcher body = Pattern.compile("<article[^>]*id=\"gremium-" + bodyId + "\".*?</article>", Pattern.DOTALL).matcher(html);
        assertThat(body.find()).as("body " + bodyId).isTrue();
        return body.group();
    }
}
