package de.netzwerke.governance.membership;

import static de.netzwerke.governance.membership.MembershipVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.PartnerStatus;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.GovernanceSpringTest;
import de.netzwerke.governance.testsupport.Mailbox;

/**
 * Every path of bpmn/MembershipReview.bpmn (M-2). Attendance is written straight into the meetings' tables
 * (V8: meeting, meeting_attendance), as meetings recorded after the fact.
 */
@GovernanceSpringTest
class MembershipReviewProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    GreenMail greenMail;
    @Autowired
    PartnerRepository partners;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Today today;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("M-2: 21 flagged partners are decided in two rounds; the confirmed one is told, removed and erased")
    void removedAfterTwoRounds() throws Exception {
        String prefix = "Runde " + System.nanoTime() + " ";
        List<Partner> absent = new ArrayList<>();
        long meeting = meeting(Network.MIGRATION_SCHWERIN, today.date().minusMonths(5));
        for (int i = 0; i < 21; i++) {
            Partner p = partner(Network.MIGRATION_SCHWERIN, prefix + i, "runde" + i + "." + prefix.hashCode() + "@example.org");
            absent.add(p);
            attend(meeting, p, "UNEXCUSED");
        }
        Partner present = partner(Network.MIGRATION_SCHWERIN, prefix + "da", "da." + prefix.hashCode() + "@example.org");
        attend(meeting, present, "PRESENT");

        ProcessInstance pi = review(Network.MIGRATION_SCHWERIN, null);
        List<Long> flagged = FLAGGED_PARTNER_IDS.parse(runtimeService.getVariable(pi.getId(), FLAGGED_PARTNER_IDS.name()));
        assertThat(flagged).containsAll(absent.stream().map(Partner::getId).toList()).doesNotContain(present.getId());
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ConfirmRemovals");
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(GovernanceGroups.FACHSTELLE);
        assertThat(task().getName()).startsWith("Entfernungen bestätigen – Prüfung zum ");

        Partner removed = absent.get(0);
        // every shown row needs a decision
        assertThatThrownBy(() -> complete(task(), Map.of("partner1Decision", "keep")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("für jede angezeigte Person");
        for (int round = 0; round < 2; round++) {
            Map<String, Object> decisions = new HashMap<>();
            Map<String, Object> shown = engine.getTaskService().getVariablesLocal(task().getId());
            for (int row = 1; row <= MembershipService.ROWS; row++) {
                Object facts = shown.get("partner" + row + "Facts");
                if (facts != null) {
                    assertThat((String) facts).contains("unentschuldigt", "keine Teilnahme");
                    decisions.put("partner" + row + "Decision", ((String) facts).startsWith(removed.getName() + ",") ? "remove" : "keep");
                }
            }
            complete(task(), decisions);
            if (round == 0) {
                BpmnAwareTests.assertThat(pi).hasPassed("Gateway_AllDecided");
            }
            if (runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult() != null
                    && !engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list().isEmpty()) {
                continue;
            }
            break;
        }
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_NotifyRemovedPartners");
        execute(job());
        assertThat(new Mailbox(greenMail).recipientsOf(m -> m.getSubject().equals("Ihre Teilnahme am Netzwerk endet")))
                .containsExactly(removed.getEmail());
        execute(job());
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_PartnersRemoved");
        Partner gone = partners.findById(removed.getId()).orElseThrow();
        assertThat(gone.getStatus()).isEqualTo(PartnerStatus.REMOVED);
        assertThat(gone.getName()).doesNotContain(prefix);
        assertThat(gone.getEmail()).isNull();
        assertThat(partners.distributionList(Network.MIGRATION_SCHWERIN)).extracting(Partner::getId).doesNotContain(removed.getId());

        // the kept are not flagged again for the same absences
        ProcessInstance again = review(Network.MIGRATION_SCHWERIN, null);
        var historic = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(again.getId())
                .variableName(FLAGGED_PARTNER_IDS.name()).singleResult();
        List<Long> flaggedAgain = FLAGGED_PARTNER_IDS.parse(historic.getValue());
        assertThat(flaggedAgain == null ? List.<Long>of() : flaggedAgain).doesNotContainAnyElementsOf(absent.stream().map(Partner::getId).toList());
    }

    @Test
    @DisplayName("M-2: all flagged partners kept: nobody removed, no e-mail")
    void allKept() {
        Partner p = partner(Network.WILLKOMMENSKULTUR_LSA, "Bleibt Hier", "bleibt." + System.nanoTime() + "@example.org");
        attend(meeting(Network.WILLKOMMENSKULTUR_LSA, today.date().minusMonths(2)), p, "UNEXCUSED");
        ProcessInstance pi = review(Network.WILLKOMMENSKULTUR_LSA, null);
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ConfirmRemovals");
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(GovernanceGroups.STEUERUNGSGRUPPE);
        complete(task(), Map.of(KEEP_PARTNER_IDS.name(), String.valueOf(p.getId())));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_AllKept");
        assertThat(partners.findById(p.getId()).orElseThrow().isActive()).isTrue();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    @DisplayName("M-2: a review as of a day before any meeting flags nobody; a bad or future date is refused")
    void nobodyFlagged() {
        ProcessInstance pi = review(Network.WILLKOMMENSKULTUR_LSA, "2024-03-01");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_NobodyFlagged");
        assertThatThrownBy(() -> review(Network.WILLKOMMENSKULTUR_LSA, "1.3.2024"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("JJJJ-MM-TT");
        assertThatThrownBy(() -> review(Network.WILLKOMMENSKULTUR_LSA, today.date().plusDays(1).toString()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Zukunft");
    }

    @Test
    @DisplayName("M-2: at the start of every month a review starts for each network")
    void monthlyTimer() {
        Job timer = engine.getManagementService().createJobQuery().timers().processDefinitionKey("MembershipReviewSchedule")
                .activityId("StartEvent_Monthly").singleResult();
        assertThat(timer).isNotNull();
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(REVIEW_KEY).count()
                + engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(REVIEW_KEY).finished().count();
        engine.getManagementService().executeJob(timer.getId());
        long after = runtimeService.createProcessInstanceQuery().processDefinitionKey(REVIEW_KEY).count()
                + engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(REVIEW_KEY).finished().count();
        // one review per network
        assertThat(after - before).isEqualTo(2);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("EndEvent_ReviewsStarted").count()).isEqualTo(1);
    }

    // --- helpers

    private ProcessInstance review(String networkId, String asOf) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(NETWORK_ID.name(), networkId);
        if (asOf != null) {
            vars.put(AS_OF.name(), asOf);
        }
        return runtimeService.startProcessInstanceByKey(REVIEW_KEY, vars);
    }

    private Partner partner(String networkId, String name, String email) {
        return partners.save(new Partner(networkId, name, email, null, today.date().minusYears(2)));
    }

    private long meeting(String networkId, LocalDate day) {
        Long bodyId = jdbc.queryForObject("select min(id) from body where network_id = ? and kind = 'PLENARY'", Long.class, networkId);
        Timestamp start = Timestamp.valueOf(day.atTime(LocalTime.of(16, 0)));
        jdbc.update("insert into meeting (network_id, body_id, kind, title, starts_at, ends_at, location, state, recorded_after, created_at) "
                + "values (?, ?, 'TAGUNG', 'Tagung', ?, ?, 'Rathaus', 'HELD', true, ?)", networkId, bodyId, start, start, start);
        return jdbc.queryForObject("select max(id) from meeting", Long.class);
    }

    private void attend(long meetingId, Partner p, String status) {
        jdbc.update("insert into meeting_attendance (meeting_id, partner_id, status) values (?, ?, ?)", meetingId, p.getId(), status);
    }
}
