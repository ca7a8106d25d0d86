package de.netzwerke.governance.membership;

import static de.netzwerke.governance.membership.MembershipVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.NameKey;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.GovernanceSpringTest;
import jakarta.mail.internet.MimeMessage;

/** Every path of bpmn/PartnerAdmission.bpmn (M-1, W-1). */
@GovernanceSpringTest
class PartnerAdmissionProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    GreenMail greenMail;
    @Autowired
    PartnerRepository partners;
    @Autowired
    PartnerApplicationRepository applications;
    @Autowired
    MembershipLinks links;

    /** Unique per run: the test database keeps the partners of earlier runs. */
    private final String run = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void tearDown() {
        engine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    @DisplayName("M-1: applied on the public page, address confirmed, admitted: partner in the register, welcome with leave link")
    void admitted() throws Exception {
        ProcessInstance pi = apply("Jana Berg", "J.Berg." + run + "@example.org", "Jobcenter Schwerin");
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_SendConfirmationLink");
        assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys(APPLICANT_NAME.name(), APPLICANT_EMAIL.name());
        execute(job());
        MimeMessage confirm = only("J.Berg." + run + "@example.org");
        assertThat(confirm.getSubject()).isEqualTo("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        String body = (String) confirm.getContent();
        String token = body.replaceAll("(?s).*/mitmachen/bestaetigen/([A-Za-z0-9_.=-]+).*", "$1");
        assertThat(links.applicationOf(token, Instant.now()))
                .contains(APPLICATION_ID.parse(runtimeService.getVariable(pi.getId(), APPLICATION_ID.name())));

        BpmnAwareTests.assertThat(pi).isWaitingAt("Gateway_WaitForConfirmation");
        runtimeService.createMessageCorrelation(MESSAGE_EMAIL_CONFIRMED).processInstanceId(pi.getId()).correlate();
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_DecideAdmission");
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(GovernanceGroups.FACHSTELLE);
        assertThat(task().getName()).startsWith("Über Aufnahme entscheiden – Antrag ").doesNotContain("Berg");
        assertThat(task().getDescription()).contains("M-1");
        assertThat((String) engine.getTaskService().getVariableLocal(task().getId(), APPLICATION_TEXT.name()))
                .contains("Jana Berg", "Jobcenter Schwerin");

        complete(task(), Map.of(DECISION.name(), "admit"));
        execute(job());
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_PartnerAdmitted");
        var partner = partners.findByNetworkIdAndEmailKey(Network.MIGRATION_SCHWERIN, NameKey.ofEmail("j.berg." + run + "@example.org")).orElseThrow();
        assertThat(partner.isActive()).isTrue();
        assertThat(partners.distributionList(Network.MIGRATION_SCHWERIN)).filteredOn(x -> x.getId().equals(partner.getId()))
                .extracting(x -> x.organisationName()).containsExactly("Jobcenter Schwerin");
        MimeMessage welcome = greenMail.getReceivedMessages()[1];
        assertThat(welcome.getSubject()).isEqualTo("Willkommen im Netzwerk");
        assertThat((String) welcome.getContent()).contains("/austreten/", "Vorlagen und Checklisten");

        // applying again with the same address (other case) is refused: already a partner
        assertThatThrownBy(() -> apply("Jana Berg", "j.berg." + run + "@EXAMPLE.org", null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("bereits jemand Netzwerkpartner:in");
    }

    @Test
    @DisplayName("M-1: the coordination declines with a reason, which is e-mailed; then the application's data is deleted")
    void declined() throws Exception {
        ProcessInstance pi = apply("Kai Nord", "kai.nord." + run + "@example.org", null);
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_SendConfirmationLink");
        execute(job());
        runtimeService.createMessageCorrelation(MESSAGE_EMAIL_CONFIRMED).processInstanceId(pi.getId()).correlate();
        assertThatThrownBy(() -> complete(task(), Map.of(DECISION.name(), "decline")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("begründen");
        complete(task(), Map.of(DECISION.name(), "decline", DECLINE_REASON.name(), "Das Netzwerk ist auf Schwerin beschränkt."));
        execute(job());
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_ApplicationDeclined");
        MimeMessage decline = only("kai.nord." + run + "@example.org", 2).get(1);
        assertThat((String) decline.getContent()).contains("auf Schwerin beschr");
        PartnerApplication a = applications.findByProcessInstanceId(pi.getId()).orElseThrow();
        assertThat(a.getStatus()).isEqualTo(PartnerApplication.Status.DECLINED);
        assertThat(a.getName()).isNull();
        assertThat(a.getEmail()).isNull();
        assertThat(partners.findByNetworkIdAndEmailKey(Network.MIGRATION_SCHWERIN, NameKey.ofEmail("kai.nord." + run + "@example.org"))).isEmpty();
        List<String> history = new ArrayList<>();
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
                .forEach(v -> history.add(v.getName() + "=" + v.getValue()));
        engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).list()
                .forEach(d -> history.add(String.valueOf(d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u ? u.getValue() : d)));
        assertThat(history).isNotEmpty().noneMatch(h -> h.contains("Nord") || h.contains("nord@") || h.contains("Schwerin beschr"));
    }

    @Test
    @DisplayName("M-1: an application unconfirmed for 7 days is deleted")
    void expired() {
        ProcessInstance pi = apply("Ohne Bestätigung", "ohne." + run + "@example.org", "Verein");
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_SendConfirmationLink");
        execute(job());
        BpmnAwareTests.assertThat(pi).isWaitingAt("Gateway_WaitForConfirmation");
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(7, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS)));
        execute(job());
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_ApplicationExpired");
        PartnerApplication a = applications.findByProcessInstanceId(pi.getId()).orElseThrow();
        assertThat(a.getStatus()).isEqualTo(PartnerApplication.Status.EXPIRED);
        assertThat(a.getName()).isNull();
        assertThat(a.getEmail()).isNull();
        assertThat(a.getOrganisation()).isNull();
    }

    @Test
    @DisplayName("M-1: without consent, without a valid address, twice pending, or entered by another network's coordination: refused")
    void refused() {
        Map<String, Object> vars = new HashMap<>(Map.of(NETWORK_ID.name(), Network.MIGRATION_SCHWERIN,
                APPLICANT_NAME.name(), "Ria Ost", APPLICANT_EMAIL.name(), "ria." + run + "@example.org", CONSENT.name(), false));
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ADMISSION_KEY, vars))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Einwilligung");
        vars.put(CONSENT.name(), true);
        vars.put(APPLICANT_EMAIL.name(), "ria@");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ADMISSION_KEY, vars))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("keine gültige E-Mail-Adresse");
        apply("Ria Ost", "ria." + run + "@example.org", null);
        assertThatThrownBy(() -> apply("Ria Ost", "RIA." + run + "@example.org", null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("bereits ein Antrag");
        engine.getIdentityService().setAuthentication("steuerung", List.of(GovernanceGroups.STEUERUNGSGRUPPE));
        assertThatThrownBy(() -> apply("Tim West", "tim." + run + "@example.org", null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("nur seine Koordination");
    }

    private ProcessInstance apply(String name, String email, String organisation) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(NETWORK_ID.name(), Network.MIGRATION_SCHWERIN);
        vars.put(APPLICANT_NAME.name(), name);
        vars.put(APPLICANT_EMAIL.name(), email);
        vars.put(APPLICANT_ORGANISATION.name(), organisation);
        vars.put(MOTIVATION.name(), "Wir beraten Zugewanderte.");
        vars.put(CONSENT.name(), true);
        return runtimeService.startProcessInstanceByKey(ADMISSION_KEY, vars);
    }

    private MimeMessage only(String address) {
        return only(address, 1).get(0);
    }

    private List<MimeMessage> only(String address, int count) {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (de.netzwerke.governance.testsupport.Mailbox.recipients(m).stream().anyMatch(r -> r.equalsIgnoreCase(address))) {
                to.add(m);
            }
        }
        assertThat(to).hasSize(count);
        return to;
    }
}
