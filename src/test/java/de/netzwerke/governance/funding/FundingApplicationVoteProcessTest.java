package de.netzwerke.governance.funding;

import static de.netzwerke.governance.funding.FundingVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.meeting.AgendaItem;
import de.netzwerke.governance.meeting.AgendaItemKind;
import de.netzwerke.governance.meeting.Meeting;
import de.netzwerke.governance.meeting.MeetingService;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.Office;
import de.netzwerke.governance.register.OfficeKind;
import de.netzwerke.governance.register.OfficeRepository;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.testsupport.GovernanceSpringTest;
import de.netzwerke.governance.testsupport.HeldMeetings;
import de.netzwerke.governance.vote.DigitalVote;
import de.netzwerke.governance.vote.DigitalVoteCall;
import de.netzwerke.governance.vote.DigitalVotes;

/** Every path of bpmn/FundingApplicationVote.bpmn (SR-3, SR-7): supported, a tie rejected, a deadline too close. */
@GovernanceSpringTest
class FundingApplicationVoteProcessTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2027, 5, 3, 10, 0, 0, 0, Today.ZONE);

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    DigitalVotes votes;
    @Autowired
    FundingApplications applications;
    @Autowired
    PartnerRepository partners;
    @Autowired
    BodyRepository bodies;
    @Autowired
    OfficeRepository offices;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    GreenMail greenMail;
    @Autowired
    MeetingService meetingService;

    private static int batch;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        greenMail.purgeEmailFromAllMailboxes();
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("SR-3, SR-7: the chair drafts the statement, the Sprecher:innenrat votes 2:1 before the funder's deadline, the applicant gets statement and result")
    void supported() throws Exception {
        List<Partner> members = councilMembers(3);
        LocalDate funderDeadline = NOW.toLocalDate().plusDays(10);
        ProcessInstance pi = start("Sprachcafé für Geflüchtete", "12.500,50", funderDeadline);
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_DraftStatement");
        Task draft = task(pi);
        assertThat(draft.getName()).isEqualTo("Stellungnahme entwerfen – Förderantrag Sprachcafé für Geflüchtete, Frist "
                + "13.05.2027");
        assertThat(draft.getDescription()).contains("SR-3");
        assertThat(draft.getDueDate()).isEqualTo(Date.from(NOW.plusDays(FundingDeadline.STATEMENT_DAYS).toInstant()));
        assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys(APPLICANT_EMAIL.name(), AMOUNT.name());
        assertThat(engine.getTaskService().getVariableLocal(draft.getId(), APPLICATION_TEXT.name()).toString())
                .contains("12.500,50 €", "Kulturverein");
        assertThatThrownBy(() -> complete(draft, Map.of(STATEMENT.name(), " "))).isInstanceOf(RuleViolation.class)
                .hasMessage("Bitte „Stellungnahme“ angeben.");
        complete(draft, Map.of(STATEMENT.name(), "Der Sprecher:innenrat unterstützt das Vorhaben ausdrücklich."));

        ProcessInstance sub = subVote(pi);
        DigitalVote vote = votes.forInstance(sub.getId());
        // the vote ends at the start of the day before the funder's deadline
        assertThat(vote.getDeadline()).isEqualTo(funderDeadline.minusDays(1).atStartOfDay(Today.ZONE).toInstant());
        assertThat(vote.getQuestion()).contains("Sprachcafé", "ausdrücklich");
        runJob(sub, "ServiceTask_SendBallotLinks");
        votes.cast(vote.getId(), members.get(0).getId(), "YES", "LOGIN");
        votes.cast(vote.getId(), members.get(1).getId(), "YES", "LINK");
        votes.cast(vote.getId(), members.get(2).getId(), "NO", "LINK");
        endVote(sub, vote);

        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_NotifyApplicant");
        greenMail.purgeEmailFromAllMailboxes();
        runJob(pi, "ServiceTask_NotifyApplicant");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_Supported").hasNotPassed("EndEvent_Rejected");
        MimeMessage mail = onlyMailTo("antrag-" + batch + "@kulturverein-test.org");
        assertThat(text(mail)).contains("befürwortet den Antrag", "Ja: 2, Nein: 1", "ausdrücklich");
        FundingApplication a = applications.forInstance(pi.getId());
        assertThat(a.getStatus()).isEqualTo(FundingStatus.SUPPORTED);
        assertThat(a.getAmountCents()).isEqualTo(1_250_050L);
        assertThat(a.getVoteId()).isEqualTo(vote.getId());
    }

    @Test
    @DisplayName("SR-7: a tie (1:1) in the Sprecher:innenrat rejects; the applicant learns it with the statement")
    void tieRejects() throws Exception {
        List<Partner> members = councilMembers(2);
        ProcessInstance pi = start("Beratungsstelle im Quartier", "8000", NOW.toLocalDate().plusDays(40));
        complete(task(pi), Map.of(STATEMENT.name(), "Das Vorhaben ergänzt die Beratung im Stadtteil."));
        ProcessInstance sub = subVote(pi);
        DigitalVote vote = votes.forInstance(sub.getId());
        // a far deadline: the profile's voting period (14 days) applies
        assertThat(vote.getDeadline()).isEqualTo(NOW.plusDays(14).toInstant());
        runJob(sub, "ServiceTask_SendBallotLinks");
        votes.cast(vote.getId(), members.get(0).getId(), "YES", "LINK");
        votes.cast(vote.getId(), members.get(1).getId(), "NO", "LINK");
        endVote(sub, vote);
        greenMail.purgeEmailFromAllMailboxes();
        runJob(pi, "ServiceTask_NotifyApplicant");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("EndEvent_Supported");
        assertThat(text(onlyMailTo("antrag-" + batch + "@kulturverein-test.org")))
                .contains("befürwortet nicht", "Stimmengleichheit gilt als Ablehnung", "im Stadtteil");
        assertThat(applications.forInstance(pi.getId()).getStatus()).isEqualTo(FundingStatus.REJECTED);
        assertThat(historic(pi)).containsEntry(DigitalVoteCall.YES.name(), 1).containsEntry(DigitalVoteCall.NO.name(), 1)
                .containsEntry(DigitalVoteCall.CARRIED.name(), false);
    }

    @Test
    @DisplayName("SR-3: a funder's deadline too close for statement and vote is refused at the start in German; nothing is recorded")
    void deadlineTooClose() {
        long before = applications.recent(Network.MIGRATION_SCHWERIN).size();
        assertThatThrownBy(() -> start("Zu knapp", "500", NOW.toLocalDate().plusDays(5)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Die Frist des Fördermittelgebers (08.05.2027) ist zu knapp: Stellungnahme (3 Tage) und digitale "
                        + "Abstimmung des Sprecher:innenrats (mindestens 3 Tage) müssen bis zum Vortag abgeschlossen sein. "
                        + "Frühestmögliche Frist: 11.05.2027.");
        assertThatThrownBy(() -> start("Falscher Betrag", "zwölf", NOW.toLocalDate().plusDays(30)))
                .hasMessageContaining("Betrag in Euro als Zahl");
        assertThat(applications.recent(Network.MIGRATION_SCHWERIN)).hasSize((int) before);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list())
                .noneMatch(p -> "Zu knapp".equals(p.getBusinessKey()));
    }

    @Test
    @DisplayName("SR-3: a network without a Sprecher:innenrat takes no funding applications")
    void networkWithoutCouncil() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, application(
                Network.WILLKOMMENSKULTUR_LSA, "Messe", "900", NOW.toLocalDate().plusDays(30))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("keinen Sprecher:innenrat");
    }

    // --- at a meeting of the Sprecher:innenrat (SR-7: simple majority of the votes, a tie rejects)

    @Test
    @DisplayName("SR-3, SR-7 at a meeting: the chair chooses the council's next meeting before the deadline; the application "
            + "is a decision item there; carried → supported, the applicant learns the meeting's day and count")
    void supportedAtMeeting() throws Exception {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2037, 5, 4, 10, 0, 0, 0, Today.ZONE).toInstant()));
        Meeting meeting = planCouncilMeeting("2037-05-20T17:00");
        ProcessInstance pi = start("Lernpaten in der Weststadt", "3.000", LocalDate.of(2037, 6, 12));
        complete(task(pi), Map.of(STATEMENT.name(), "Wir befürworten die Lernpatenschaften.", VOTE_PATH.name(), "MEETING"));

        BpmnAwareTests.assertThat(pi).isWaitingAt("ReceiveTask_CouncilDecides").hasNotPassed("CallActivity_CouncilVote");
        FundingApplication a = applications.forInstance(pi.getId());
        assertThat(a.getMeetingId()).isEqualTo(meeting.getId());
        AgendaItem item = tx.execute(st -> meetingService.agenda(meetingService.meeting(meeting.getId()))).get(0);
        assertThat(item.getKind()).isEqualTo(AgendaItemKind.DECISION);
        assertThat(item.getTitle()).startsWith("Stellungnahme zum Förderantrag „Lernpaten in der Weststadt“");

        int present = holdAndDecide(meeting.getId(), -1, 0);
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_NotifyApplicant").hasPassed("ServiceTask_TakeOverMeetingResult");
        greenMail.purgeEmailFromAllMailboxes();
        runJob(pi, "ServiceTask_NotifyApplicant");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_Supported");
        assertThat(text(onlyMailTo("antrag-" + batch + "@kulturverein-test.org"))).contains(
                "in der Sitzung des Sprecher:innenrats am 20.05.2037 über Ihren Förderantrag abgestimmt",
                "befürwortet den Antrag", "Ja: " + present + ", Nein: 0");
        a = applications.forInstance(pi.getId());
        assertThat(a.getStatus()).isEqualTo(FundingStatus.SUPPORTED);
        assertThat(a.getVoteId()).isNull();
    }

    @Test
    @DisplayName("SR-7 at a meeting: without a council meeting planned before the deadline the statement is refused in German; the task stays")
    void atMeetingWithoutMeetingRefused() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2038, 5, 4, 10, 0, 0, 0, Today.ZONE).toInstant()));
        ProcessInstance pi = start("Ohne Sitzung", "900", LocalDate.of(2038, 6, 12));
        Task draft = task(pi);
        assertThatThrownBy(() -> complete(draft, Map.of(STATEMENT.name(), "Text", VOTE_PATH.name(), "MEETING")))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("Vor dem 11.06.2038 ist keine Sitzung von „")
                .hasMessageEndingWith("“ geplant. Bitte planen Sie zuerst eine Sitzung, oder lassen Sie digital abstimmen.");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_DraftStatement");
        assertThat(applications.forInstance(pi.getId()).getStatus()).isEqualTo(FundingStatus.RECEIVED);
    }

    @Test
    @DisplayName("SR-7: the council's meeting is cancelled → the coordination lets it vote digitally → a 1:1 tie rejects")
    void meetingCancelledThenDigital() throws Exception {
        List<Partner> members = councilMembers(2);
        planCouncilMeeting("2027-05-20T17:00");
        ProcessInstance pi = start("Nachhilfe digital", "1.200", NOW.toLocalDate().plusDays(40));
        complete(task(pi), Map.of(STATEMENT.name(), "Wir sind gespalten.", VOTE_PATH.name(), "MEETING"));
        Long meetingId = applications.forInstance(pi.getId()).getMeetingId();
        tx.executeWithoutResult(st -> meetingService.cancel(meetingService.meeting(meetingId)));

        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RescheduleVote");
        Task reschedule = task(pi);
        assertThat(reschedule.getName()).startsWith("Abstimmung neu ansetzen – Förderantrag Nachhilfe digital, Sitzung des "
                + "Sprecher:innenrats am ").endsWith(" abgesagt");
        complete(reschedule, Map.of(RESCHEDULE.name(), "DIGITAL"));
        ProcessInstance sub = subVote(pi);
        assertThat(applications.forInstance(pi.getId()).isVotedAtMeeting()).isFalse();
        DigitalVote vote = votes.forInstance(sub.getId());
        runJob(sub, "ServiceTask_SendBallotLinks");
        votes.cast(vote.getId(), members.get(0).getId(), "YES", "LINK");
        votes.cast(vote.getId(), members.get(1).getId(), "NO", "LINK");
        endVote(sub, vote);
        runJob(pi, "ServiceTask_NotifyApplicant");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_Rejected", "ServiceTask_VoteDigitally");
    }

    @Test
    @DisplayName("SR-7: the council's meeting is cancelled → another meeting before the deadline (refused while none is planned) → a tie there rejects")
    void meetingCancelledThenAnotherMeeting() throws Exception {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2040, 5, 4, 10, 0, 0, 0, Today.ZONE).toInstant()));
        Meeting first = planCouncilMeeting("2040-05-15T17:00");
        ProcessInstance pi = start("Zweiter Anlauf", "2.000", LocalDate.of(2040, 6, 12));
        complete(task(pi), Map.of(STATEMENT.name(), "Zur Diskussion.", VOTE_PATH.name(), "MEETING"));
        tx.executeWithoutResult(st -> meetingService.cancel(meetingService.meeting(first.getId())));
        Task reschedule = task(pi);
        assertThatThrownBy(() -> complete(reschedule, Map.of(RESCHEDULE.name(), "MEETING"))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("keine Sitzung");
        Meeting second = planCouncilMeeting("2040-06-01T17:00");
        complete(task(pi), Map.of(RESCHEDULE.name(), "MEETING"));
        BpmnAwareTests.assertThat(pi).isWaitingAt("ReceiveTask_CouncilDecides");
        assertThat(applications.forInstance(pi.getId()).getMeetingId()).isEqualTo(second.getId());
        holdAndDecide(second.getId(), 1, 1);
        runJob(pi, "ServiceTask_NotifyApplicant");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_Rejected");
        assertThat(applications.forInstance(pi.getId()).getStatus()).isEqualTo(FundingStatus.REJECTED);
    }

    Meeting planCouncilMeeting(String startsAt) {
        Body council = bodies.findFirstByNetworkIdAndKind(Network.MIGRATION_SCHWERIN, BodyKind.SPEAKERS_COUNCIL).orElseThrow();
        return new HeldMeetings(tx, meetingService).plan(council.getId(), "Ratssitzung " + startsAt, startsAt);
    }

    /** Every invitee of the council's meeting present; returns how many. */
    int holdAndDecide(Long meetingId, int yes, int no) {
        return new HeldMeetings(tx, meetingService).holdAndDecide(meetingId, null, yes, no, 0);
    }

    ProcessInstance start(String title, String amount, LocalDate deadline) {
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, application(Network.MIGRATION_SCHWERIN, title, amount, deadline));
    }

    static Map<String, Object> application(String networkId, String title, String amount, LocalDate deadline) {
        Map<String, Object> v = new HashMap<>();
        v.put(NETWORK_ID.name(), networkId);
        v.put(ORGANISATION.name(), "Kulturverein Schwerin e. V.");
        v.put(PROGRAMME.name(), "Integrationsfonds MV");
        v.put(TITLE.name(), title);
        v.put(AMOUNT.name(), amount);
        v.put(FUNDER_DEADLINE.name(), deadline.toString());
        v.put(ATTACHMENT_LINK.name(), "https://cloud.example.org/antrag");
        v.put(APPLICANT_EMAIL.name(), "antrag-" + batch + "@kulturverein-test.org");
        return v;
    }

    ProcessInstance subVote(ProcessInstance pi) {
        ProcessInstance sub = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        assertThat(sub).as("the DigitalVote called").isNotNull();
        assertThat(sub.getProcessDefinitionId()).startsWith(DigitalVoteCall.PROCESS_KEY + ":");
        return sub;
    }

    /** The deadline passes (one seat of the test has not voted, so the vote does not end early) and it is counted. */
    void endVote(ProcessInstance sub, DigitalVote vote) {
        ClockUtil.setCurrentTime(Date.from(vote.getDeadline().plusSeconds(1)));
        runJob(sub, "BoundaryEvent_VotingEnds");
        runJob(sub, "ServiceTask_CountVotes");
        BpmnAwareTests.assertThat(sub).isEnded();
    }

    void runJob(ProcessInstance pi, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
        assertThat(job).as("job of " + activityId).isNotNull();
        managementService.executeJob(job.getId());
    }

    MimeMessage onlyMailTo(String address) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                to.add(m);
            }
        }
        assertThat(to).hasSize(1);
        return to.get(0);
    }

    static String text(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }

    Map<String, Object> historic(ProcessInstance pi) {
        Map<String, Object> values = new HashMap<>();
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
                .forEach(v -> values.put(v.getName(), v.getValue()));
        return values;
    }

    /** Members of the Sprecher:innenrat for {@code voters} new tables, and one more table whose member never votes. */
    List<Partner> councilMembers(int voters) {
        int n = ++batch;
        return tx.execute(s -> {
            List<Partner> list = new ArrayList<>();
            for (int i = 1; i <= voters + 1; i++) {
                Partner p = partners.save(new Partner(Network.MIGRATION_SCHWERIN, "Rat " + n + "-" + i,
                        "fa" + n + "-" + i + "@example.org", null, LocalDate.of(2026, 1, 15)));
                Body table = bodies.save(new Body(Network.MIGRATION_SCHWERIN, BodyKind.WORKING_TABLE,
                        "Arbeitstisch Förder-Test " + n + "-" + i, "Test", null, LocalDate.of(2026, 1, 1)));
                offices.save(new Office(table.getId(), p, OfficeKind.SPEAKERS_COUNCIL_MEMBER, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2028, 1, 1)));
                list.add(p);
            }
            return list;
        });
    }
}
