package de.netzwerke.governance.founding;

import static de.netzwerke.governance.founding.FoundingVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.GovernanceSpringTest;

/**
 * AT-3, M-3: what a proposal and a refusal may contain, checked before anything reaches the database
 * (columns {@code topic varchar(255)}, {@code description varchar(4000)}, {@code field_of_action
 * varchar(255)}, {@code decline_reason varchar(4000)}). A refused start or completion leaves nothing.
 */
@GovernanceSpringTest
class ProposalInputTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    FoundingProposalRepository proposals;

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
    }

    @Test
    @DisplayName("AT-3: a description of more than 4000 characters is refused; 4000 are accepted")
    void descriptionLimit() {
        assertThatThrownBy(() -> start("Beschreibung zu lang", Map.of(DESCRIPTION.name(), "B".repeat(4001))))
                .isInstanceOf(RuleViolation.class).hasMessage("„Beschreibung“ ist zu lang (4001 Zeichen, höchstens 4000).");
        assertThat(proposalsWithTopic("Beschreibung zu lang")).isEmpty();

        start("Beschreibung genau lang genug", Map.of(DESCRIPTION.name(), "B".repeat(4000)));
        assertThat(proposalsWithTopic("Beschreibung genau lang genug")).singleElement()
                .extracting(FoundingProposal::getDescription).asString().hasSize(4000);
    }

    @Test
    @DisplayName("AT-3: a field of action of more than 255 characters is refused")
    void fieldOfActionLimit() {
        assertThatThrownBy(() -> start("Handlungsfeld zu lang", Map.of(FIELD_OF_ACTION.name(), "H".repeat(256))))
                .isInstanceOf(RuleViolation.class).hasMessage("„Handlungsfeld“ ist zu lang (256 Zeichen, höchstens 255).");
        assertThat(proposalsWithTopic("Handlungsfeld zu lang")).isEmpty();
    }

    @Test
    @DisplayName("AT-3: a topic of only invisible characters is no topic")
    void invisibleTopic() {
        assertThatThrownBy(() -> start("\u200B\u00A0\u2060", Map.of()))
                .isInstanceOf(RuleViolation.class).hasMessage("„Thema“ besteht nur aus Leerzeichen oder unsichtbaren Zeichen.");
        assertThat(proposalsWithTopic("\u200B\u00A0\u2060")).isEmpty();
    }

    @Test
    @DisplayName("AT-3: an invalid proposer e-mail address is refused; a valid one is stored")
    void proposerEmail() {
        for (String invalid : List.of("kein-mail", "eva@example..org", "<script>@example.org", "a@b")) {
            assertThatThrownBy(() -> start("Vorschlag mit " + invalid, Map.of(PROPOSER_EMAIL.name(), invalid)))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("E-Mail-Adresse der vorschlagenden Person ist keine gültige E-Mail-Adresse")
                    .message().doesNotContain(invalid);
            assertThat(proposalsWithTopic("Vorschlag mit " + invalid)).isEmpty();
        }
        start("Vorschlag mit Adresse", Map.of(PROPOSER_EMAIL.name(), " eva.berg@example.org "));
        assertThat(proposalsWithTopic("Vorschlag mit Adresse")).singleElement()
                .extracting(FoundingProposal::getProposerEmail).isEqualTo("eva.berg@example.org");
    }

    @Test
    @DisplayName("M-3: a reason for declining of more than 4000 characters is refused and changes nothing; 4000 are accepted")
    void declineReasonLimit() {
        ProcessInstance pi = start("Ablehnung mit langer Begründung", Map.of());
        Task check = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_CheckProposal")
                .singleResult();

        assertThatThrownBy(() -> taskService.complete(check.getId(),
                Map.of(DECISION.name(), "decline", DECLINE_REASON.name(), "G".repeat(4001))))
                .isInstanceOf(RuleViolation.class).hasMessage("„Begründung der Ablehnung“ ist zu lang (4001 Zeichen, höchstens 4000).");
        assertThat(taskService.createTaskQuery().taskId(check.getId()).count()).isEqualTo(1);
        assertThat(proposalsWithTopic("Ablehnung mit langer Begründung")).singleElement()
                .extracting(FoundingProposal::getStatus).isEqualTo(ProposalStatus.PROPOSED);

        taskService.complete(check.getId(), Map.of(DECISION.name(), "decline", DECLINE_REASON.name(), "G".repeat(4000)));
        assertThat(proposalsWithTopic("Ablehnung mit langer Begründung")).singleElement()
                .extracting(FoundingProposal::getStatus).isEqualTo(ProposalStatus.DECLINED);
    }

    private ProcessInstance start(String topic, Map<String, Object> more) {
        Map<String, Object> variables = new HashMap<>(Map.of(NETWORK_ID.name(), Network.MIGRATION_SCHWERIN, TOPIC.name(), topic,
                DESCRIPTION.name(), "Bedarf aus der Tagung", FIELD_OF_ACTION.name(), "Teilhabe"));
        variables.putAll(more);
        identityService.setAuthentication("partner", List.of(GovernanceGroups.NETZWERKPARTNER));
        try {
            return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<FoundingProposal> proposalsWithTopic(String topic) {
        return proposals.findAll().stream().filter(p -> topic.equals(p.getTopic())).toList();
    }
}
