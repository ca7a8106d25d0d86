package de.netzwerke.governance.protocol;

import static de.netzwerke.governance.protocol.ProtocolVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import de.netzwerke.governance.meeting.MeetingRecords;
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
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.GovernanceSpringTest;

/** Every path of bpmn/ProtocolObjection.bpmn (T-4, T-5, SR-6) and Meeting's call activity. */
@GovernanceSpringTest
class ProtocolObjectionProcessTest {

    private static final ZonedDateTime TODAY = ZonedDateTime.of(2027, 2, 1, 9, 0, 0, 0, Today.ZONE);
    private static final Pattern LINK = Pattern.compile("/einspruch/([A-Za-z0-9_\\-.]+)");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
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
    MeetingRecords records;
    @Autowired
    ProtocolObjections service;
    @Autowired
    ObjectionRepository objections;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
    @DisplayName("T-5, SR-6, T-4: the protocol goes to every active partner with a personal link and the PDF; silence until day 28 confirms it; day 29 refused")
    void silenceConfirms() throws Exception {
        Group wt = workingTable(3);
        Partner removed = partnersOfNetwork(1).get(0);
        jdbc.update(
                "update partner set status = 'REMOVED', removed_on = ? where id = ?", LocalDate.of(2027, 1, 10), removed.getId());
        ProcessInstance meeting = heldMeeting(wt);
        ProcessInstance pi = protocolInstance(meeting);
        BpmnAwareTests.assertThat(meeting).isWaitingAt("CallActivity_ProtocolObjection");
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_SendProtocol").variables()
                .containsEntry(PROTOCOL_VERSION.name(), 1).containsEntry(PROTOCOL_STATUS.name(), "WRITTEN");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
                .startsWith("Protokoll ").contains("Arbeitstischtreffen am 20.01.2027");

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 2, 2, 14, 30, 0, 0, Today.ZONE).toInstant()));
        execute(job(pi));
        ZonedDateTime end = ZonedDateTime.of(2027, 3, 3, 0, 0, 0, 0, Today.ZONE);
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordObjection").variables()
                .containsEntry(PROTOCOL_STATUS.name(), "SENT")
                .containsEntry(OBJECTION_DEADLINE.name(), Date.from(end.toInstant()));
        // SR-6: every active partner of the network, each with their own link; the removed one gets nothing
        List<String> active = partners.distributionList(Network.MIGRATION_SCHWERIN).stream().map(Partner::getEmail).toList();
        List<String> to = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            to.addAll(List.of(m.getAllRecipients()).stream().map(Object::toString).toList());
            assertThat(m.getSubject()).startsWith("Ergebnisprotokoll: Arbeitstischtreffen am 20.01.2027");
            assertThat(((Multipart) m.getContent()).getBodyPart(1).getContentType()).startsWith("application/pdf");
        }
        assertThat(to).containsExactlyInAnyOrderElementsOf(active).doesNotContain(removed.getEmail());
        String mailText = GreenMailUtil.getBody(mailTo(wt.members.get(0)));
        assertThat(mailText).contains("02.03.2027");
        var link = service.verify(token(wt.members.get(0))).orElseThrow();
        assertThat(link.partnerId()).isEqualTo(wt.members.get(0).getId());
        assertThat(records.protocolVersions(meetingId(meeting)).get(0).sentAt()).isEqualTo(ZonedDateTime.of(2027, 2, 2, 14, 30, 0, 0, Today.ZONE).toInstant());

        Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(task.getName()).startsWith("Einspruch erfassen – Protokoll: Arbeitstischtreffen am 20.01.2027");
        assertThat(task.getDescription()).contains("T-5");
        BpmnAwareTests.assertThat(task).hasCandidateGroup(GovernanceGroups.FACHSTELLE);

        // day 29 (the timer has not fired yet): refused, nothing stored
        ClockUtil.setCurrentTime(Date.from(end.toInstant()));
        assertThatThrownBy(() -> objectByMessage(pi, wt.members.get(1), "Zu spät"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("abgelaufen");
        assertThat(objections.findAll()).noneMatch(o -> o.getPartnerId().equals(wt.members.get(1).getId()));

        Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(end.toInstant()));
        execute(timer);
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("TimerEvent_ObjectionPeriodEnds", "EndEvent_ProtocolConfirmed")
                .hasNotPassed("Task_HandleObjection");
        BpmnAwareTests.assertThat(meeting).isEnded().hasPassed("EndEvent_ProtocolConfirmed").variables()
                .containsEntry(PROTOCOL_STATUS.name(), "CONFIRMED").containsKey(CONFIRMED_AT.name());
        assertThat(records.protocolVersions(meetingId(meeting)).get(0).status()).isEqualTo("CONFIRMED");
        assertThat(records.meeting(meetingId(meeting)).state()).isEqualTo("PROTOCOL_CONFIRMED");
    }

    @Test
    @DisplayName("T-5: an objection on day 28 by message → amend → version 2 sent again with a new period → silence → confirmed; objections while the task is open are added")
    void objectionAmendResendConfirm() throws Exception {
        Group wt = workingTable(4);
        ProcessInstance meeting = heldMeeting(wt);
        ProcessInstance pi = protocolInstance(meeting);
        execute(job(pi));
        String oldToken = token(wt.members.get(2));
        Long v1 = service.verify(oldToken).orElseThrow().protocolId();

        // refused: without reason, by someone who did not receive it; nothing changes
        assertThatThrownBy(() -> objectByMessage(pi, wt.members.get(0), null)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("begründen");
        Partner other = tx.execute(s -> partners.save(new Partner(Network.WILLKOMMENSKULTUR_LSA, "Fremde Person",
                "fremd" + groups + "@example.org", null, LocalDate.of(2026, 1, 1))));
        assertThatThrownBy(() -> objectByMessage(pi, other, "Ich war nicht dabei")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("nicht erhalten");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordObjection");

        // day 28 counts
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 3, 1, 23, 50, 0, 0, Today.ZONE).toInstant()));
        objectByMessage(pi, wt.members.get(0), "Mein Beitrag zu TOP 1 fehlt.");
        BpmnAwareTests.assertThat(pi).hasPassed("BoundaryEvent_ObjectionReceived", "ServiceTask_RecordObjection")
                .isWaitingAt("Task_HandleObjection").variables().containsEntry(PROTOCOL_STATUS.name(), "OBJECTED")
                .doesNotContainKey(REASON.name()).doesNotContainKey(PARTNER_ID.name());
        Task handle = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(handle.getName()).startsWith("Über Einspruch entscheiden – Protokoll: Arbeitstischtreffen");
        assertThat((String) taskService.getVariableLocal(handle.getId(), OBJECTIONS_TEXT.name()))
                .contains(wt.members.get(0).getName(), "Mein Beitrag zu TOP 1 fehlt.", "per Nachricht");

        // while the convener decides: a further objection is added to the same task; the same partner again is refused
        objectByMessage(pi, wt.members.get(1), "Die Anwesenheit stimmt nicht.");
        BpmnAwareTests.assertThat(pi).hasPassed("BoundaryEvent_FurtherObjection", "ServiceTask_AddObjection",
                "EndEvent_ObjectionAdded").isWaitingAt("Task_HandleObjection");
        assertThat((String) taskService.getVariableLocal(handle.getId(), OBJECTIONS_TEXT.name()))
                .contains("Mein Beitrag zu TOP 1 fehlt.", "Die Anwesenheit stimmt nicht.");
        assertThatThrownBy(() -> objectByMessage(pi, wt.members.get(1), "Noch einmal")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("bereits ein Einspruch");

        // amend needs the new text
        assertThatThrownBy(() -> complete(handle, Map.of(DECISION.name(), DECISION_AMEND))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("geänderten Protokolltext");
        ZonedDateTime resent = ZonedDateTime.of(2027, 3, 2, 10, 0, 0, 0, Today.ZONE);
        ClockUtil.setCurrentTime(Date.from(resent.toInstant()));
        greenMail.purgeEmailFromAllMailboxes();
        complete(handle, Map.of(DECISION.name(), DECISION_AMEND, PROTOCOL_TEXT.name(), "Ergänzt: der Beitrag zu TOP 1."));
        BpmnAwareTests.assertThat(pi).hasPassed("Gateway_Decision").isWaitingAt("ServiceTask_SendProtocol").variables()
                .containsEntry(PROTOCOL_VERSION.name(), 2).containsEntry(PROTOCOL_STATUS.name(), "WRITTEN");
        assertThat(objections.findByProtocolIdOrderById(v1)).allMatch(o -> o.getStatus() == Objection.Status.CLOSED)
                .allMatch(o -> o.getHandling().contains("Fassung 2"));
        execute(job(pi));
        ZonedDateTime newEnd = ZonedDateTime.of(2027, 3, 31, 0, 0, 0, 0, Today.ZONE);
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordObjection").variables()
                .containsEntry(OBJECTION_DEADLINE.name(), Date.from(newEnd.toInstant())).containsEntry(PROTOCOL_STATUS.name(), "SENT");
        assertThat(subjectOf(mailTo(wt.members.get(2)))).startsWith("Geändertes Ergebnisprotokoll (Fassung 2)");
        List<MeetingRecords.ProtocolVersion> versions = records.protocolVersions(meetingId(meeting));
        assertThat(versions).extracting(MeetingRecords.ProtocolVersion::status).containsExactly("SUPERSEDED", "SENT");
        // the old link names the old version: refused; the new one is accepted (checked only)
        ProtocolProcedure procedure = service.forInstance(pi.getId());
        assertThatThrownBy(() -> service.check(procedure, v1, wt.members.get(2).getId(), "alt"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("früheren Fassung");
        service.check(procedure, service.verify(token(wt.members.get(2))).orElseThrow().protocolId(), wt.members.get(2).getId(), "neu");

        ClockUtil.setCurrentTime(Date.from(newEnd.toInstant()));
        execute(managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult());
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_ProtocolConfirmed").variables()
                .containsEntry(PROTOCOL_STATUS.name(), "CONFIRMED").containsEntry(PROTOCOL_VERSION.name(), 2);
    }

    @Test
    @DisplayName("T-5: an objection entered in Tasklist → put to the next meeting (refused while none is planned) → DISPUTED → carried → CONFIRMED")
    void nextMeetingCarried() throws Exception {
        Group wt = workingTable(3);
        ProcessInstance pi = objectedInTasklist(wt);
        ProcessInstance next = nextMeeting(wt);
        Task handle = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        complete(handle, Map.of(DECISION.name(), DECISION_NEXT_MEETING));
        BpmnAwareTests.assertThat(pi).isWaitingAt("MessageEvent_ApprovalDecided").variables()
                .containsEntry(PROTOCOL_STATUS.name(), "DISPUTED");
        assertThat(records.meeting(service.forInstance(pi.getId()).getMeetingId()).state()).isEqualTo("PROTOCOL_DISPUTED");
        // a message without the vote is refused
        assertThatThrownBy(() -> runtimeService.createMessageCorrelation(MESSAGE_APPROVAL_DECIDED).processInstanceId(pi.getId())
                .correlate()).isInstanceOf(RuleViolation.class).hasMessageContaining("noch nicht abgestimmt");
        // objections now go to the meeting
        assertThatThrownBy(() -> service.check(service.forInstance(pi.getId()), null, wt.members.get(1).getId(), "x"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("nächste Sitzung");

        holdAndVote(next, wt, 3, 0);
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("ServiceTask_ReadApproval", "Gateway_Confirm", "EndEvent_ProtocolConfirmed")
                .variables().containsEntry(PROTOCOL_STATUS.name(), "CONFIRMED").containsEntry(APPROVAL_CARRIED.name(), true);
        assertThat(objections.findByProcedureIdOrderById(service.forInstance(pi.getId()).getId()))
                .allMatch(o -> o.getStatus() == Objection.Status.CLOSED && o.getChannel() == Objection.Channel.TASKLIST);
    }

    @Test
    @DisplayName("T-5: the meeting that was to approve is cancelled → none planned, the approval waits → the next meeting the "
            + "body plans gets it → carried there → CONFIRMED")
    void approvalMeetingCancelled() throws Exception {
        Group wt = workingTable(3);
        ProcessInstance pi = objectedInTasklist(wt);
        ProcessInstance next = nextMeeting(wt);
        complete(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult(),
                Map.of(DECISION.name(), DECISION_NEXT_MEETING));
        Long cancelledMeeting = service.forInstance(pi.getId()).getApprovalMeetingId();

        runtimeService.createMessageCorrelation(MeetingVariables.MESSAGE_MEETING_CANCELLED).processInstanceId(next.getId())
                .setVariable(MeetingVariables.CANCELLATION_REASON.name(), "Raum nicht verfügbar").correlate();
        execute(job(next));
        BpmnAwareTests.assertThat(next).isEnded().hasPassed("EndEvent_MeetingCancelled");
        ProtocolProcedure waiting = service.forInstance(pi.getId());
        assertThat(waiting.getStatus()).isEqualTo(ProcedureStatus.DISPUTED);
        assertThat(waiting.getApprovalItemId()).as("no meeting planned: the approval waits").isNull();
        BpmnAwareTests.assertThat(pi).isWaitingAt("MessageEvent_ApprovalDecided");

        ProcessInstance planned = startMeeting(wt.body, "2027-02-03T17:30", "2027-02-03T19:30");
        ProtocolProcedure moved = service.forInstance(pi.getId());
        assertThat(moved.getApprovalMeetingId()).isNotNull().isNotEqualTo(cancelledMeeting);
        assertThat(moved.getApprovalItemId()).isNotNull();
        completeOnly(planned, Map.of(MeetingVariables.itemTitle(1).name(), "Berichte", MeetingVariables.itemKind(1).name(), "INFORMATION"));
        execute(job(planned));
        holdAndVote(planned, wt, 3, 0);
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_ProtocolConfirmed")
                .variables().containsEntry(PROTOCOL_STATUS.name(), "CONFIRMED");
    }

    @Test
    @DisplayName("T-5: put to the next meeting and rejected there → the convener amends → sent again → confirmed after the new period")
    void nextMeetingRejected() throws Exception {
        Group wt = workingTable(3);
        ProcessInstance pi = objectedInTasklist(wt);
        ProcessInstance next = nextMeeting(wt);
        Task handle = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThatThrownBy(() -> complete(handle, Map.of(DECISION.name(), DECISION_NEXT_MEETING, PROTOCOL_TEXT.name(), "x")))
                .isInstanceOf(RuleViolation.class);
        complete(handle, Map.of(DECISION.name(), DECISION_NEXT_MEETING));
        holdAndVote(next, wt, 1, 2);
        BpmnAwareTests.assertThat(pi).hasPassed("Gateway_Approved").hasNotPassed("Gateway_Confirm").isWaitingAt("Task_AmendProtocol");
        Task amend = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(amend.getName()).startsWith("Protokoll überarbeiten – ");
        complete(amend, Map.of(PROTOCOL_TEXT.name(), "Neu gefasst nach dem Beschluss."));
        BpmnAwareTests.assertThat(pi).hasPassed("ServiceTask_AmendProtocol")
                .isWaitingAt("ServiceTask_SendProtocol").variables().containsEntry(PROTOCOL_VERSION.name(), 2);
        execute(job(pi));
        Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_ProtocolConfirmed");
    }

    @Test
    @DisplayName("T-5: started through REST with meetingId: no protocol yet, or a second procedure for the same meeting, is refused")
    void startRefusals() {
        Group wt = workingTable(2);
        ProcessInstance meeting = heldMeeting(wt);
        Long meetingId = meetingId(meeting);
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(MEETING_ID.name(), meetingId)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("bereits versandt");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(MEETING_ID.name(), 999_999L)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("keine Sitzung");
    }

    // --- helpers

    private record Group(Body body, List<Partner> members) {
    }

    /** A working table's meeting recorded after the fact, up to its protocol (Meeting then calls ProtocolObjection). */
    private ProcessInstance heldMeeting(Group wt) {
        ProcessInstance pi = startMeeting(wt.body, "2027-01-20T17:00", "2027-01-20T19:00");
        completeOnly(pi, Map.of(MeetingVariables.itemTitle(1).name(), "Austausch", MeetingVariables.itemKind(1).name(), "INFORMATION"));
        completeOnly(pi, Map.of(MeetingVariables.PRESENT_PARTNERS.name(), ids(wt.members)));
        completeOnly(pi, Map.of(MeetingVariables.PROTOCOL_TEXT.name(), "Austausch über die Kursplätze."));
        return pi;
    }

    private ProcessInstance protocolInstance(ProcessInstance meeting) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(meeting.getId()).singleResult();
    }

    private ProcessInstance objectedInTasklist(Group wt) {
        ProcessInstance meeting = heldMeeting(wt);
        ProcessInstance pi = protocolInstance(meeting);
        execute(job(pi));
        Task record = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat((Object) taskService.getVariableLocal(record.getId(), RECIPIENT_OPTIONS.name())).isNotNull();
        assertThatThrownBy(() -> complete(record, Map.of(REASON.name(), "ohne Person"))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("wer Einspruch erhebt");
        complete(record, Map.of(PARTNER_ID.name(), String.valueOf(wt.members.get(0).getId()), REASON.name(), "Per Telefon: TOP 1 falsch."));
        BpmnAwareTests.assertThat(pi).hasPassed("ServiceTask_RecordEnteredObjection").isWaitingAt("Task_HandleObjection");
        // no next meeting planned yet: refused, the task stays
        Task handle = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThatThrownBy(() -> complete(handle, Map.of(DECISION.name(), DECISION_NEXT_MEETING)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("noch keine nächste Sitzung");
        assertThatThrownBy(() -> complete(handle, Map.of())).isInstanceOf(RuleViolation.class).hasMessageContaining("entscheiden");
        return pi;
    }

    /** The body's next meeting, two days ahead, invited. */
    private ProcessInstance nextMeeting(Group wt) {
        ProcessInstance next = startMeeting(wt.body, "2027-02-03T17:00", "2027-02-03T19:00");
        completeOnly(next, Map.of(MeetingVariables.itemTitle(1).name(), "Berichte", MeetingVariables.itemKind(1).name(), "INFORMATION"));
        execute(job(next));
        BpmnAwareTests.assertThat(next).isWaitingAt("TimerEvent_MeetingStarts");
        return next;
    }

    /** Holds the next meeting: everyone present, the approval item (the only vote) decided yes:no. */
    private void holdAndVote(ProcessInstance next, Group wt, int yes, int no) {
        Job start = managementService.createJobQuery().processInstanceId(next.getId()).timers().singleResult();
        ClockUtil.setCurrentTime(start.getDuedate());
        execute(start);
        completeOnly(next, Map.of(MeetingVariables.PRESENT_PARTNERS.name(), ids(wt.members)));
        Task decisions = taskService.createTaskQuery().processInstanceId(next.getId()).singleResult();
        assertThat((String) taskService.getVariableLocal(decisions.getId(), MeetingVariables.decisionTitle(1).name()))
                .contains("Genehmigung des Protokolls vom 20.01.2027");
        completeOnly(next, Map.of(MeetingVariables.decisionYes(1).name(), yes, MeetingVariables.decisionNo(1).name(), no,
                MeetingVariables.decisionAbstentions(1).name(), 0));
    }

    private void objectByMessage(ProcessInstance pi, Partner partner, String reason) {
        Map<String, Object> v = new HashMap<>();
        v.put(PARTNER_ID.name(), partner.getId());
        if (reason != null) {
            v.put(REASON.name(), reason);
        }
        runtimeService.createMessageCorrelation(MESSAGE_OBJECTION).processInstanceId(pi.getId()).setVariables(v).correlate();
    }

    private void completeOnly(ProcessInstance pi, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        complete(task, variables);
    }

    private Job job(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).executable().singleResult();
    }

    private Long meetingId(ProcessInstance meeting) {
        return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(meeting.getId())
                .variableName(MeetingVariables.MEETING_ID.name()).singleResult().getValue();
    }

    private MimeMessage mailTo(Partner partner) throws Exception {
        MimeMessage found = null;
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (List.of(m.getAllRecipients()).stream().anyMatch(a -> a.toString().equals(partner.getEmail()))) {
                found = m;
            }
        }
        assertThat(found).as("mail to " + partner.getEmail()).isNotNull();
        return found;
    }

    private static String subjectOf(MimeMessage m) throws Exception {
        return m.getSubject();
    }

    private String token(Partner partner) throws Exception {
        Matcher matcher = LINK.matcher(GreenMailUtil.getBody(mailTo(partner)).replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private ProcessInstance startMeeting(Body body, String startsAt, String endsAt) {
        Map<String, Object> v = new HashMap<>();
        v.put(MeetingVariables.BODY_ID.name(), body.getId());
        v.put(MeetingVariables.TITLE.name(), "Treffen");
        v.put(MeetingVariables.STARTS_AT.name(), startsAt);
        v.put(MeetingVariables.ENDS_AT.name(), endsAt);
        v.put(MeetingVariables.LOCATION.name(), "Rathaus Schwerin, Raum 2");
        return runtimeService.startProcessInstanceByKey(MeetingVariables.PROCESS_KEY, v);
    }

    private List<Partner> partnersOfNetwork(int count) {
        int n = ++groups;
        return tx.execute(s -> {
            List<Partner> list = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                Organisation org = organisations.save(new Organisation(Network.MIGRATION_SCHWERIN, "Protokollorg " + n + "-" + i));
                list.add(partners.save(new Partner(Network.MIGRATION_SCHWERIN, "Protokollpartnerin " + n + "-" + i,
                        "p" + n + "-" + i + "@example.org", org, LocalDate.of(2026, 1, 15))));
            }
            return list;
        });
    }

    private Group workingTable(int size) {
        List<Partner> members = partnersOfNetwork(size);
        return tx.execute(s -> {
            Body body = bodies.save(new Body(Network.MIGRATION_SCHWERIN, BodyKind.WORKING_TABLE,
                    "Arbeitstisch Protokolltest " + groups, "Protokolle", null, LocalDate.of(2026, 1, 15)));
            body.setGroupId(GovernanceGroups.workingTable(body.getId()));
            members.forEach(p -> memberships.save(new Membership(body.getId(), p, LocalDate.of(2026, 1, 15))));
            return new Group(body, members);
        });
    }

    private static String ids(List<Partner> people) {
        return String.join(",", people.stream().map(p -> String.valueOf(p.getId())).toList());
    }
}
