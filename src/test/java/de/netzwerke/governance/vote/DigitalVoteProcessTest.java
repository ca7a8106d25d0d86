package de.netzwerke.governance.vote;

import static de.netzwerke.governance.vote.DigitalVoteCall.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
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
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.Office;
import de.netzwerke.governance.register.OfficeKind;
import de.netzwerke.governance.register.OfficeRepository;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.testsupport.GovernanceSpringTest;

/** Every path of bpmn/DigitalVote.bpmn (G-1, SR-1, SR-7): everyone voted early, reminder and deadline, refusals. */
@GovernanceSpringTest
class DigitalVoteProcessTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2027, 4, 1, 9, 0, 0, 0, Today.ZONE);

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    DigitalVotes votes;
    @Autowired
    PartnerRepository partners;
    @Autowired
    BodyRepository bodies;
    @Autowired
    OfficeRepository offices;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GreenMail greenMail;

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
    @DisplayName("G-1: all partners vote before the end: the vote stops waiting, 2/3 is counted with n = who voted")
    void everyoneVotedEarly() {
        partnersOf(Network.WILLKOMMENSKULTUR_LSA, 3);
        ProcessInstance pi = start(Network.WILLKOMMENSKULTUR_LSA, "Änderung der Vereinbarung, Abschnitt V", "ALL_PARTNERS", "TWO_THIRDS");
        DigitalVote vote = votes.forInstance(pi.getId());
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_SendBallotLinks");
        // open before the links go out, so that a voter who follows the link at once finds it open
        assertThat(votes.forInstance(pi.getId()).getStatus()).isEqualTo(DigitalVote.Status.OPEN);
        runJob(pi, "ServiceTask_SendBallotLinks");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_AwaitVotes");
        List<Voter> electorate = votes.voters(vote);
        assertThat(greenMail.getReceivedMessages()).hasSize(electorate.size());
        assertThat(vote.getDeadline()).isEqualTo(NOW.plusDays(14).toInstant());
        int size = (Integer) runtimeService.getVariable(pi.getId(), ELECTORATE_SIZE.name());
        assertThat(size).isEqualTo(electorate.size()).isGreaterThanOrEqualTo(3);
        int yes = 0;
        for (int i = 0; i < electorate.size(); i++) {
            String choice = i % 3 == 2 ? "ABSTAIN" : "YES";
            yes += choice.equals("YES") ? 1 : 0;
            String token = votes.token(vote, electorate.get(i).getPartnerId());
            votes.castWithToken(token, choice);
        }
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_CountVotes");
        runJob(pi, "ServiceTask_CountVotes");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Task_AwaitVotes", "EndEvent_VoteCounted")
                .hasNotPassed("BoundaryEvent_VotingEnds", "ServiceTask_SendVoteReminder");
        Map<String, Object> result = historicVariables(pi);
        assertThat(result).containsEntry(YES.name(), yes).containsEntry(NO.name(), 0)
                .containsEntry(ABSTENTIONS.name(), size - yes).containsEntry(N.name(), size)
                .containsEntry(CARRIED.name(), 3 * yes >= 2 * size);
        assertThat(votes.find(vote.getId()).orElseThrow().getStatus()).isEqualTo(DigitalVote.Status.COUNTED);
    }

    @Test
    @DisplayName("G-1: reminder to those who have not voted, then the end: a second vote, an outsider, a forged and a late vote are refused, nothing changes")
    void reminderThenDeadline() throws Exception {
        List<Partner> people = partnersOf(Network.MIGRATION_SCHWERIN, 9);
        ProcessInstance pi = start(Network.MIGRATION_SCHWERIN, "Neufassung § 3.2 der Geschäftsordnung", "ALL_PARTNERS", "TWO_THIRDS");
        runJob(pi, "ServiceTask_SendBallotLinks");
        DigitalVote vote = votes.forInstance(pi.getId());
        String first = votes.token(vote, people.get(0).getId());
        votes.castWithToken(first, "YES");
        votes.castWithToken(votes.token(vote, people.get(1).getId()), "NO");
        // the reused link
        assertThatThrownBy(() -> votes.castWithToken(first, "NO")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("bereits abgestimmt");
        // a forged link (another partner's id under the first one's signature)
        String[] parts = first.split("\\.");
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[0])).replace("-" + people.get(0).getId(),
                        "-" + people.get(2).getId()).getBytes()) + "." + parts[1];
        assertThatThrownBy(() -> votes.castWithToken(forged, "YES")).hasMessageContaining("ungültig");
        assertThatThrownBy(() -> votes.castWithToken(first, "vielleicht")).hasMessage("Bitte „Ja“, „Nein“ oder „Enthaltung“ wählen.");
        // someone outside the electorate (a partner of the other network)
        Partner outsider = partnersOf(Network.WILLKOMMENSKULTUR_LSA, 1).get(0);
        assertThatThrownBy(() -> votes.cast(vote.getId(), outsider.getId(), "YES", "LINK"))
                .hasMessageContaining("nicht zu den Stimmberechtigten");
        assertThat(votes.find(vote.getId()).orElseThrow().getCastCount()).isEqualTo(2);

        greenMail.purgeEmailFromAllMailboxes();
        ClockUtil.setCurrentTime(Date.from(vote.getReminderAt().plusSeconds(60)));
        runJob(pi, "BoundaryEvent_ReminderDue");
        runJob(pi, "ServiceTask_SendVoteReminder");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_AwaitVotes").hasPassed("EndEvent_ReminderSent");
        assertThat(greenMail.getReceivedMessages()).hasSize(votes.voters(vote).size() - 2);
        assertThat(greenMail.getReceivedMessages()[0].getSubject()).startsWith("Erinnerung: Digitale Abstimmung");

        ClockUtil.setCurrentTime(Date.from(vote.getDeadline().plusSeconds(1)));
        assertThatThrownBy(() -> votes.castWithToken(votes.token(vote, people.get(3).getId()), "YES"))
                .hasMessageContaining("zu Ende gegangen");
        runJob(pi, "BoundaryEvent_VotingEnds");
        runJob(pi, "ServiceTask_CountVotes");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("BoundaryEvent_VotingEnds", "EndEvent_VoteCounted");
        // n = who voted (2): 1 yes of 2 is not two thirds
        assertThat(historicVariables(pi)).containsEntry(YES.name(), 1).containsEntry(NO.name(), 1)
                .containsEntry(N.name(), 2).containsEntry(CARRIED.name(), false);
    }

    @Test
    @DisplayName("SR-1, SR-7: in the Sprecher:innenrat the member votes for the table; the deputy only on the eve when the member did not; 1:1 is rejected")
    void speakersCouncilSeats() {
        List<Partner> p = partnersOf(Network.MIGRATION_SCHWERIN, 4);
        Body a = table("SR-Test A " + batch);
        Body b = table("SR-Test B " + batch);
        tx.executeWithoutResult(s -> {
            offices.save(new Office(a.getId(), p.get(0), OfficeKind.SPEAKERS_COUNCIL_MEMBER, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1)));
            offices.save(new Office(a.getId(), p.get(1), OfficeKind.SPEAKERS_COUNCIL_DEPUTY, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1)));
            offices.save(new Office(b.getId(), p.get(2), OfficeKind.SPEAKERS_COUNCIL_MEMBER, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1)));
            offices.save(new Office(b.getId(), p.get(3), OfficeKind.SPEAKERS_COUNCIL_DEPUTY, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1)));
        });
        ProcessInstance pi = start(Network.MIGRATION_SCHWERIN, "Stellungnahme zum Förderantrag", "SPEAKERS_COUNCIL", "SIMPLE");
        runJob(pi, "ServiceTask_SendBallotLinks");
        DigitalVote vote = votes.forInstance(pi.getId());
        assertThat(votes.voters(vote)).extracting(Voter::getPartnerId).contains(p.get(0).getId(), p.get(1).getId());
        // table A: the member votes; the deputy is refused
        votes.cast(vote.getId(), p.get(0).getId(), "YES", "LOGIN");
        assertThatThrownBy(() -> votes.cast(vote.getId(), p.get(1).getId(), "NO", "LINK"))
                .hasMessageContaining("Jeder Arbeitstisch hat im Sprecher:innenrat eine Stimme");
        // table B: the deputy too early, then on the eve
        assertThatThrownBy(() -> votes.cast(vote.getId(), p.get(3).getId(), "NO", "LINK"))
                .hasMessageContaining("Als Stellvertretung können Sie erst ab dem");
        ClockUtil.setCurrentTime(Date.from(vote.getDeadline().minus(Duration.ofHours(2))));
        votes.cast(vote.getId(), p.get(3).getId(), "NO", "LINK");
        assertThatThrownBy(() -> votes.cast(vote.getId(), p.get(2).getId(), "YES", "LINK"))
                .hasMessageContaining("Für Ihren Arbeitstisch wurde in dieser Abstimmung bereits abgestimmt");
        ClockUtil.setCurrentTime(Date.from(vote.getDeadline().plusSeconds(5)));
        runJob(pi, "BoundaryEvent_VotingEnds");
        runJob(pi, "ServiceTask_CountVotes");
        Map<String, Object> result = historicVariables(pi);
        // every other seat of the network's council did not vote: 1 yes, 1 no
        assertThat(result).containsEntry(YES.name(), 1).containsEntry(NO.name(), 1).containsEntry(CARRIED.name(), false);
        // who voted is recorded per voter; how, nowhere next to a voter
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where lower(table_name) = 'digital_vote_ballot' "
                + "and lower(table_schema) = lower(current_schema)",
                String.class)).extracting(String::toLowerCase).containsExactlyInAnyOrder("id", "vote_id", "choice");
    }

    ProcessInstance start(String networkId, String question, String electorate, String majority) {
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(NETWORK_ID.name(), networkId,
                VOTE_QUESTION.name(), question, ELECTORATE.name(), electorate, MAJORITY.name(), majority));
    }

    void runJob(ProcessInstance pi, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
        assertThat(job).as("job of " + activityId).isNotNull();
        managementService.executeJob(job.getId());
    }

    Map<String, Object> historicVariables(ProcessInstance pi) {
        Map<String, Object> values = new java.util.HashMap<>();
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
                .forEach(v -> values.put(v.getName(), v.getValue()));
        return values;
    }

    List<Partner> partnersOf(String networkId, int count) {
        int n = ++batch;
        return tx.execute(s -> {
            List<Partner> list = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                list.add(partners.save(new Partner(networkId, "Stimme " + n + "-" + i, "dv" + n + "-" + i + "@example.org",
                        null, LocalDate.of(2026, 1, 15))));
            }
            return list;
        });
    }

    Body table(String name) {
        return tx.execute(s -> bodies.save(new Body(Network.MIGRATION_SCHWERIN, BodyKind.WORKING_TABLE, "Arbeitstisch " + name,
                "Test", null, LocalDate.of(2026, 1, 1))));
    }

    static Instant at(ZonedDateTime t) {
        return t.toInstant();
    }
}
