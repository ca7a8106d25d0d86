package de.netzwerke.governance.rules;

import static de.netzwerke.governance.rules.RulesVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
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

import de.netzwerke.governance.meeting.AgendaItem;
import de.netzwerke.governance.meeting.AgendaItemKind;
import de.netzwerke.governance.meeting.Meeting;
import de.netzwerke.governance.meeting.MeetingService;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.testsupport.GovernanceSpringTest;
import de.netzwerke.governance.testsupport.HeldMeetings;
import de.netzwerke.governance.vote.DigitalVote;
import de.netzwerke.governance.vote.DigitalVoteCall;
import de.netzwerke.governance.vote.DigitalVotes;

/**
 * Every path of bpmn/RulesChange.bpmn (G-1): digitally carried with 2/3 of those who voted, missed by one, a proposer
 * refused; at a Tagung carried with 2/3 of those present, cancelled and put to the next, cancelled and withdrawn, refused
 * without a Tagung.
 */
@GovernanceSpringTest
class RulesChangeProcessTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2027, 6, 7, 9, 0, 0, 0, Today.ZONE);

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    DigitalVotes votes;
    @Autowired
    RulesChanges changes;
    @Autowired
    PartnerRepository partners;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    GreenMail greenMail;
    @Autowired
    MeetingService meetingService;
    @Autowired
    BodyRepository bodies;

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
        identityService.clearAuthentication();
    }

    @Test
    @DisplayName("G-1: 2 yes and 1 abstention of 3 voters carry (3·2 ≥ 2·3): new version in force today, every partner mailed, the coordination reviews the settings")
    void carried() throws Exception {
        List<Partner> people = partners(4);
        int versionBefore = changes.inForce(Network.MIGRATION_SCHWERIN).versionNumber();
        ProcessInstance pi = propose("Neufassung § 3.2");
        ProcessInstance sub = subVote(pi);
        DigitalVote vote = votes.forInstance(sub.getId());
        assertThat(vote.getQuestion()).startsWith("Soll die Geschäftsordnung geändert werden: „Neufassung § 3.2“?");
        runJob(sub, "ServiceTask_SendBallotLinks");
        votes.castWithToken(votes.token(vote, people.get(0).getId()), "YES");
        votes.castWithToken(votes.token(vote, people.get(1).getId()), "YES");
        votes.castWithToken(votes.token(vote, people.get(2).getId()), "ABSTAIN");
        endVote(sub, vote);

        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_NotifyPartners");
        RulesChanges.InForce inForce = changes.inForce(Network.MIGRATION_SCHWERIN);
        LocalDate decidedOn = vote.getDeadline().plusSeconds(1).atZone(Today.ZONE).toLocalDate();
        assertThat(inForce.versionNumber()).isEqualTo(versionBefore + 1);
        assertThat(inForce.since()).isEqualTo(decidedOn);
        greenMail.purgeEmailFromAllMailboxes();
        runJob(pi, "ServiceTask_NotifyPartners");
        for (Partner p : people) {
            MimeMessage m = onlyMailTo(p.getEmail());
            assertThat(m.getSubject()).isEqualTo("Änderung der Geschäftsordnung angenommen: Neufassung § 3.2");
            assertThat(m.getContent().toString()).contains("Ja: 2, Nein: 0, Enthaltungen: 1; abgestimmt haben 3",
                    "Version " + inForce.versionNumber());
        }

        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviewProfileSettings");
        Task review = task(pi);
        assertThat(review.getName()).isEqualTo("Einstellungen des Regelprofils prüfen – Geschäftsordnung, Version "
                + inForce.versionNumber() + " vom " + de.netzwerke.governance.notification.GermanDates.format(decidedOn));
        assertThat(review.getDescription()).contains("G-1");
        assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId())).extracting(l -> l.getGroupId())
                .contains("fachstelle");
        assertThat(engine.getTaskService().getVariableLocal(review.getId(), SETTINGS_TEXT.name()).toString())
                .contains("voting.period", "majority-base", "protocol.objection-period");
        assertThatThrownBy(() -> complete(review, Map.of(SETTINGS_REVIEWED.name(), false))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("geprüft haben");
        complete(review, Map.of(SETTINGS_REVIEWED.name(), true));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_RulesChanged").hasNotPassed("EndEvent_ChangeRejected");
        RulesChange c = changes.forInstance(pi.getId());
        assertThat(c.getStatus()).isEqualTo(RulesChangeStatus.CARRIED);
        assertThat(c.getSettingsReviewedAt()).isNotNull();
    }

    @Test
    @DisplayName("G-1: 3 yes and 2 no of 5 voters miss two thirds by one (9 < 10): rejected, the rules stay, every partner mailed")
    void missedByOne() throws Exception {
        List<Partner> people = partners(6);
        RulesChanges.InForce before = changes.inForce(Network.MIGRATION_SCHWERIN);
        ProcessInstance pi = propose("Tagungen viermal im Jahr");
        ProcessInstance sub = subVote(pi);
        DigitalVote vote = votes.forInstance(sub.getId());
        runJob(sub, "ServiceTask_SendBallotLinks");
        for (int i = 0; i < 5; i++) {
            votes.castWithToken(votes.token(vote, people.get(i).getId()), i < 3 ? "YES" : "NO");
        }
        endVote(sub, vote);
        greenMail.purgeEmailFromAllMailboxes();
        runJob(pi, "ServiceTask_NotifyPartners");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_ChangeRejected").hasNotPassed("Task_ReviewProfileSettings");
        assertThat(onlyMailTo(people.get(5).getEmail()).getSubject())
                .isEqualTo("Änderung der Geschäftsordnung abgelehnt: Tagungen viermal im Jahr");
        assertThat(changes.inForce(Network.MIGRATION_SCHWERIN)).isEqualTo(before);
        assertThat(changes.forInstance(pi.getId()).getStatus()).isEqualTo(RulesChangeStatus.REJECTED);
        Map<String, Object> result = new java.util.HashMap<>();
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
                .forEach(v -> result.put(v.getName(), v.getValue()));
        assertThat(result).containsEntry(DigitalVoteCall.YES.name(), 3).containsEntry(DigitalVoteCall.N.name(), 5)
                .containsEntry(DigitalVoteCall.CARRIED.name(), false);
    }

    @Test
    @DisplayName("G-1, M-3: only the network's coordination proposes; an incomplete proposal is refused; nothing is recorded")
    void proposalRefused() {
        int before = changes.recent(Network.MIGRATION_SCHWERIN).size();
        identityService.setAuthentication("sg-person", List.of("steuerungsgruppe"));
        assertThatThrownBy(() -> propose("Fremder Vorschlag"))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        identityService.setAuthentication("fs-person", List.of("fachstelle"));
        // the Fachstelle does not coordinate the Netzwerk Willkommenskultur
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(NETWORK_ID.name(),
                Network.WILLKOMMENSKULTUR_LSA, TITLE.name(), "Fremdes Netzwerk", PASSAGES.name(), "§ 1 neu",
                REASON.name(), "Test"))).isInstanceOf(RuleViolation.class)
                .hasMessage("Eine Änderung der Vereinbarung schlägt die Steuerungsgruppe vor.");
        identityService.setAuthentication("fs-person", List.of("fachstelle"));
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(NETWORK_ID.name(),
                Network.MIGRATION_SCHWERIN, TITLE.name(), "Ohne Begründung", PASSAGES.name(), "§ 1 neu")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Begründung");
        assertThat(changes.recent(Network.MIGRATION_SCHWERIN)).hasSize(Math.min(20, before));
    }

    // --- at a Tagung (n = partners present)

    @Test
    @DisplayName("G-1 at a Tagung: the change is an item of the next Tagung; 4 yes, 1 no, 1 abstention of 6 present carry (3·4 ≥ 2·6)")
    void carriedAtTagung() throws Exception {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2033, 3, 1, 9, 0, 0, 0, Today.ZONE).toInstant()));
        List<Partner> people = partners(6);
        int versionBefore = changes.inForce(Network.MIGRATION_SCHWERIN).versionNumber();
        Meeting later = planTagung("2033-04-20T10:00");
        Meeting next = planTagung("2033-03-10T10:00");
        ProcessInstance pi = proposeAtTagung("Sprecher:innenrat mit Stellvertretung");

        BpmnAwareTests.assertThat(pi).isWaitingAt("ReceiveTask_TagungDecides").hasPassed("ServiceTask_PutOnTagungAgenda")
                .hasNotPassed("CallActivity_PartnersVote");
        RulesChange c = changes.forInstance(pi.getId());
        assertThat(c.getDecidedBy()).isEqualTo(DecisionPath.TAGUNG);
        assertThat(c.getMeetingId()).as("the next Tagung, not a later one").isEqualTo(next.getId()).isNotEqualTo(later.getId());
        AgendaItem item = tx.execute(s -> meetingService.agenda(meetingService.meeting(next.getId()))).get(0);
        assertThat(item.getKind()).isEqualTo(AgendaItemKind.RULES_CHANGE);
        assertThat(item.getTitle()).isEqualTo("Änderung der Geschäftsordnung: „Sprecher:innenrat mit Stellvertretung“ "
                + "(Zwei-Drittel-Mehrheit der Anwesenden, G-1)");
        // the result cannot be sent in by hand: the message is the system's
        identityService.setAuthentication("fs-person", List.of("fachstelle"));
        assertThatThrownBy(() -> runtimeService.createMessageCorrelation(MSG_DECIDED_AT_TAGUNG)
                .processInstanceId(pi.getId()).correlate()).isInstanceOf(RuleViolation.class);
        identityService.clearAuthentication();

        holdAndDecide(next.getId(), people, 4, 1, 1);

        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_NotifyPartners").hasPassed("ServiceTask_TakeOverTagungResult");
        c = changes.forInstance(pi.getId());
        assertThat(c.getStatus()).isEqualTo(RulesChangeStatus.CARRIED);
        assertThat(c.getVoteId()).isNull();
        assertThat(List.of(c.getYes(), c.getNo(), c.getAbstentions(), c.getN())).containsExactly(4, 1, 1, 6);
        assertThat(changes.inForce(Network.MIGRATION_SCHWERIN).versionNumber()).isEqualTo(versionBefore + 1);
        greenMail.purgeEmailFromAllMailboxes();
        runJob(pi, "ServiceTask_NotifyPartners");
        assertThat(onlyMailTo(people.get(0).getEmail()).getContent().toString()).contains(
                "auf der Tagung am 10.03.2033 über die Änderung der Geschäftsordnung abgestimmt",
                "Ja: 4, Nein: 1, Enthaltungen: 1; anwesend waren 6");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviewProfileSettings");
        complete(task(pi), Map.of(SETTINGS_REVIEWED.name(), true));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_RulesChanged");
    }

    @Test
    @DisplayName("G-1 at a Tagung: the Tagung is cancelled, the coordination puts the change to the next one; 3 yes, 2 no of 5 present miss (9 < 10)")
    void tagungCancelledThenRejectedAtTheNext() throws Exception {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2034, 3, 1, 9, 0, 0, 0, Today.ZONE).toInstant()));
        List<Partner> people = partners(5);
        RulesChanges.InForce before = changes.inForce(Network.MIGRATION_SCHWERIN);
        Meeting first = planTagung("2034-03-10T10:00");
        ProcessInstance pi = proposeAtTagung("Tagungen viermal im Jahr");
        assertThat(changes.forInstance(pi.getId()).getMeetingId()).isEqualTo(first.getId());

        tx.executeWithoutResult(s -> meetingService.cancel(meetingService.meeting(first.getId())));

        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RescheduleDecision");
        Task reschedule = task(pi);
        assertThat(reschedule.getName()).isEqualTo("Beschluss neu ansetzen – „Tagungen viermal im Jahr“, Tagung am 10.03.2034 abgesagt");
        assertThat(engine.getTaskService().getIdentityLinksForTask(reschedule.getId())).extracting(l -> l.getGroupId())
                .contains("fachstelle");
        // no Tagung planned yet: refused, the task stays
        assertThatThrownBy(() -> complete(reschedule, Map.of(RESCHEDULE.name(), "TAGUNG"))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("keine kommende Tagung geplant");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RescheduleDecision");

        Meeting second = planTagung("2034-05-05T10:00");
        complete(task(pi), Map.of(RESCHEDULE.name(), "TAGUNG"));
        BpmnAwareTests.assertThat(pi).isWaitingAt("ReceiveTask_TagungDecides");
        assertThat(changes.forInstance(pi.getId()).getMeetingId()).isEqualTo(second.getId());

        holdAndDecide(second.getId(), people, 3, 2, 0);
        runJob(pi, "ServiceTask_NotifyPartners");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_ChangeRejected");
        assertThat(changes.inForce(Network.MIGRATION_SCHWERIN)).isEqualTo(before);
        assertThat(changes.forInstance(pi.getId()).getStatus()).isEqualTo(RulesChangeStatus.REJECTED);
    }

    @Test
    @DisplayName("G-1 at a Tagung: the Tagung is cancelled and the coordination withdraws the change; the rules stay")
    void tagungCancelledAndWithdrawn() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2035, 3, 1, 9, 0, 0, 0, Today.ZONE).toInstant()));
        Meeting tagung = planTagung("2035-03-10T10:00");
        ProcessInstance pi = proposeAtTagung("Zurückgezogene Änderung");
        tx.executeWithoutResult(s -> meetingService.cancel(meetingService.meeting(tagung.getId())));
        complete(task(pi), Map.of(RESCHEDULE.name(), "WITHDRAW"));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_ChangeWithdrawn").hasNotPassed("ServiceTask_RecordDecision");
        assertThat(changes.forInstance(pi.getId()).getStatus()).isEqualTo(RulesChangeStatus.WITHDRAWN);
    }

    @Test
    @DisplayName("G-1 at a Tagung: without a Tagung planned the proposal is refused and nothing is recorded")
    void atTagungWithoutTagungRefused() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2036, 3, 1, 9, 0, 0, 0, Today.ZONE).toInstant()));
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
        assertThatThrownBy(() -> proposeAtTagung("Ohne Tagung")).isInstanceOf(RuleViolation.class)
                .hasMessage("Für dieses Netzwerk ist keine kommende Tagung geplant. Bitte planen Sie zuerst die Tagung, "
                        + "oder lassen Sie alle Netzwerkpartner:innen digital abstimmen.");
        assertThat(changes.recent(Network.MIGRATION_SCHWERIN)).noneMatch(c -> c.getTitle().equals("Ohne Tagung"));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);
    }

    Meeting planTagung(String startsAt) {
        Body plenary = bodies.findFirstByNetworkIdAndKind(Network.MIGRATION_SCHWERIN, BodyKind.PLENARY).orElseThrow();
        return held().plan(plenary.getId(), "Tagung " + startsAt, startsAt);
    }

    void holdAndDecide(Long meetingId, List<Partner> present, int yes, int no, int abstentions) {
        held().holdAndDecide(meetingId, present, yes, no, abstentions);
    }

    HeldMeetings held() {
        return new HeldMeetings(tx, meetingService);
    }

    ProcessInstance proposeAtTagung(String title) {
        identityService.setAuthentication("fs-person", List.of("fachstelle"));
        try {
            return runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(NETWORK_ID.name(), Network.MIGRATION_SCHWERIN,
                    TITLE.name(), title, PASSAGES.name(), "§ 4 erhält folgende Fassung: „…“",
                    REASON.name(), "Vorschlag aus dem Sprecher:innenrat.", DECIDED_BY.name(), "TAGUNG"));
        } finally {
            identityService.clearAuthentication();
        }
    }

    ProcessInstance propose(String title) {
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(NETWORK_ID.name(), Network.MIGRATION_SCHWERIN,
                TITLE.name(), title, PASSAGES.name(), "§ 3.2 Satz 1 erhält folgende Fassung: „…“",
                REASON.name(), "Klarstellung nach der Tagung."));
    }

    ProcessInstance subVote(ProcessInstance pi) {
        ProcessInstance sub = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        assertThat(sub).as("the DigitalVote called").isNotNull();
        return sub;
    }

    /** The deadline passes (a partner of the test has not voted, so the vote does not end early) and it is counted. */
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
        assertThat(to).as("mail to " + address).hasSize(1);
        return to.get(0);
    }

    List<Partner> partners(int count) {
        int n = ++batch;
        return tx.execute(s -> {
            List<Partner> list = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                list.add(partners.save(new Partner(Network.MIGRATION_SCHWERIN, "Regeln " + n + "-" + i,
                        "gr" + n + "-" + i + "@example.org", null, LocalDate.of(2026, 1, 15))));
            }
            return list;
        });
    }
}
