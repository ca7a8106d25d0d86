package de.netzwerke.governance.founding;

import static de.netzwerke.governance.founding.FoundingVariables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.MembershipRepository;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.GovernanceSpringTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** Every path of bpmn/WorkingTableFounding.bpmn (AT-3, AT-4, M-3). */
@GovernanceSpringTest
class WorkingTableFoundingProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    FilterService filterService;
    @Autowired
    GreenMail greenMail;
    @Autowired
    ReadinessDeclarationRepository declarations;
    @Autowired
    FoundingProposalRepository proposals;
    @Autowired
    BodyRepository bodies;
    @Autowired
    MembershipRepository memberships;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    @DisplayName("M-3: the coordination declines a proposal with a reason, which is e-mailed to the proposer")
    void declined() throws Exception {
        ProcessInstance pi = propose("Wohnen und Nachbarschaft");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_CheckProposal");
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(GovernanceGroups.FACHSTELLE).hasName("Vorschlag prüfen – Wohnen und Nachbarschaft");

        // declining without a reason is refused and changes nothing
        assertThatThrownBy(() -> complete(task(), Map.of(DECISION.name(), "decline")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("begründen");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_CheckProposal");

        complete(task(), Map.of(DECISION.name(), "decline", DECLINE_REASON.name(), "Das Thema bearbeitet schon der Arbeitstisch Sprache."));
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_NotifyProposalDeclined");
        execute(job());
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_ProposalDeclined").variables().containsEntry(ACCEPTED.name(), false);
        assertThat(proposals.findById(proposalId(pi)).orElseThrow().getStatus()).isEqualTo(ProposalStatus.DECLINED);

        MimeMessage[] mails = greenMail.getReceivedMessagesForDomain("partner@example.org");
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("Ihr Vorschlag für einen Arbeitstisch: Wohnen und Nachbarschaft");
        assertThat(GreenMailUtil.getBody(mails[0])).contains("Arbeitstisch Sprache");
    }

    @Test
    @DisplayName("AT-4: a proposal that an active working table seems to cover is pointed out to the coordination")
    void similarWorkingTablePointedOut() {
        ProcessInstance pi = propose("Sprache und Bildung für Erwachsene");
        BpmnAwareTests.assertThat(pi).variables().containsEntry(SIMILAR_WORKING_TABLES.name(), "Arbeitstisch Sprache und Bildung");
        ProcessInstance other = propose("Mobilität im Alltag");
        BpmnAwareTests.assertThat(other).variables().containsEntry(SIMILAR_WORKING_TABLES.name(), "");
    }

    @Test
    @DisplayName("AT-3: 5 organisations in one Tasklist entry establish the working table at once, before the period ends")
    void quorumReachedInTasklist() throws Exception {
        ProcessInstance pi = acceptedProposal("Gesundheit und Pflege");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordDeclarations");
        complete(task(), declarations(
                "Ali Yilmaz|a.yilmaz@example.org|Migrantenbeirat Schwerin",
                "Jana Berg|j.berg@example.org|Jobcenter Schwerin",
                "Eva Noor|e.noor@example.org|AWO Schwerin",
                "Tom Klein|t.klein@example.org|Diakonie Westmecklenburg",
                "Ida Lang|i.lang@example.org|Helios Kliniken Schwerin"));
        BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_QuorumReached").isWaitingAt("ServiceTask_EstablishWorkingTable");
        BpmnAwareTests.assertThat(pi).variables().doesNotContainKey(DECLARATIONS.name());

        execute(job());
        long tableId = (Long) runtimeService.getVariable(pi.getId(), WORKING_TABLE_ID.name());
        BpmnAwareTests.assertThat(pi).variables().containsEntry(ESTABLISHED.name(), true);
        assertThat(bodies.findById(tableId).orElseThrow().getName()).isEqualTo("Arbeitstisch Gesundheit und Pflege");
        assertThat(memberships.currentMembers(List.of(tableId))).hasSize(5);
        assertThat(identityService.createGroupQuery().groupId(GovernanceGroups.workingTable(tableId)).count()).isOne();
        assertThat(filterService.createFilterQuery().filterName("Aufgaben: Arbeitstisch Gesundheit und Pflege").count()).isOne();

        execute(job());
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_StartFirstElections");
        execute(job());
        // AT-3: until the declaration period is over, late declarations are still taken
        BpmnAwareTests.assertThat(pi).isWaitingAt("TimerEvent_DeclarationPeriodEnds");
        assertThat(job().getDuedate()).isEqualTo(runtimeService.getVariable(pi.getId(), DECLARATION_DEADLINE.name()));
        execute(job());
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_DeclarationPeriodEnded", "EndEvent_WorkingTableEstablished");
        assertThat(recipients()).contains("a.yilmaz@example.org", "i.lang@example.org", "partner@example.org");

        // AT-2, SR-2: the four first elections of the new working table are running
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("OfficeElection")
                .variableValueEquals("bodyId", tableId).list()).hasSize(4);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("OfficeElection")
                .variableValueEquals("bodyId", tableId).variableValueEquals("office", "LEADER").count()).isOne();
    }

    @Test
    @DisplayName("AT-3: Tasklist and REST declarations add up; 4 organisations plus a spelling variant wait, the 5th establishes")
    void quorumReachedByMessage() throws Exception {
        ProcessInstance pi = acceptedProposal("Arbeit und Ausbildung");
        complete(task(), declarations(
                "Ali Yilmaz|a.yilmaz@example.org|Migrantenbeirat Schwerin",
                "Jana Berg|j.berg@example.org|Jobcenter Schwerin",
                "Eva Noor|e.noor@example.org|AWO Schwerin"));
        BpmnAwareTests.assertThat(pi).hasPassed("ServiceTask_CheckQuorum").isWaitingAt("Task_RecordDeclarations");
        BpmnAwareTests.assertThat(pi).variables().containsEntry(ORGANISATION_COUNT.name(), 3).containsEntry(MISSING_ORGANISATIONS.name(), 2);

        declare(pi, "Tom Klein", "t.klein@example.org", "Diakonie Westmecklenburg");
        declare(pi, "Uwe Berg", "u.berg@example.org", "  awo  SCHWERIN ");
        declare(pi, "Mia Frei", "mia@example.org", "");
        BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_DeclarationRecorded").isWaitingAt("Task_RecordDeclarations");
        BpmnAwareTests.assertThat(pi).variables().containsEntry(ORGANISATION_COUNT.name(), 4).doesNotContainKey(REPRESENTATIVE_EMAIL.name());

        declare(pi, "Ida Lang", "i.lang@example.org", "Helios Kliniken Schwerin");
        BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_QuorumReachedByMessage").isWaitingAt("ServiceTask_EstablishWorkingTable");
        execute(job());
        execute(job());
        execute(job());
        execute(job("TimerEvent_DeclarationPeriodEnds"));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_WorkingTableEstablished");
        long tableId = (Long) historicVariable(pi, WORKING_TABLE_ID.name());
        // the individual and the second AWO representative are founding members too
        assertThat(memberships.currentMembers(List.of(tableId))).hasSize(7);
        assertThat(recipients()).contains("mia@example.org", "u.berg@example.org");
    }

    @Test
    @DisplayName("AT-3: declarations after the quorum but within the period: before the set-up they found the table, after it they join it")
    void lateDeclarationsJoinTheTable() throws Exception {
        ProcessInstance pi = acceptedProposal("Sport und Bewegung");
        complete(task(), declarations(
                "Ali Yilmaz|a.yilmaz@example.org|Migrantenbeirat Schwerin",
                "Jana Berg|j.berg@example.org|Jobcenter Schwerin",
                "Eva Noor|e.noor@example.org|AWO Schwerin",
                "Tom Klein|t.klein@example.org|Diakonie Westmecklenburg",
                "Ida Lang|i.lang@example.org|Helios Kliniken Schwerin"));
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_EstablishWorkingTable");

        // between the quorum and the set-up: recorded, and a founding member when the table is set up
        declare(pi, "Lena Früh", "l.frueh@example.org", "Kreissportbund Schwerin");
        BpmnAwareTests.assertThat(pi).hasPassed("ServiceTask_RecordLateDeclaration")
                .isWaitingAt("ServiceTask_EstablishWorkingTable", "ServiceTask_NotifyLateDeclarant");
        execute(job("ServiceTask_EstablishWorkingTable"));
        long tableId = (Long) runtimeService.getVariable(pi.getId(), WORKING_TABLE_ID.name());
        assertThat(memberships.currentMembers(List.of(tableId))).hasSize(6);

        // after the set-up: a member at once, welcomed by e-mail
        declare(pi, "Max Spät", "m.spaet@example.org", "SV Schwerin");
        assertThat(memberships.currentMembers(List.of(tableId))).hasSize(7);
        assertThatThrownBy(() -> declare(pi, "Max Spät", "M.Spaet@example.org", "SV Schwerin"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("bereits");
        greenMail.purgeEmailFromAllMailboxes();
        for (org.camunda.bpm.engine.runtime.Job late : engine.getManagementService().createJobQuery()
                .processInstanceId(pi.getId()).activityId("ServiceTask_NotifyLateDeclarant").list()) {
            execute(late);
        }
        assertThat(recipients()).containsExactlyInAnyOrder("l.frueh@example.org", "m.spaet@example.org");
        assertThat(GreenMailUtil.getBody(greenMail.getReceivedMessages()[0])).contains("Mitglied des Arbeitstischs");

        execute(job("ServiceTask_NotifyWorkingTableEstablished"));
        execute(job("ServiceTask_StartFirstElections"));
        execute(job("TimerEvent_DeclarationPeriodEnds"));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_DeclarationPeriodEnded", "EndEvent_WorkingTableEstablished");
        assertThat(memberships.currentMembers(List.of(tableId))).hasSize(7);
    }

    @Test
    @DisplayName("AT-3: the Tasklist form's rows are recorded like a list; empty rows are ignored; the rows do not stay in the instance")
    void formRowsRecorded() {
        ProcessInstance pi = acceptedProposal("Nachbarschaftshilfe");
        complete(task(), Map.of(
                DeclarationsForm.name(1).name(), "Ali Yilmaz", DeclarationsForm.email(1).name(), "a.yilmaz@example.org",
                DeclarationsForm.organisation(1).name(), "Migrantenbeirat Schwerin",
                DeclarationsForm.name(2).name(), "Mia Frei", DeclarationsForm.email(2).name(), "mia@example.org",
                DeclarationsForm.name(3).name(), "", DeclarationsForm.email(3).name(), ""));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordDeclarations").variables()
                .containsEntry(ORGANISATION_COUNT.name(), 1).doesNotContainKey(DeclarationsForm.name(1).name());
        assertThat(declarations.findByProposalIdOrderById(proposalId(pi))).extracting(ReadinessDeclaration::getRepresentativeEmail)
                .containsExactly("a.yilmaz@example.org", "mia@example.org");
    }

    @Test
    @DisplayName("AT-3: a second declaration by the same person or one without a valid e-mail is refused and changes nothing")
    void refusedDeclarations() {
        ProcessInstance pi = acceptedProposal("Kultur und Begegnung");
        declare(pi, "Ali Yilmaz", "a.yilmaz@example.org", "Migrantenbeirat Schwerin");
        long before = declarations.count();

        assertThatThrownBy(() -> declare(pi, "Ali Yilmaz", "A.YILMAZ@example.org", "Migrantenbeirat Schwerin"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("bereits erklärt");
        assertThatThrownBy(() -> declare(pi, "Jana Berg", "jana.berg", "Jobcenter Schwerin"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("keine gültige E-Mail-Adresse");
        // a batch with one faulty entry is refused whole; the task stays open
        assertThatThrownBy(() -> complete(task(), declarations(
                "Eva Noor|e.noor@example.org|AWO Schwerin",
                "Tom Klein|kein-at-zeichen|Diakonie")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Erklärung 2");

        assertThat(declarations.count()).isEqualTo(before);
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordDeclarations");
        BpmnAwareTests.assertThat(pi).variables().containsEntry(ORGANISATION_COUNT.name(), 1);
    }

    @Test
    @DisplayName("AT-3: the declaration period (8 weeks) ends without quorum; proposer and declarants learn how many were missing")
    void periodOverWithoutQuorum() throws Exception {
        ZonedDateTime accepted = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, Today.ZONE);
        ClockUtil.setCurrentTime(Date.from(accepted.toInstant()));
        ProcessInstance pi = acceptedProposal("Sport und Freizeit");
        complete(task(), declarations(
                "Ali Yilmaz|a.yilmaz@example.org|Migrantenbeirat Schwerin",
                "Jana Berg|j.berg@example.org|Jobcenter Schwerin"));

        assertThat(job("BoundaryEvent_DeclarationPeriodOver").getDuedate())
                .isEqualTo(Date.from(accepted.plusWeeks(8).toInstant()));
        BpmnAwareTests.assertThat(pi).variables().containsEntry(DECLARATION_DEADLINE_TEXT.name(), "18.01.2027");
        execute(job("BoundaryEvent_DeclarationPeriodOver"));

        BpmnAwareTests.assertThat(pi).hasPassed("ServiceTask_CloseWithoutQuorum").isWaitingAt("ServiceTask_NotifyNotEstablished");
        BpmnAwareTests.assertThat(pi).variables().containsEntry(ESTABLISHED.name(), false).containsEntry(MISSING_ORGANISATIONS.name(), 3);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        execute(job());
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_NotEstablished");
        assertThat(proposals.findById(proposalId(pi)).orElseThrow().getStatus()).isEqualTo(ProposalStatus.NOT_ESTABLISHED);

        assertThat(recipients()).containsExactlyInAnyOrder("partner@example.org", "a.yilmaz@example.org", "j.berg@example.org");
        MimeMessage mail = greenMail.getReceivedMessagesForDomain("j.berg@example.org")[0];
        assertThat((String) mail.getContent()).contains("noch 3 Organisationen")
                .contains("Netzwerk Migration – Fachstelle Chancengleichheit");

        // the founding failed: its declarations keep counts, not people
        FoundingProposal ended = proposals.findById(proposalId(pi)).orElseThrow();
        assertThat(declarations.findByProposalIdOrderById(ended.getId())).isEmpty();
        assertThat(ended.getDeclaredPersons()).isEqualTo(2);
        assertThat(ended.getDeclaredOrganisations()).isEqualTo(2);
        assertThat(ended.getProposerEmail()).isNull();
    }

    @Test
    @DisplayName("personal data: names, e-mail addresses and organisations of a founding never reach Camunda's history")
    void personalDataStaysOutOfHistory() throws Exception {
        ProcessInstance pi = start(Map.of(NETWORK_ID.name(), Network.MIGRATION_SCHWERIN, TOPIC.name(), "Seniorenarbeit",
                PROPOSER_EMAIL.name(), "vorschlag.privat@example.org"));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_CheckProposal");
        complete(task(), Map.of(ACCEPTED.name(), true));
        assertThat(taskService.getVariablesLocal(task().getId())).containsKey(DECLARED_ORGANISATIONS.name());
        complete(task(), declarations(
                "Geheim Eins|geheim1@example.org|Geheimorganisation Eins",
                "Geheim Zwei|geheim2@example.org|Geheimorganisation Zwei"));
        declare(pi, "Geheim Drei", "geheim3@example.org", "Geheimorganisation Drei");
        declare(pi, "Geheim Vier", "geheim4@example.org", "Geheimorganisation Vier");
        declare(pi, "Geheim Fünf", "geheim5@example.org", "Geheimorganisation Fünf");
        execute(job());
        execute(job());
        execute(job());
        declare(pi, "Geheim Sechs", "geheim6@example.org", "Geheimorganisation Sechs");
        execute(job("ServiceTask_NotifyLateDeclarant"));
        execute(job("TimerEvent_DeclarationPeriodEnds"));
        BpmnAwareTests.assertThat(pi).isEnded();

        List<String> history = new java.util.ArrayList<>();
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).disableCustomObjectDeserialization()
                .list().forEach(v -> history.add(v.getName() + "=" + v.getValue()));
        engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).disableCustomObjectDeserialization()
                .list().forEach(d -> history.add(d.toString() + (d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
                        ? u.getVariableName() + "=" + u.getValue() : "")));
        assertThat(history).isNotEmpty().noneMatch(h -> h.contains("Geheim") || h.contains("geheim") || h.contains("vorschlag.privat"));
        assertThat(history).anyMatch(h -> h.startsWith(TOPIC.name() + "=Seniorenarbeit"));
    }

    @Test
    @DisplayName("AT-3: proposals for an unknown network, a network without working tables or without topic are refused")
    void refusedProposals() {
        assertThatThrownBy(() -> start(Map.of(NETWORK_ID.name(), "gibt-es-nicht", TOPIC.name(), "X")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Unbekanntes Netzwerk");
        assertThatThrownBy(() -> start(Map.of(NETWORK_ID.name(), Network.WILLKOMMENSKULTUR_LSA, TOPIC.name(), "X")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("keine Arbeitstische");
        assertThatThrownBy(() -> start(Map.of(NETWORK_ID.name(), Network.MIGRATION_SCHWERIN, TOPIC.name(), " ")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Thema");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(TOPIC.name(), "X").count()).isZero();
    }

    // --- helpers

    private ProcessInstance propose(String topic) {
        return start(Map.of(NETWORK_ID.name(), Network.MIGRATION_SCHWERIN, TOPIC.name(), topic, DESCRIPTION.name(), "Bedarf aus der Tagung",
                FIELD_OF_ACTION.name(), "Teilhabe"));
    }

    /** Started by the demo user "partner" through the engine API, as Tasklist and REST do. */
    private ProcessInstance start(Map<String, Object> variables) {
        identityService.setAuthentication("partner", List.of(GovernanceGroups.NETZWERKPARTNER));
        try {
            return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private ProcessInstance acceptedProposal(String topic) {
        ProcessInstance pi = propose(topic);
        complete(task(pi), Map.of(DECISION.name(), "accept"));
        BpmnAwareTests.assertThat(pi).variables().containsEntry(ACCEPTED.name(), true);
        return pi;
    }

    private void declare(ProcessInstance pi, String name, String email, String organisation) {
        runtimeService.createMessageCorrelation(MESSAGE_READINESS_DECLARED).processInstanceId(pi.getId())
                .setVariable(REPRESENTATIVE_NAME.name(), name).setVariable(REPRESENTATIVE_EMAIL.name(), email)
                .setVariable(ORGANISATION.name(), organisation).correlate();
    }

    /** The Json list Tasklist submits from the dynamic list of the form. */
    private static VariableMap declarations(String... rows) {
        String json = Arrays.stream(rows).map(r -> r.split("\\|", -1))
                .map(f -> "{\"representativeName\":\"%s\",\"representativeEmail\":\"%s\",\"organisation\":\"%s\"}"
                        .formatted(f[0], f[1], f[2]))
                .reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
        return Variables.createVariables().putValueTyped(DECLARATIONS.name(), SpinValues.jsonValue(json).create());
    }

    private Long proposalId(ProcessInstance pi) {
        return (Long) historicVariable(pi, PROPOSAL_ID.name());
    }

    private static Object historicVariable(ProcessInstance pi, String name) {
        return historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(name).singleResult().getValue();
    }

    private List<String> recipients() throws Exception {
        return Arrays.stream(greenMail.getReceivedMessages()).flatMap(m -> {
            try {
                return Arrays.stream(m.getAllRecipients());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).map(Object::toString).distinct().toList();
    }
}
