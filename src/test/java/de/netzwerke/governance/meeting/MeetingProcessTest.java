package de.netzwerke.governance.meeting;

import static de.netzwerke.governance.meeting.MeetingVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

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
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.GovernanceSpringTest;
import de.netzwerke.governance.testsupport.Mailbox;

/** Every path of bpmn/Meeting.bpmn and bpmn/MeetingFrequencyCheck.bpmn (T-1…T-4, SR-4, SR-6, SR-7, AT-1, W-2, W-3, W-5). */
@GovernanceSpringTest
class MeetingProcessTest {

    private static final ZonedDateTime TODAY = ZonedDateTime.of(2027, 2, 1, 9, 0, 0, 0, Today.ZONE);

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    GreenMail greenMail;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    BodyRepository bodies;
    @Autowired
    PartnerRepository partners;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    MeetingRepository meetingRepository;
    @Autowired
    AgendaItemRepository agendaItems;
    @Autowired
    AttendanceRepository attendance;
    @Autowired
    ProtocolRepository protocols;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeetingRecords records;

    private static int groups;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        greenMail.purgeEmailFromAllMailboxes();
        ClockUtil.setCurrentTime(Date.from(TODAY.toInstant()));
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    @DisplayName("T-1, T-2, T-3, G-1: a Tagung prepared with the Sprecher:innenrat, invited with .ics, reminded, one excused, held, decided and recorded")
    void tagungFromPlanToProtocol() throws Exception {
        List<Partner> people = partnersOfNetwork(9);
        Partner removed = partnersOfNetwork(1).get(0);
        jdbc.update("update partner set status = 'REMOVED', removed_on = ? where id = ?", LocalDate.of(2027, 1, 10), removed.getId());
        Body tagung = body(Network.MIGRATION_SCHWERIN, BodyKind.PLENARY);

        identityService.setAuthentication("koordination-test", List.of(GovernanceGroups.FACHSTELLE));
        ProcessInstance pi = start(tagung, "Frühjahrstagung", "2027-03-12T10:00", "2027-03-12T16:00");
        identityService.clearAuthentication();
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_PrepareAgenda").variables()
                .containsEntry(MEETING_KIND.name(), "TAGUNG").containsEntry(CO_PREPARED.name(), true)
                .containsEntry(RECORDED_AFTER.name(), false);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
                .contains("Tagung am 12.03.2027", "Frühjahrstagung");
        assertThat(task().getName()).isEqualTo("Tagesordnung vorbereiten – Tagung am 12.03.2027");
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(GovernanceGroups.FACHSTELLE);
        assertThat(task().getDescription()).contains("SR-7");

        complete(task(), Map.of(itemTitle(1).name(), "Begrüßung", itemKind(1).name(), "INFORMATION",
                itemTitle(2).name(), "Förderschwerpunkt 2027", itemKind(2).name(), "DECISION",
                itemTitle(3).name(), "Änderung § 3 der Geschäftsordnung", itemKind(3).name(), "RULES_CHANGE"));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_CoPrepareAgenda");
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(GovernanceGroups.SPRECHERINNENRAT);
        assertThat(task().getDueDate()).isEqualTo(Date.from(ZonedDateTime.of(2027, 2, 26, 10, 0, 0, 0, Today.ZONE).toInstant()));
        assertThat((String) shown().get(AGENDA_TEXT.name())).contains("1. Begrüßung (Information)", "2. Förderschwerpunkt 2027 (Beschluss)");
        // T-2: approval is required
        assertThatThrownBy(() -> complete(task(), Map.of(AGENDA_APPROVED.name(), false)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("billigen");
        complete(task(), Map.of(itemTitle(1).name(), "Bericht aus den Arbeitstischen", itemKind(1).name(), "DISCUSSION",
                AGENDA_APPROVED.name(), true));
        Meeting meeting = meetingOf(pi);
        assertThat(agendaItems.findByMeetingIdOrderByPosition(meeting.getId())).extracting(AgendaItem::getTitle)
                .containsExactly("Begrüßung", "Förderschwerpunkt 2027", "Änderung § 3 der Geschäftsordnung", "Bericht aus den Arbeitstischen");

        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_SendInvitations");
        execute(job());
        List<String> invited = new Mailbox(greenMail).recipientsOf(m -> m.getSubject().startsWith("Einladung: Tagung am 12.03.2027"));
        assertThat(invited).containsAll(people.stream().map(Partner::getEmail).toList()).doesNotContain(removed.getEmail());
        MimeMessage invitation = greenMail.getReceivedMessages()[0];
        VEvent event = parseIcs(invitation);
        assertThat(value(event, "SUMMARY")).isEqualTo("Tagung: Frühjahrstagung");
        assertThat(value(event, "DTSTART")).isEqualTo("20270312T090000Z");
        assertThat(attendance.findByMeetingIdAndPartnerId(meeting.getId(), people.get(0).getId()).orElseThrow().getInvitedAt())
                .isEqualTo(TODAY.toInstant());
        assertThat(attendance.findByMeetingIdAndPartnerId(meeting.getId(), removed.getId())).isEmpty();
        BpmnAwareTests.assertThat(pi).isWaitingAt("TimerEvent_ReminderDue").variables()
                .containsEntry(MEETING_STATE.name(), "INVITED").containsEntry(REMINDER_AHEAD.name(), true);

        // an excuse by message before the meeting
        runtimeService.createMessageCorrelation(MESSAGE_ABSENCE_EXCUSED).processInstanceId(pi.getId())
                .setVariable(PARTNER_ID.name(), people.get(8).getId()).correlate();
        assertThat(attendance.findByMeetingIdAndPartnerId(meeting.getId(), people.get(8).getId()).orElseThrow().getStatus())
                .isEqualTo(AttendanceStatus.EXCUSED);

        greenMail.purgeEmailFromAllMailboxes();
        ClockUtil.setCurrentTime(job("TimerEvent_ReminderDue").getDuedate());
        assertThat(job("TimerEvent_ReminderDue").getDuedate()).isEqualTo(Date.from(ZonedDateTime.of(2027, 3, 9, 10, 0, 0, 0, Today.ZONE).toInstant()));
        execute(job("TimerEvent_ReminderDue"));
        execute(job());
        List<String> reminded = new Mailbox(greenMail).recipientsOf(m -> m.getSubject().startsWith("Erinnerung:"));
        assertThat(reminded).contains(people.get(0).getEmail()).doesNotContain(people.get(8).getEmail(), removed.getEmail());

        ClockUtil.setCurrentTime(job("TimerEvent_MeetingStarts").getDuedate());
        execute(job("TimerEvent_MeetingStarts"));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordAttendance");
        assertThat(task().getName()).isEqualTo("Anwesenheit erfassen – Tagung am 12.03.2027");
        assertThat((String) shown().get(EXCUSED_TEXT.name())).contains(people.get(8).getName());
        complete(task(), Map.of(PRESENT_PARTNERS.name(), ids(people.subList(0, 8)), EXCUSED_PARTNERS.name(), ""));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordDecisions").variables().containsEntry(PRESENT_COUNT.name(), 8)
                .containsEntry(MEETING_STATE.name(), "HELD");
        assertThat(attendance.findByMeetingIdAndPartnerId(meeting.getId(), people.get(8).getId()).orElseThrow().getStatus())
                .isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(shown()).containsEntry(DECISION_COUNT.name(), 2);

        // 4:3 carried; G-1 with 8 present: 6 yes carry (18 >= 16)
        complete(task(), votes(4, 3, 1, 6, 1, 1));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_WriteProtocol");
        List<AgendaItem> items = agendaItems.findByMeetingIdOrderByPosition(meeting.getId());
        assertThat(items.get(1).getOutcome()).isEqualTo(AgendaItem.Outcome.CARRIED);
        assertThat(items.get(2).getOutcome()).isEqualTo(AgendaItem.Outcome.CARRIED);
        assertThat((String) shown().get(RESULTS_TEXT.name())).contains("Förderschwerpunkt 2027: angenommen (Ja 4, Nein 3",
                "Anwesend (8)", "Entschuldigt (1)");

        complete(task(), Map.of(PROTOCOL_TEXT.name(), "Die Tagung hat den Förderschwerpunkt beschlossen."));
        BpmnAwareTests.assertThat(pi).hasPassed("ServiceTask_WriteProtocol").isWaitingAt("CallActivity_ProtocolObjection").variables()
                .containsEntry(MEETING_STATE.name(), "PROTOCOL_WRITTEN").containsEntry(MEETING_ID.name(), meeting.getId())
                .containsKey(PROTOCOL_ID.name());
        Protocol protocol = tx.execute(s -> {
            Protocol p = protocols.findByMeetingIdOrderByVersion(meeting.getId()).get(0);
            p.getPdf();
            return p;
        });
        assertThat(protocol.getVersion()).isEqualTo(1);
        assertThat(new String(protocol.getPdf(), 0, 5)).isEqualTo("%PDF-");
        assertThat(protocol.getText()).contains("Ergebnisprotokoll: Frühjahrstagung", "Anwesend (8)",
                "Die Tagung hat den Förderschwerpunkt beschlossen.");
        assertThat(meetingOf(pi).getState()).isEqualTo(MeetingState.PROTOCOL_WRITTEN);
    }

    @Test
    @DisplayName("AT-1: a working table meets without co-preparation; too close for a reminder; nothing to vote on")
    void workingTableWithoutCoPreparationOrVotes() throws Exception {
        Group wt = workingTable(4);
        ProcessInstance pi = start(wt.body, "Treffen im Februar", "2027-02-03T17:00", "2027-02-03T19:00");
        BpmnAwareTests.assertThat(pi).variables().containsEntry(CO_PREPARED.name(), false);
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(GovernanceGroups.FACHSTELLE);
        complete(task(), Map.of(itemTitle(1).name(), "Austausch", itemKind(1).name(), "DISCUSSION"));
        execute(job());
        assertThat(new Mailbox(greenMail).recipientsOf(m -> m.getSubject().startsWith("Einladung")))
                .containsExactlyInAnyOrderElementsOf(wt.members.stream().map(Partner::getEmail).toList());
        BpmnAwareTests.assertThat(pi).hasPassed("Gateway_ReminderAhead").hasNotPassed("TimerEvent_ReminderDue")
                .isWaitingAt("TimerEvent_MeetingStarts");
        ClockUtil.setCurrentTime(job("TimerEvent_MeetingStarts").getDuedate());
        execute(job("TimerEvent_MeetingStarts"));
        complete(task(), Map.of(PRESENT_PARTNERS.name(), ids(wt.members.subList(0, 2)), EXCUSED_PARTNERS.name(),
                ids(wt.members.subList(2, 3))));
        BpmnAwareTests.assertThat(pi).hasNotPassed("Task_RecordDecisions").isWaitingAt("Task_WriteProtocol").variables()
                .containsEntry(PRESENT_COUNT.name(), 2).containsEntry(EXCUSED_COUNT.name(), 1).containsEntry(UNEXCUSED_COUNT.name(), 1);
        complete(task(), Map.of(PROTOCOL_TEXT.name(), "Austausch über die Kursplätze."));
        BpmnAwareTests.assertThat(pi).hasPassed("ServiceTask_WriteProtocol").isWaitingAt("CallActivity_ProtocolObjection");
        // M-2 reads the attendance over a window: invited, present, excused, unexcused per partner
        var window = records.attendance(Network.MIGRATION_SCHWERIN, TODAY.toInstant(), TODAY.plusMonths(1).toInstant());
        assertThat(window).contains(new MeetingRecords.PartnerAttendance(wt.members.get(0).getId(), 1, 1, 0, 0),
                new MeetingRecords.PartnerAttendance(wt.members.get(2).getId(), 1, 0, 1, 0),
                new MeetingRecords.PartnerAttendance(wt.members.get(3).getId(), 1, 0, 0, 1));
    }

    @Test
    @DisplayName("a meeting cancelled after the invitation: every invitee gets the cancellation with an .ics CANCEL")
    void cancelled() throws Exception {
        Group wt = workingTable(3);
        ProcessInstance pi = start(wt.body, "Treffen im März", "2027-03-03T17:00", "2027-03-03T19:00");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_PrepareAgenda");
        complete(task(), Map.of(itemTitle(1).name(), "Austausch", itemKind(1).name(), "INFORMATION"));
        execute(job());
        greenMail.purgeEmailFromAllMailboxes();
        runtimeService.createMessageCorrelation(MESSAGE_MEETING_CANCELLED).processInstanceId(pi.getId())
                .setVariable(CANCELLATION_REASON.name(), "Raum nicht verfügbar").correlate();
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_SendCancellation");
        execute(job());
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_MeetingCancelled");
        assertThat(new Mailbox(greenMail).recipientsOf(m -> m.getSubject().startsWith("Abgesagt:")))
                .containsExactlyInAnyOrderElementsOf(wt.members.stream().map(Partner::getEmail).toList());
        assertThat(value(parseIcs(greenMail.getReceivedMessages()[0]), "STATUS")).isEqualTo("CANCELLED");
        assertThat(meetingOf(pi).getState()).isEqualTo(MeetingState.CANCELLED);
    }

    @Test
    @DisplayName("recorded after the fact: no invitation; refused counts change nothing; 2/3 missed by one; a tie is a rejection (SR-7)")
    void recordedAfterTheFactWithRefusedCounts() throws Exception {
        List<Partner> people = partnersOfNetwork(9);
        Body tagung = body(Network.MIGRATION_SCHWERIN, BodyKind.PLENARY);
        ProcessInstance pi = start(tagung, "Herbsttagung 2026", "2026-10-15T10:00", "2026-10-15T15:00");
        BpmnAwareTests.assertThat(pi).variables().containsEntry(RECORDED_AFTER.name(), true);
        complete(task(), Map.of(itemTitle(1).name(), "Jahresplanung", itemKind(1).name(), "DECISION",
                itemTitle(2).name(), "Änderung § 5", itemKind(2).name(), "RULES_CHANGE"));
        BpmnAwareTests.assertThat(pi).hasPassed("ServiceTask_ListInvitees").hasNotPassed("ServiceTask_SendInvitations",
                "Task_CoPrepareAgenda").isWaitingAt("Task_RecordAttendance");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        Meeting meeting = meetingOf(pi);
        assertThat(attendance.findByMeetingIdAndPartnerId(meeting.getId(), people.get(0).getId()).orElseThrow().getInvitedAt()).isNull();
        // present and excused at once, and nobody present, are refused
        assertThatThrownBy(() -> complete(task(), Map.of(PRESENT_PARTNERS.name(), ids(people.subList(0, 2)),
                EXCUSED_PARTNERS.name(), ids(people.subList(1, 2))))).isInstanceOf(RuleViolation.class).hasMessageContaining("zugleich");
        assertThatThrownBy(() -> complete(task(), Map.of(EXCUSED_PARTNERS.name(), ids(people.subList(1, 2)))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("anwesend");
        complete(task(), Map.of(PRESENT_PARTNERS.name(), ids(people)));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordDecisions").variables().containsEntry(PRESENT_COUNT.name(), 9);

        // more votes than present, and a row without a vote, are refused and change nothing
        assertThatThrownBy(() -> complete(task(), votes(6, 4, 0, 6, 3, 0))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Jahresplanung");
        Map<String, Object> extra = votes(4, 4, 1, 5, 4, 0);
        extra.put(decisionYes(3).name(), 1);
        extra.put(decisionNo(3).name(), 0);
        assertThatThrownBy(() -> complete(task(), extra)).isInstanceOf(RuleViolation.class).hasMessageContaining("Zeile 3");
        assertThat(agendaItems.findByMeetingIdOrderByPosition(meeting.getId())).allMatch(i -> i.getOutcome() == null);

        // 4:4 is a rejection (SR-7); 5 of 9 for a rules change misses two thirds by one vote (15 < 18)
        complete(task(), votes(4, 4, 1, 5, 4, 0));
        List<AgendaItem> items = agendaItems.findByMeetingIdOrderByPosition(meeting.getId());
        assertThat(items).extracting(AgendaItem::getOutcome).containsExactly(AgendaItem.Outcome.REJECTED, AgendaItem.Outcome.REJECTED);
        complete(task(), Map.of(PROTOCOL_TEXT.name(), "Nachgetragen."));
        BpmnAwareTests.assertThat(pi).hasPassed("ServiceTask_WriteProtocol").isWaitingAt("CallActivity_ProtocolObjection");
    }

    @Test
    @DisplayName("G-1: 6 of 9 present carry a rules change (18 >= 18); SR-7: 4:3 carries")
    void twoThirdsCarriedExactly() {
        List<Partner> people = partnersOfNetwork(9);
        Body tagung = body(Network.MIGRATION_SCHWERIN, BodyKind.PLENARY);
        ProcessInstance pi = start(tagung, "Sondertagung 2026", "2026-11-20T10:00", "2026-11-20T12:00");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_PrepareAgenda");
        complete(task(), Map.of(itemTitle(1).name(), "Haushalt", itemKind(1).name(), "DECISION",
                itemTitle(2).name(), "Änderung § 2", itemKind(2).name(), "RULES_CHANGE"));
        complete(task(), Map.of(PRESENT_PARTNERS.name(), ids(people)));
        complete(task(), votes(4, 3, 2, 6, 3, 0));
        assertThat(agendaItems.findByMeetingIdOrderByPosition(meetingOf(pi).getId())).extracting(AgendaItem::getOutcome)
                .containsExactly(AgendaItem.Outcome.CARRIED, AgendaItem.Outcome.CARRIED);
    }

    @Test
    @DisplayName("refused at the start and in the agenda: a group that may not convene, end before start, an empty agenda, a rules change outside a Tagung")
    void refusedInput() {
        Group wt = workingTable(2);
        Body tagung = body(Network.MIGRATION_SCHWERIN, BodyKind.PLENARY);
        // the Sprecher:innenrat convenes its own meetings, not the Tagung (T-1: the Fachstelle)
        identityService.setAuthentication("sprecherin-test", List.of(GovernanceGroups.SPRECHERINNENRAT));
        assertThatThrownBy(() -> start(tagung, "Tagung", "2027-05-12T10:00", "2027-05-12T16:00"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Fachstelle Chancengleichheit");
        identityService.clearAuthentication();
        assertThatThrownBy(() -> start(wt.body, "Treffen", "2027-05-12T10:00", "2027-05-12T09:00"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("nach dem Beginn");
        assertThatThrownBy(() -> start(wt.body, "Treffen", "12.05.2027", "2027-05-12T09:00"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("kein Datum");
        ProcessInstance pi = start(wt.body, "Treffen", "2027-05-12T10:00", "2027-05-12T12:00");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_PrepareAgenda");
        assertThatThrownBy(() -> complete(task(), Map.of())).isInstanceOf(RuleViolation.class).hasMessageContaining("mindestens einen");
        assertThatThrownBy(() -> complete(task(), Map.of(itemTitle(1).name(), "GO", itemKind(1).name(), "RULES_CHANGE")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("G-1");
        assertThatThrownBy(() -> complete(task(), Map.of(itemTitle(1).name(), "Ohne Art")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Ohne Art");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_PrepareAgenda");
        // an excuse for somebody not invited is refused
        Partner stranger = partnersOfNetwork(1).get(0);
        assertThatThrownBy(() -> runtimeService.createMessageCorrelation(MESSAGE_ABSENCE_EXCUSED).processInstanceId(pi.getId())
                .setVariable(PARTNER_ID.name(), stranger.getId()).correlate()).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("nicht eingeladen");
    }

    @Test
    @DisplayName("T-1: planning a 4th Tagung in a year shows the warning in the planning task and is allowed")
    void fourthTagungWarned() {
        Body tagung = body(Network.MIGRATION_SCHWERIN, BodyKind.PLENARY);
        int year = 2031;
        for (int i = 0; i < 3; i++) {
            int month = 3 + 3 * i;
            tx.executeWithoutResult(s -> meetingRepository.save(new Meeting(Network.MIGRATION_SCHWERIN, tagung.getId(),
                    MeetingKind.TAGUNG, "Tagung " + month, ZonedDateTime.of(year, month, 10, 10, 0, 0, 0, Today.ZONE).toInstant(),
                    ZonedDateTime.of(year, month, 10, 16, 0, 0, 0, Today.ZONE).toInstant(), "Rathaus", false, null, TODAY.toInstant())));
        }
        ProcessInstance pi = start(tagung, "Vierte Tagung", year + "-11-20T10:00", year + "-11-20T16:00");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_PrepareAgenda");
        assertThat(PLANNING_WARNING.parse(runtimeService.getVariable(pi.getId(), PLANNING_WARNING.name())))
                .startsWith("T-1:").contains("bereits 3", "trotzdem möglich");
    }

    @Test
    @DisplayName("SR-4, W-2, W-3: at the start of a month every body behind its rule gets a task naming the rule; none behind: no task")
    void monthlyFrequencyCheck() {
        Body council = body(Network.MIGRATION_SCHWERIN, BodyKind.SPEAKERS_COUNCIL);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 10, 1, 6, 0, 0, 0, Today.ZONE).toInstant()));
        var timer = engine.getManagementService().createJobQuery().processDefinitionKey(FREQUENCY_CHECK_KEY).timers().singleResult();
        assertThat(timer).isNotNull();
        engine.getManagementService().executeJob(timer.getId());
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(FREQUENCY_CHECK_KEY).active().list()
                .stream().reduce((a, b) -> b).orElseThrow();
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_PlanMissingMeetings");
        var tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list();
        var councilTask = tasks.stream().filter(t -> t.getName().contains(council.getName())).findFirst().orElseThrow();
        assertThat(councilTask.getName()).isEqualTo("Sitzungen planen – Sprecher:innenrat (SR-4)");
        assertThat((String) engine.getTaskService().getVariableLocal(councilTask.getId(), FINDING.name())).startsWith("SR-4:");
        assertThat(tasks).anyMatch(t -> t.getName().endsWith("(W-2)")).anyMatch(t -> t.getName().endsWith("(W-3)"));
        tasks.forEach(t -> engine.getTaskService().complete(t.getId()));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_ConvenersReminded");

        // the branch without findings, entered at the gateway with the check's result "none behind"
        ProcessInstance none = runtimeService.createProcessInstanceByKey(FREQUENCY_CHECK_KEY).startBeforeActivity("Gateway_AnyBehind")
                .setVariable(BEHIND_COUNT.name(), 0).execute();
        BpmnAwareTests.assertThat(none).isEnded().hasPassed("EndEvent_AllOnTrack");
    }

    @Test
    @DisplayName("SR-4, W-2, W-3: the monthly check piles up no reminders: a body whose „Sitzungen planen“ is still open gets "
            + "no second one; once that task is done and the body is still behind, the next month reminds it again")
    void frequencyRemindersDoNotPileUp() {
        String councilTask = "Sitzungen planen – Sprecher:innenrat (SR-4)";
        String october = runFrequencyCheck(2027, 10);
        List<Task> first = openReminders();
        assertThat(first).extracting(Task::getName).contains(councilTask).doesNotHaveDuplicates();
        assertThat(first).allMatch(t -> t.getProcessInstanceId().equals(october));

        String november = runFrequencyCheck(2027, 11);
        assertThat(openReminders()).as("still behind, still reminded once").extracting(Task::getId)
                .containsExactlyInAnyOrderElementsOf(first.stream().map(Task::getId).toList());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(november).singleResult()
                .getBusinessKey()).startsWith("Sitzungshäufigkeit 2027-11:").endsWith(first.size() + " Gremien im Rückstand, 0 neu erinnert");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(november).count()).as("ended").isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(november)
                .activityId("EndEvent_AllOnTrack").count()).isEqualTo(1);

        Task council = first.stream().filter(t -> t.getName().equals(councilTask)).findFirst().orElseThrow();
        engine.getTaskService().complete(council.getId());
        String december = runFrequencyCheck(2027, 12);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(december).list())
                .extracting(Task::getName).containsExactly(councilTask);
        assertThat(openReminders()).extracting(Task::getName).doesNotHaveDuplicates().hasSize(first.size());

        openReminders().forEach(t -> engine.getTaskService().complete(t.getId()));
    }

    // --- helpers

    /** The monthly check as its timer starts it on the first of the month; returns the new instance's id. */
    private String runFrequencyCheck(int year, int month) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, 1, 6, 0, 0, 0, Today.ZONE).toInstant()));
        var history = engine.getHistoryService();
        List<String> before = history.createHistoricProcessInstanceQuery().processDefinitionKey(FREQUENCY_CHECK_KEY).list()
                .stream().map(h -> h.getId()).toList();
        var timer = engine.getManagementService().createJobQuery().processDefinitionKey(FREQUENCY_CHECK_KEY).timers().singleResult();
        engine.getManagementService().executeJob(timer.getId());
        List<String> started = history.createHistoricProcessInstanceQuery().processDefinitionKey(FREQUENCY_CHECK_KEY).list()
                .stream().map(h -> h.getId()).filter(id -> !before.contains(id)).toList();
        assertThat(started).hasSize(1);
        return started.get(0);
    }

    private List<Task> openReminders() {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(FREQUENCY_CHECK_KEY)
                .taskDefinitionKey("Task_PlanMissingMeetings").list();
    }

    private record Group(Body body, List<Partner> members) {
    }

    private ProcessInstance start(Body body, String title, String startsAt, String endsAt) {
        Map<String, Object> v = new HashMap<>();
        v.put(BODY_ID.name(), body.getId());
        v.put(TITLE.name(), title);
        v.put(STARTS_AT.name(), startsAt);
        v.put(ENDS_AT.name(), endsAt);
        v.put(LOCATION.name(), "Rathaus Schwerin, Raum 1");
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, v);
    }

    private Meeting meetingOf(ProcessInstance pi) {
        return meetingRepository.findByProcessInstanceId(pi.getId()).orElseThrow();
    }

    private Body body(String network, BodyKind kind) {
        return bodies.findFirstByNetworkIdAndKind(network, kind).orElseThrow();
    }

    private List<Partner> partnersOfNetwork(int count) {
        int n = ++groups;
        return tx.execute(s -> {
            List<Partner> list = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                Organisation org = organisations.save(new Organisation(Network.MIGRATION_SCHWERIN, "Sitzungsorg " + n + "-" + i));
                list.add(partners.save(new Partner(Network.MIGRATION_SCHWERIN, "Partnerin " + n + "-" + i,
                        "s" + n + "-" + i + "@example.org", org, LocalDate.of(2026, 1, 15))));
            }
            return list;
        });
    }

    private Group workingTable(int size) {
        List<Partner> members = partnersOfNetwork(size);
        return tx.execute(s -> {
            Body body = bodies.save(new Body(Network.MIGRATION_SCHWERIN, BodyKind.WORKING_TABLE,
                    "Arbeitstisch Sitzungstest " + groups, "Sitzungen", null, LocalDate.of(2026, 1, 15)));
            body.setGroupId(GovernanceGroups.workingTable(body.getId()));
            members.forEach(p -> memberships.save(new Membership(body.getId(), p, LocalDate.of(2026, 1, 15))));
            return new Group(body, members);
        });
    }

    private static String ids(List<Partner> people) {
        return String.join(",", people.stream().map(p -> String.valueOf(p.getId())).toList());
    }

    private static Map<String, Object> votes(int... counts) {
        Map<String, Object> v = new HashMap<>();
        for (int i = 0; i < counts.length / 3; i++) {
            v.put(decisionYes(i + 1).name(), counts[3 * i]);
            v.put(decisionNo(i + 1).name(), counts[3 * i + 1]);
            v.put(decisionAbstentions(i + 1).name(), counts[3 * i + 2]);
        }
        return v;
    }

    private Map<String, Object> shown() {
        return engine.getTaskService().getVariablesLocal(task().getId());
    }

    static String value(VEvent event, String property) {
        return event.<net.fortuna.ical4j.model.Property>getProperty(property).orElseThrow().getValue();
    }

    /** The VEVENT of the .ics attached to a mail, parsed back with ical4j. */
    static VEvent parseIcs(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                String text = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                Calendar calendar = new CalendarBuilder().build(new StringReader(text));
                return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
            }
        }
        throw new AssertionError("no .ics attached");
    }
}
