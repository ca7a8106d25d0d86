package de.netzwerke.governance.steering;

import static de.netzwerke.governance.steering.SteeringVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.MembershipRepository;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.SteeringGroup;
import de.netzwerke.governance.register.SteeringGroups;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.AccessSetup;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.GovernanceSpringTest;
import de.netzwerke.governance.testsupport.Mailbox;

/** Every path of bpmn/SteeringGroupReappointment.bpmn (W-5…W-9). */
@GovernanceSpringTest
class SteeringGroupReappointmentProcessTest {

    private static final String LSA = Network.WILLKOMMENSKULTUR_LSA;
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 10, 1, 10, 0, 0, 0, Today.ZONE);
    /** 28.02.2027 (W-6 from 29.02.2024) − 3 months, 08:00. */
    private static final ZonedDateTime DUE = ZonedDateTime.of(2026, 11, 28, 8, 0, 0, 0, Today.ZONE);

    /** The demo group as DemoData set it up, restored before each test. */
    private static List<SteeringGroups.NewSeat> demoSeats;

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
    SteeringGroups steeringGroups;
    @Autowired
    SteeringSchedule schedule;
    @Autowired
    ReappointmentRepository reappointments;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    AccessSetup access;

    private Body group;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        greenMail.purgeEmailFromAllMailboxes();
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
        group = steeringGroups.body(LSA);
        runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list()
                .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test set-up"));
        tx.executeWithoutResult(s -> reappointments.findAll().stream()
                .filter(r -> ReappointmentService.OPEN.contains(r.getStatus())).forEach(Reappointment::superseded));
        if (demoSeats == null) {
            demoSeats = steeringGroups.seats(group.getId()).stream().map(s -> new SteeringGroups.NewSeat(s.partnerId(),
                    s.fieldOfAction().getId(), s.reach(), s.businessLink(), s.welcomeCultureBearing())).toList();
        }
        tx.executeWithoutResult(s -> steeringGroups.reconstitute(group.getId(), demoSeats, LocalDate.of(2024, 2, 29),
                LocalDate.of(2027, 2, 28)));
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    @DisplayName("W-6…W-9: the reappointment starts by itself on 28.11.2026 (28.02.2027 − 3 months); a member steps down by message, "
            + "another by the form; nominations by message and form, a regional nominee without business link is not eligible (W-7); "
            + "11 persons are refused, 10 proposed (W-8); the network rejects, then carries: the group is exactly the new members, "
            + "confirmed on the decision day and due three years later; everyone involved is e-mailed; the next reappointment waits")
    void fullReappointment() throws Exception {
        ProcessInstance pi = scheduled();
        BpmnAwareTests.assertThat(pi).isWaitingAt("Gateway_WaitForDue").variables().containsEntry(STARTS_NOW.name(), false);
        assertThat(job("TimerEvent_ReappointmentDue").getDuedate()).isEqualTo(Date.from(DUE.toInstant()));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
                .contains("Steuerungsgruppe: Wiederbestellung").contains("fällig am 28.02.2027");
        schedule.ensureScheduled(LSA);
        assertThat(instances()).as("one reappointment per network").hasSize(1);

        ClockUtil.setCurrentTime(Date.from(DUE.toInstant()));
        execute(job("TimerEvent_ReappointmentDue"));
        BpmnAwareTests.assertThat(pi).hasPassed("TimerEvent_ReappointmentDue", "ServiceTask_BeginReappointment").isWaitingAt("Task_AskMembers");
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(GovernanceGroups.STEUERUNGSGRUPPE);
        assertThat(task().getName()).isEqualTo("Bereitschaft der Mitglieder erfassen – Steuerungsgruppe, fällig am 28.02.2027");
        assertThat(task().getDescription()).contains("(W-6)");
        assertThat(options(MEMBER_OPTIONS.name())).hasSize(6);

        // Tarek Said steps down by message: the task comes again without him
        runtimeService.createMessageCorrelation(MESSAGE_STANDING_DECLARED).processInstanceId(pi.getId())
                .setVariable(PARTNER_ID.name(), member("Tarek Said")).setVariable(STANDS_AGAIN.name(), false).correlate();
        BpmnAwareTests.assertThat(pi).hasPassed("ServiceTask_RecordStandingDeclaration").isWaitingAt("Task_AskMembers");
        assertThat(options(MEMBER_OPTIONS.name())).hasSize(5);
        assertThat((String) shown().get(CANDIDATES_TEXT.name())).contains("Tarek Said", "tritt nicht wieder an");
        // a non-member cannot declare
        assertThatThrownBy(() -> runtimeService.createMessageCorrelation(MESSAGE_STANDING_DECLARED).processInstanceId(pi.getId())
                .setVariable(PARTNER_ID.name(), 999_999L).setVariable(STANDS_AGAIN.name(), true).correlate())
                .isInstanceOf(RuleViolation.class).hasMessageContaining("kein Mitglied der Steuerungsgruppe");

        // Olga Petrenko is not ticked: she steps down
        complete(task(), Map.of(STANDING_AGAIN.name(), ids("Jonas Weber", "Lena Richter", "Maria Kammer", "Stefan Steuerung")));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordNominations");
        Date deadline = (Date) runtimeService.getVariable(pi.getId(), NOMINATION_DEADLINE.name());
        assertThat(deadline).isEqualTo(Date.from(ZonedDateTime.of(2026, 12, 27, 0, 0, 0, 0, Today.ZONE).toInstant()));
        assertThat(task().getDueDate()).isEqualTo(deadline);

        // two nominations by message, five by form (one regional without business link), in two rounds
        nominateByMessage(pi, "Nora Haas", "n.haas@example.org", "Arbeitgeberverband Sachsen-Anhalt", "zugang-wirtschaft", "STATE_WIDE", true, false);
        nominateByMessage(pi, "Ben Yilmaz", "b.yilmaz@example.org", "KAUSA-Landesstelle ZuSa", "ausbildungsmarkt", "SUPRA_REGIONAL", false, true);
        BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_NominationRecorded").isWaitingAt("Task_RecordNominations");
        Map<String, Object> round1 = new HashMap<>();
        row(round1, 1, "Eva Lang", "e.lang@example.org", "Freiwilligenagentur Halle", "willkommenskultur", "SUPRA_REGIONAL", false, true);
        row(round1, 2, "Kai Brandt", "k.brandt@example.org", "Volkshochschule Stendal", "lebenslanges-lernen", "REGIONAL", false, false);
        row(round1, 3, "Ida Lorenz", "i.lorenz@example.org", "Integrationskoordination Landkreis Harz", "uebergangsmanagement", "STATE_WIDE", false, true);
        complete(task(), round1);
        BpmnAwareTests.assertThat(pi).hasPassed("Gateway_NominationsClosed").isWaitingAt("Task_RecordNominations");
        assertThat((String) shown().get(CANDIDATES_TEXT.name())).contains("Nora Haas", "Kai Brandt", "Ida Lorenz");
        // a second nomination of the same person is refused and changes nothing
        Map<String, Object> again = new HashMap<>();
        row(again, 1, "Eva Lang", "E.Lang@example.org", "Freiwilligenagentur Halle", "willkommenskultur", "SUPRA_REGIONAL", false, true);
        assertThatThrownBy(() -> complete(task(), again)).isInstanceOf(RuleViolation.class).hasMessageContaining("bereits vorgeschlagen");
        Map<String, Object> round2 = new HashMap<>();
        row(round2, 1, "Paul Krüger", "p.krueger@example.org", "Senior Expert Service", "ausbildungsmarkt", "STATE_WIDE", true, false);
        row(round2, 2, "Mia Schulz", "m.schulz@example.org", "International Office Universität Magdeburg", "lebenslanges-lernen", "STATE_WIDE", false, true);
        row(round2, 3, "Ole Berg", "o.berg@example.org", "Faire Integration Sachsen-Anhalt", "arbeitsmarkt", "SUPRA_REGIONAL", false, true);
        round2.put(CLOSE_NOMINATIONS.name(), true);
        complete(task(), round2);

        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_CheckEligibility");
        assertThat(task().getName()).startsWith("Wählbarkeit prüfen (W-7, W-8) – Steuerungsgruppe");
        assertThat((String) shown().get(CANDIDATES_TEXT.name())).contains("Kai Brandt (Volkshochschule Stendal) – Lebenslanges Lernen, regional (vorgeschlagen) – **nicht wählbar:** wirkt nur regional");
        // those who stepped down no longer count: nobody eligible comes from two of the nine fields
        assertThat((String) shown().get(COVERAGE_TEXT.name())).startsWith("7 von 9 Handlungsfeldern abgedeckt")
                .contains("Aufenthalt und Ankommen: **nicht abgedeckt**", "Arbeitsmarkt: Lena Richter, Ole Berg");
        complete(task(), Map.of(ELIGIBILITY_CHECKED.name(), true));

        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ComposeSteeringGroup");
        List<Map<String, String>> options = options(CANDIDATE_OPTIONS.name());
        assertThat(options).as("the 4 members standing again and the 7 eligible nominees").hasSize(11);
        List<String> eleven = options.stream().map(o -> o.get("value")).toList();
        assertThatThrownBy(() -> complete(task(), Map.of(PROPOSED_MEMBER_IDS.name(), String.join(",", eleven))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("höchstens 10 Personen (W-8)").hasMessageContaining("vorgeschlagen sind 11");
        assertThatThrownBy(() -> complete(task(), Map.of(PROPOSED_MEMBER_IDS.name(), ids("Kai Brandt", "Nora Haas"))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Kai Brandt: wirkt nur regional");
        assertThatThrownBy(() -> complete(task(), Map.of(PROPOSED_MEMBER_IDS.name(), ids("Olga Petrenko"))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Olga Petrenko: tritt nicht wieder an");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ComposeSteeringGroup");
        String ten = ids("Jonas Weber", "Lena Richter", "Maria Kammer", "Stefan Steuerung", "Nora Haas", "Ben Yilmaz",
                "Eva Lang", "Ida Lorenz", "Paul Krüger", "Mia Schulz");
        complete(task(), Map.of(PROPOSED_MEMBER_IDS.name(), ten));

        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordNetworkDecision");
        assertThat((String) shown().get(COVERAGE_TEXT.name())).startsWith("7 von 9 Handlungsfeldern abgedeckt")
                .contains("Migrantenselbstorganisationen: **nicht abgedeckt**");
        // a tie is a rejection: back to the composition with the result
        complete(task(), Map.of(PRESENT.name(), 20, YES.name(), 8, NO.name(), 8, ABSTENTIONS.name(), 4));
        BpmnAwareTests.assertThat(pi).hasPassed("Gateway_DecisionOutcome").isWaitingAt("Task_ComposeSteeringGroup")
                .variables().containsEntry(OUTCOME.name(), "REJECTED");
        assertThat((String) shown().get(OUTCOME_TEXT.name())).contains("8 Ja, 8 Nein", "abgelehnt", "Nora Haas");
        complete(task(), Map.of(PROPOSED_MEMBER_IDS.name(), ten));
        assertThatThrownBy(() -> complete(task(), Map.of(PRESENT.name(), 5, YES.name(), 4, NO.name(), 2, ABSTENTIONS.name(), 0)))
                .isInstanceOf(RuleViolation.class);
        // the group must become exactly the new members: a stray member of the group leaves it
        access.addToGroup("partner", GovernanceGroups.STEUERUNGSGRUPPE);
        complete(task(), Map.of(PRESENT.name(), 20, YES.name(), 12, NO.name(), 5, ABSTENTIONS.name(), 3));
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_AppointSteeringGroup").variables().containsEntry(OUTCOME.name(), "CARRIED");

        execute(job());
        assertThat(steeringGroups.seats(group.getId())).extracting(SteeringGroups.Seat::name).containsExactlyInAnyOrder(
                "Jonas Weber", "Lena Richter", "Maria Kammer", "Stefan Steuerung", "Nora Haas", "Ben Yilmaz", "Eva Lang",
                "Ida Lorenz", "Paul Krüger", "Mia Schulz");
        assertThat(steeringGroups.seats(group.getId())).filteredOn(s -> s.name().equals("Nora Haas")).singleElement()
                .satisfies(s -> assertThat(s.since()).isEqualTo(LocalDate.of(2026, 11, 28)))
                .satisfies(s -> assertThat(s.fieldOfAction().getCode()).isEqualTo("zugang-wirtschaft"));
        SteeringGroup dates = steeringGroups.dates(group.getId());
        assertThat(dates.getLastConfirmedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(dates.getNextDueOn()).isEqualTo(LocalDate.of(2029, 11, 28));
        assertThat(identityService.createUserQuery().memberOfGroup(GovernanceGroups.STEUERUNGSGRUPPE).list())
                .extracting(User::getId).containsExactly("steuerung");
        assertThat(runtimeService.getVariable(pi.getId(), NEXT_DUE_ON.name()))
                .isEqualTo(Date.from(LocalDate.of(2029, 11, 28).atStartOfDay(Today.ZONE).toInstant()));

        execute(job());
        List<String> to = new Mailbox(greenMail).recipientsOf(m -> Mailbox.subject(m).equals("Steuerungsgruppe bestätigt am 28.11.2026"));
        assertThat(to).contains("t.said@example.org", "o.petrenko@example.org", "n.haas@example.org", "k.brandt@example.org",
                "steuerung@example.org").hasSize(14);

        execute(job());
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_Reappointed");
        List<ProcessInstance> next = instances();
        assertThat(next).hasSize(1);
        BpmnAwareTests.assertThat(next.get(0)).isWaitingAt("Gateway_WaitForDue");
        assertThat(job("TimerEvent_ReappointmentDue").getDuedate())
                .isEqualTo(Date.from(ZonedDateTime.of(2029, 8, 28, 8, 0, 0, 0, Today.ZONE).toInstant()));

        // personal data: names were shown in tasks and sent in messages, but none reached Camunda's history
        List<String> history = new ArrayList<>();
        engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).disableCustomObjectDeserialization()
                .list().forEach(d -> history.add(String.valueOf(d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
                        ? u.getVariableName() + "=" + u.getValue() : d)));
        assertThat(history).isNotEmpty().noneMatch(h -> h.contains("Nora Haas") || h.contains("@example.org") || h.contains("Halle"));
    }

    @Test
    @DisplayName("W-6: the Steuerungsgruppe brings the reappointment forward: the waiting one ends, a second start is refused; "
            + "the nomination period runs out by its timer")
    void broughtForwardAndNominationPeriodRunsOut() {
        ProcessInstance waiting = scheduled();
        identityService.setAuthentication("steuerung", List.of(GovernanceGroups.STEUERUNGSGRUPPE));
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(NETWORK_ID.name(), LSA));
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(NETWORK_ID.name(), LSA)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("läuft bereits");
        identityService.clearAuthentication();
        BpmnAwareTests.assertThat(waiting).isEnded().hasPassed("MessageEvent_BroughtForward", "EndEvent_BroughtForward");
        BpmnAwareTests.assertThat(pi).hasPassed("Gateway_StartNow").isWaitingAt("Task_AskMembers")
                .variables().containsEntry(STARTS_NOW.name(), true);

        complete(task(), Map.of(STANDING_AGAIN.name(), ids("Jonas Weber", "Lena Richter", "Maria Kammer", "Stefan Steuerung",
                "Olga Petrenko", "Tarek Said")));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordNominations");
        Date deadline = job("BoundaryEvent_NominationPeriodOver").getDuedate();
        assertThat(deadline).isEqualTo(Date.from(ZonedDateTime.of(2026, 10, 30, 0, 0, 0, 0, Today.ZONE).toInstant()));
        ClockUtil.setCurrentTime(deadline);
        execute(job("BoundaryEvent_NominationPeriodOver"));
        BpmnAwareTests.assertThat(pi).hasPassed("BoundaryEvent_NominationPeriodOver").isWaitingAt("Task_CheckEligibility");
        assertThat((String) shown().get(CANDIDATES_TEXT.name())).contains("Olga Petrenko", "tritt wieder an", "**wählbar**");
    }

    @Test
    @DisplayName("W-5: a network without a steering group has no reappointment; the start is refused in German")
    void networkWithoutSteeringGroup() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY,
                Map.of(NETWORK_ID.name(), Network.MIGRATION_SCHWERIN)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("hat keine Steuerungsgruppe");
    }

    // --- helpers

    private ProcessInstance scheduled() {
        schedule.ensureScheduled(LSA);
        List<ProcessInstance> list = instances();
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private List<ProcessInstance> instances() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list();
    }

    private Long member(String name) {
        return tx.execute(s -> memberships.currentMembers(List.of(group.getId())).stream()
                .filter(m -> m.getPartner().getName().equals(name)).findFirst().orElseThrow().getPartner().getId());
    }

    /** Partner ids by name (members or nominees), as the forms send them: "12,14". */
    private String ids(String... names) {
        Map<String, Long> byName = new HashMap<>();
        steeringGroups.seats(group.getId()).forEach(s -> byName.put(s.name(), s.partnerId()));
        tx.executeWithoutResult(s -> candidates.findAll().forEach(c -> byName.put(c.getPartner().getName(), c.getPartner().getId())));
        return java.util.Arrays.stream(names).map(n -> String.valueOf(byName.get(n))).collect(Collectors.joining(","));
    }

    @Autowired
    SteeringCandidateRepository candidates;

    private void nominateByMessage(ProcessInstance pi, String name, String email, String organisation, String field,
                                   String reach, boolean business, boolean welcome) {
        runtimeService.createMessageCorrelation(MESSAGE_NOMINATION).processInstanceId(pi.getId())
                .setVariable(NOMINEE_NAME.name(), name).setVariable(NOMINEE_EMAIL.name(), email)
                .setVariable(NOMINEE_ORGANISATION.name(), organisation).setVariable(FIELD_OF_ACTION.name(), field)
                .setVariable(REACH.name(), reach).setVariable(BUSINESS_LINK.name(), business)
                .setVariable(WELCOME_CULTURE_BEARING.name(), welcome).correlate();
    }

    private static void row(Map<String, Object> vars, int row, String name, String email, String organisation, String field,
                            String reach, boolean business, boolean welcome) {
        vars.put(NominationsForm.name(row).name(), name);
        vars.put(NominationsForm.email(row).name(), email);
        vars.put(NominationsForm.organisation(row).name(), organisation);
        vars.put(NominationsForm.fieldOfAction(row).name(), field);
        vars.put(NominationsForm.reach(row).name(), reach);
        vars.put(NominationsForm.businessLink(row).name(), business);
        vars.put(NominationsForm.welcomeCultureBearing(row).name(), welcome);
    }

    private Map<String, Object> shown() {
        return engine.getTaskService().getVariablesLocal(task().getId());
    }

    private List<Map<String, String>> options(String name) {
        return parse(engine.getTaskService().getVariableLocal(task().getId(), name));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> parse(Object json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json.toString(), List.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
