package de.netzwerke.governance.election;

import static de.netzwerke.governance.election.ElectionVariables.*;
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
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyGroupChanged;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.Membership;
import de.netzwerke.governance.register.MembershipRepository;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.Office;
import de.netzwerke.governance.register.OfficeKind;
import de.netzwerke.governance.register.OfficeRepository;
import de.netzwerke.governance.register.Organisation;
import de.netzwerke.governance.register.OrganisationRepository;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.AccessSetup;
import de.netzwerke.governance.election.BallotForm;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.GovernanceSpringTest;

/** Every path of bpmn/OfficeElection.bpmn (AT-2, SR-1, SR-2, SR-5, SR-7). */
@GovernanceSpringTest
class OfficeElectionProcessTest {

    private static final ZonedDateTime ELECTION_DAY = ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, Today.ZONE);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ElectionService electionService;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
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
    OfficeRepository offices;
    @Autowired
    ElectionBallotRepository ballots;
    @Autowired
    AccessSetup access;

    private static int tables;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        greenMail.purgeEmailFromAllMailboxes();
        ClockUtil.setCurrentTime(Date.from(ELECTION_DAY.toInstant()));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("AT-2: a single candidate elected 4:3 holds office for two years; members are told; re-election starts 6 weeks before the term ends")
    void electedAndReElectionStartsByItself() throws Exception {
        Table t = workingTable(7);
        ProcessInstance pi = start(t.body, OfficeKind.LEADER);
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_NominateCandidates");
        // a body without a leader: the coordination organises the election
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(GovernanceGroups.FACHSTELLE);
        assertThat(task().getName()).isEqualTo("Kandidat:innen benennen – Leitung, " + t.body.getName());
        assertThat(shown()).containsEntry(OFFICE_LABEL.name(), "Leitung").containsEntry(BODY_NAME.name(), t.body.getName());

        nominate(t.members.get(0));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordBallot");
        assertThat(shown()).containsEntry(SINGLE_CANDIDATE.name(), true).containsEntry(VOTING_MEMBERS.name(), 7)
                .containsEntry(CANDIDATE_NAME.name(), t.members.get(0).getName() + " (" + t.members.get(0).organisationName() + ")");
        complete(task(), Map.of(PRESENT.name(), 7, YES.name(), 4, NO.name(), 3, ABSTENTIONS.name(), 0));
        BpmnAwareTests.assertThat(pi).hasPassed("Gateway_ElectionOutcome").isWaitingAt("ServiceTask_InstallOfficeHolder")
                .variables().containsEntry(OUTCOME.name(), "ELECTED").containsEntry(ELECTED_PARTNER_ID.name(), t.members.get(0).getId());

        execute(job());
        Office office = offices.currentHolders(t.body.getId(), OfficeKind.LEADER).get(0);
        assertThat(office.getPartner().getId()).isEqualTo(t.members.get(0).getId());
        assertThat(office.getTermStart()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(office.getTermEnd()).isEqualTo(LocalDate.of(2028, 12, 3));

        execute(job());
        assertThat(recipients()).containsAll(t.members.stream().map(Partner::getEmail).toList());
        BpmnAwareTests.assertThat(pi).isWaitingAt("TimerEvent_ReElectionDue");
        Date due = job("TimerEvent_ReElectionDue").getDuedate();
        assertThat(due).isEqualTo(Date.from(ZonedDateTime.of(2028, 10, 22, 8, 0, 0, 0, Today.ZONE).toInstant()));

        ClockUtil.setCurrentTime(due);
        execute(job("TimerEvent_ReElectionDue"));
        execute(job());
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_ReElectionStarted");
        List<ProcessInstance> next = electionsOf(t.body, OfficeKind.LEADER);
        assertThat(next).hasSize(1);
        // the holder stays in office until a successor is elected; the new election is for the leader to organise
        assertThat(offices.currentHolders(t.body.getId(), OfficeKind.LEADER)).hasSize(1);
        BpmnAwareTests.assertThat(next.get(0)).isWaitingAt("Task_NominateCandidates");
    }

    @Test
    @DisplayName("AT-2: a tie for first place leads to a runoff between the tied; the runoff elects; the predecessor's term is closed")
    void tieThenRunoffElects() {
        Table t = workingTable(7);
        Office predecessor = tx.execute(s -> offices.save(new Office(t.body.getId(), t.members.get(6), OfficeKind.DEPUTY_LEADER,
                LocalDate.of(2024, 11, 1), LocalDate.of(2026, 11, 1))));
        ProcessInstance pi = start(t.body, OfficeKind.DEPUTY_LEADER);
        nominate(t.members.get(0), t.members.get(1), t.members.get(2));
        assertThat(shown()).containsEntry(SINGLE_CANDIDATE.name(), false).containsEntry(CANDIDATE_COUNT.name(), 3);

        complete(task(), ballot(7, 1, 3, 3, 0));
        BpmnAwareTests.assertThat(pi).hasPassed("Gateway_ElectionOutcome").isWaitingAt("Task_RecordBallot")
                .variables().containsEntry(OUTCOME.name(), "RUNOFF");
        // the runoff's ballot has rows for the tied only, and starts empty
        assertThat(shown()).containsEntry(RUNOFF.name(), true).containsEntry(CANDIDATE_COUNT.name(), 2)
                .containsEntry(BallotForm.name(1).name(), t.members.get(0).getName() + " (" + t.members.get(0).organisationName() + ")")
                .containsEntry(BallotForm.name(2).name(), t.members.get(1).getName() + " (" + t.members.get(1).organisationName() + ")")
                .doesNotContainKeys(BallotForm.name(3).name(), PRESENT.name(), BallotForm.votes(1).name());

        complete(task(), ballot(7, 0, 4, 3));
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_InstallOfficeHolder")
                .variables().containsEntry(ELECTED_PARTNER_ID.name(), t.members.get(0).getId());
        execute(job());
        assertThat(offices.findById(predecessor.getId()).orElseThrow().getEndedOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(offices.currentHolders(t.body.getId(), OfficeKind.DEPUTY_LEADER))
                .extracting(o -> o.getPartner().getId()).containsExactly(t.members.get(0).getId());

        // personal data: the candidates' names were shown in the tasks, but none reached Camunda's history
        List<String> history = new ArrayList<>();
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .disableCustomObjectDeserialization().list().forEach(v -> history.add(v.getName() + "=" + v.getValue()));
        engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).disableCustomObjectDeserialization()
                .list().forEach(d -> history.add(String.valueOf(d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
                        ? u.getVariableName() + "=" + u.getValue() : d)));
        assertThat(history).isNotEmpty().anyMatch(h -> h.startsWith(OUTCOME.name() + "="))
                .noneMatch(h -> h.contains(t.members.get(0).getName()) || h.contains("Wahlorg") || h.contains("@example.org"));
    }

    @Test
    @DisplayName("AT-2: a tie again in the runoff ends without election and the chair is told; renominated, a single candidate's tie is a rejection (SR-7)")
    void tieAgainThenRejectedAndClosed() {
        Table t = workingTable(6);
        ProcessInstance pi = start(t.body, OfficeKind.LEADER);
        nominate(t.members.get(0), t.members.get(1));
        complete(task(), ballot(6, 0, 3, 3));
        complete(task(), ballot(6, 0, 3, 3));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviewFailedElection").variables().containsEntry(OUTCOME.name(), "NO_ELECTION");
        assertThat((String) shown().get(OUTCOME_TEXT.name()))
                .contains("Auch in der Stichwahl Stimmengleichheit", t.members.get(0).getName(), "je 3 Stimmen");
        BpmnAwareTests.assertThat(task()).hasCandidateGroup(GovernanceGroups.FACHSTELLE);

        complete(task(), Map.of(NEXT_STEP.name(), "renominate"));
        BpmnAwareTests.assertThat(pi).hasPassed("Gateway_NextStep").isWaitingAt("Task_NominateCandidates");
        nominate(t.members.get(2));
        complete(task(), Map.of(PRESENT.name(), 6, YES.name(), 3, NO.name(), 3, ABSTENTIONS.name(), 0));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_ReviewFailedElection").variables().containsEntry(OUTCOME.name(), "REJECTED");

        complete(task(), Map.of(NEXT_STEP.name(), "close"));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_NoElection");
        assertThat(offices.currentHolders(t.body.getId(), OfficeKind.LEADER)).isEmpty();
    }

    @Test
    @DisplayName("AT-2: only members of the body who agreed to stand can be nominated; anyone else is refused and nothing changes")
    void refusedNominations() {
        Table t = workingTable(5);
        Table other = workingTable(5);
        ProcessInstance pi = start(t.body, OfficeKind.LEADER);
        assertThatThrownBy(() -> complete(task(), nomination(true, other.members.get(0))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("nicht wählbar").hasMessageContaining(other.members.get(0).getName());
        assertThatThrownBy(() -> complete(task(), nomination(false, t.members.get(0))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("zugestimmt");
        assertThatThrownBy(() -> complete(task(), nomination(true)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("mindestens eine");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_NominateCandidates");
    }

    @Test
    @DisplayName("SR-7: impossible counts – negative, more votes than present, more present than voting members – are refused and change nothing")
    void refusedCounts() {
        Table t = workingTable(5);
        ProcessInstance pi = start(t.body, OfficeKind.LEADER);
        nominate(t.members.get(0));
        assertThatThrownBy(() -> complete(task(), Map.of(PRESENT.name(), 5, YES.name(), -1, NO.name(), 0, ABSTENTIONS.name(), 0)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("„Ja-Stimmen“ muss zwischen 0 und");
        assertThatThrownBy(() -> complete(task(), Map.of(PRESENT.name(), 4, YES.name(), 3, NO.name(), 2, ABSTENTIONS.name(), 0)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("mehr Stimmen abgegeben als Mitglieder anwesend");
        assertThatThrownBy(() -> complete(task(), Map.of(PRESENT.name(), 6, YES.name(), 3, NO.name(), 2, ABSTENTIONS.name(), 1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("stimmberechtigte Mitglieder hat (5)");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordBallot");
        Long electionId = (Long) runtimeService.getVariable(pi.getId(), ELECTION_ID.name());
        assertThat(ballots.findByElectionIdOrderById(electionId)).isEmpty();
    }

    @Test
    @DisplayName("AT-2: offices the body does not have, or an unknown body, are refused at the start")
    void refusedStart() {
        Table t = workingTable(5);
        assertThatThrownBy(() -> start(t.body, OfficeKind.CHAIR)).isInstanceOf(RuleViolation.class).hasMessageContaining("Vorsitz");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(BODY_ID.name(), 987654L, OFFICE.name(), "LEADER")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("kein Gremium");
    }

    @Test
    @DisplayName("SR-1, SR-2: the elected member in the Sprecher:innenrat joins its members and its group; the predecessor leaves; the leader organises")
    void speakersCouncilFollowsElection() {
        Table t = workingTable(5);
        user("sr-alt-" + tables, t.members.get(1));
        user("sr-neu-" + tables, t.members.get(0));
        user("leitung-" + tables, t.members.get(4));
        tx.executeWithoutResult(s -> {
            offices.save(new Office(t.body.getId(), t.members.get(4), OfficeKind.LEADER, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1)));
            offices.save(new Office(t.body.getId(), t.members.get(1), OfficeKind.SPEAKERS_COUNCIL_MEMBER, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1)));
        });
        access.addToGroup("sr-alt-" + tables, GovernanceGroups.SPRECHERINNENRAT);
        ProcessInstance pi = start(t.body, OfficeKind.SPEAKERS_COUNCIL_MEMBER);
        // the working table's leader organises its election: the task is theirs
        BpmnAwareTests.assertThat(task()).isAssignedTo("leitung-" + tables);
        nominate(t.members.get(0));
        complete(task(), Map.of(PRESENT.name(), 5, YES.name(), 3, NO.name(), 1, ABSTENTIONS.name(), 1));
        execute(job());

        Body council = bodies.findFirstByNetworkIdAndKind(Network.MIGRATION_SCHWERIN, BodyKind.SPEAKERS_COUNCIL).orElseThrow();
        assertThat(memberships.currentMembers(List.of(council.getId()))).extracting(m -> m.getPartner().getId())
                .contains(t.members.get(0).getId()).doesNotContain(t.members.get(1).getId());
        assertThat(identityService.createUserQuery().memberOfGroup(GovernanceGroups.SPRECHERINNENRAT).list())
                .extracting(User::getId).contains("sr-neu-" + tables).doesNotContain("sr-alt-" + tables);
        BpmnAwareTests.assertThat(pi).isWaitingAt("ServiceTask_NotifyElectionResult");
    }

    @Test
    @DisplayName("SR-1, SR-5: the Sprecher:innenrat elects its chair; each working table and the Integrationsbeauftragte:r have one vote")
    void speakersCouncilElectsChair() {
        Body council = bodies.findFirstByNetworkIdAndKind(Network.MIGRATION_SCHWERIN, BodyKind.SPEAKERS_COUNCIL).orElseThrow();
        ProcessInstance pi = start(council, OfficeKind.CHAIR);
        int votes = electionService.votingMembers(council);
        long tablesWithSeat = offices.currentOfficesOfKinds(Network.MIGRATION_SCHWERIN,
                List.of(OfficeKind.SPEAKERS_COUNCIL_MEMBER, OfficeKind.SPEAKERS_COUNCIL_DEPUTY)).stream()
                .map(Office::getBodyId).distinct().count();
        assertThat(votes).isEqualTo(tablesWithSeat + 1);
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_NominateCandidates");
    }

    @Test
    @DisplayName("AT-2: the re-election timer starts nothing when the office has changed hands meanwhile")
    void noReElectionWhenOfficeChangedHands() {
        Table t = workingTable(5);
        ProcessInstance first = start(t.body, OfficeKind.LEADER);
        nominate(t.members.get(0));
        complete(task(), Map.of(PRESENT.name(), 5, YES.name(), 3, NO.name(), 2, ABSTENTIONS.name(), 0));
        execute(job());
        execute(job());

        ProcessInstance second = start(t.body, OfficeKind.LEADER);
        complete(taskOf(second), nomination(true, t.members.get(1)));
        complete(taskOf(second), Map.of(PRESENT.name(), 5, YES.name(), 4, NO.name(), 1, ABSTENTIONS.name(), 0));
        execute(jobOf(second));

        execute(jobOf("TimerEvent_ReElectionDue", first));
        execute(jobOf(first));
        BpmnAwareTests.assertThat(first).isEnded().variables().containsEntry("reElectionStarted", false);
        assertThat(electionsOf(t.body, OfficeKind.LEADER)).extracting(ProcessInstance::getId).containsExactly(second.getId());
    }

    @Test
    @DisplayName("AT-2, M-3: a working table's group starts elections for its own table only; the coordination for every body")
    void electionRightsPerBody() {
        Table own = workingTable(5);
        Table other = workingTable(5);
        // the working table's group with its rights, as an established table has it
        tx.executeWithoutResult(st -> events.publishEvent(new BodyGroupChanged(own.body.getGroupId(), own.body.getName(), true,
                java.util.Set.of(), false)));
        ProcessInstance allowed;
        ProcessInstance byCoordination;
        ProcessInstance byCouncil;
        Body council = bodies.findFirstByNetworkIdAndKind(Network.MIGRATION_SCHWERIN, BodyKind.SPEAKERS_COUNCIL).orElseThrow();
        try {
            identityService.setAuthentication("leitung-test", List.of(own.body.getGroupId()));
            allowed = startUnchecked(own.body, OfficeKind.LEADER);
            assertThatThrownBy(() -> startUnchecked(other.body, OfficeKind.LEADER)).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("dürfen nur das Gremium selbst und die Fachstelle Chancengleichheit");
            assertThatThrownBy(() -> startUnchecked(council, OfficeKind.CHAIR)).isInstanceOf(RuleViolation.class);

            identityService.setAuthentication("koordination-test", List.of(GovernanceGroups.FACHSTELLE));
            byCoordination = startUnchecked(other.body, OfficeKind.LEADER);
            identityService.setAuthentication("sprecherin-test", List.of(GovernanceGroups.SPRECHERINNENRAT));
            byCouncil = startUnchecked(council, OfficeKind.DEPUTY_CHAIR);
        } finally {
            identityService.clearAuthentication();
        }
        BpmnAwareTests.assertThat(allowed).isWaitingAt("Task_NominateCandidates");
        BpmnAwareTests.assertThat(byCoordination).isWaitingAt("Task_NominateCandidates");
        BpmnAwareTests.assertThat(byCouncil).isWaitingAt("Task_NominateCandidates");
        assertThat(electionsOf(other.body, OfficeKind.LEADER)).hasSize(1);
    }

    @Test
    @DisplayName("AT-2: a second election of the same office of the same body is refused while the first runs")
    void secondElectionOfSameOfficeRefused() {
        Table t = workingTable(5);
        ProcessInstance first = start(t.body, OfficeKind.DEPUTY_LEADER);
        assertThatThrownBy(() -> start(t.body, OfficeKind.DEPUTY_LEADER)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("läuft bereits eine Wahl");
        assertThat(electionsOf(t.body, OfficeKind.DEPUTY_LEADER)).extracting(ProcessInstance::getId).containsExactly(first.getId());
        // another office of the same body may be elected at the same time
        BpmnAwareTests.assertThat(start(t.body, OfficeKind.LEADER)).isWaitingAt("Task_NominateCandidates");
    }

    @Test
    @DisplayName("AT-2: one person cannot be leader and deputy leader of the same table")
    void leaderCannotBeDeputy() {
        Table t = workingTable(5);
        tx.executeWithoutResult(s -> offices.save(new Office(t.body.getId(), t.members.get(0), OfficeKind.LEADER,
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1))));
        start(t.body, OfficeKind.DEPUTY_LEADER);
        assertThatThrownBy(() -> nominate(t.members.get(0))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("bereits das Amt „Leitung“");
    }

    @Test
    @DisplayName("the contract: a completion may not set the process's own variables, another election's id, or unknown ones")
    void completionSetsOnlyItsContract() {
        Table t = workingTable(5);
        ProcessInstance pi = start(t.body, OfficeKind.LEADER);
        Long electionId = (Long) runtimeService.getVariable(pi.getId(), ELECTION_ID.name());
        VariableMap forged = nomination(true, t.members.get(0)).putValue(ELECTION_ID.name(), electionId + 1000);
        assertThatThrownBy(() -> complete(task(), forged)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("„electionId“ gehört nicht zu diesem Schritt");
        assertThatThrownBy(() -> complete(task(), nomination(true, t.members.get(0)).putValue(BODY_ID.name(), 1L)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("„bodyId“");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_NominateCandidates");
        nominate(t.members.get(0), t.members.get(1));
        // several candidates: a "no" count would be silently meaningless, so it is refused
        assertThatThrownBy(() -> complete(task(), ballot(5, 0, 2, 2).putValue(NO.name(), 1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Nein-Stimmen gibt es dabei nicht");
        assertThatThrownBy(() -> complete(task(), ballot(5, 0, 2, 2).putValue(PRESENT.name(), 4294967299L)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("zwischen 0 und");
        assertThatThrownBy(() -> complete(task(), ballot(5, 0, 2, 2).putValue(BallotForm.votes(5).name(), 1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Zeile 5 gehört zu keiner Kandidatur");
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_RecordBallot");
    }

    // --- helpers

    private record Table(Body body, List<Partner> members) {
    }

    /** A working table with members of distinct organisations, without offices. */
    private Table workingTable(int size) {
        int n = ++tables;
        return tx.execute(s -> {
            Body body = bodies.save(new Body(Network.MIGRATION_SCHWERIN, BodyKind.WORKING_TABLE,
                    "Arbeitstisch Wahltest " + n, "Wahlen", null, LocalDate.of(2026, 1, 15)));
            body.setGroupId(GovernanceGroups.workingTable(body.getId()));
            List<Partner> members = new ArrayList<>();
            for (int i = 1; i <= size; i++) {
                Organisation org = organisations.save(new Organisation(Network.MIGRATION_SCHWERIN, "Wahlorg " + n + "-" + i));
                Partner p = partners.save(new Partner(Network.MIGRATION_SCHWERIN, "Mitglied " + n + "-" + i,
                        "m" + n + "-" + i + "@example.org", org, LocalDate.of(2026, 1, 15)));
                memberships.save(new Membership(body.getId(), p, LocalDate.of(2026, 1, 15)));
                members.add(p);
            }
            return new Table(body, members);
        });
    }

    private void user(String userId, Partner partner) {
        User user = identityService.newUser(userId);
        user.setPassword(userId);
        identityService.saveUser(user);
        tx.executeWithoutResult(s -> partners.findById(partner.getId()).orElseThrow().setUserId(userId));
    }

    /** Starts an election; task() and job() then refer to it. */
    private ProcessInstance start(Body body, OfficeKind office) {
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS_KEY,
                Map.of(BODY_ID.name(), body.getId(), OFFICE.name(), office.name()));
        BpmnAwareTests.assertThat(pi).isStarted();
        return pi;
    }

    /** Starts an election as whoever is authenticated (who may not be allowed to read it afterwards). */
    private ProcessInstance startUnchecked(Body body, OfficeKind office) {
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(BODY_ID.name(), body.getId(), OFFICE.name(), office.name()));
    }

    private List<ProcessInstance> electionsOf(Body body, OfficeKind office) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(BODY_ID.name(), body.getId()).variableValueEquals(OFFICE.name(), office.name()).active().list();
    }

    private void nominate(Partner... candidates) {
        complete(task(), nomination(true, candidates));
    }

    /** As the nomination form submits it: a Json list of partner ids (strings) and the agreement. */
    private static VariableMap nomination(boolean agreed, Partner... candidates) {
        String ids = java.util.Arrays.stream(candidates).map(p -> "\"" + p.getId() + "\"").collect(Collectors.joining(","));
        return Variables.createVariables().putValueTyped(CANDIDATES.name(), SpinValues.jsonValue("[" + ids + "]").create())
                .putValue(CANDIDATES_AGREED.name(), agreed);
    }

    /** As the ballot form submits it: votes per prepared row, present and abstentions. */
    private static VariableMap ballot(int present, int abstentions, int... votes) {
        VariableMap variables = Variables.createVariables().putValue(PRESENT.name(), present).putValue(ABSTENTIONS.name(), abstentions);
        for (int row = 1; row <= votes.length; row++) {
            variables.putValue(BallotForm.votes(row).name(), votes[row - 1]);
        }
        return variables;
    }

    /** What the open task shows: its task-local variables, read from the register when it was created. */
    private Map<String, Object> shown() {
        return engine.getTaskService().getVariablesLocal(task().getId());
    }

    private org.camunda.bpm.engine.task.Task taskOf(ProcessInstance pi) {
        return BpmnAwareTests.task(pi);
    }

    private org.camunda.bpm.engine.runtime.Job jobOf(ProcessInstance pi) {
        return BpmnAwareTests.job(pi);
    }

    private org.camunda.bpm.engine.runtime.Job jobOf(String activityId, ProcessInstance pi) {
        return BpmnAwareTests.job(activityId, pi);
    }

    private List<String> recipients() throws Exception {
        List<String> result = new ArrayList<>();
        for (var m : greenMail.getReceivedMessages()) {
            for (var a : m.getAllRecipients()) {
                result.add(a.toString());
            }
        }
        return result;
    }
}
