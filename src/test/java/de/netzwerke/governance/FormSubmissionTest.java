package de.netzwerke.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A completion may submit only the variables of its contract; anything else is refused. Tasklist submits
 * what form-js 1.8.7 submits: the value of every keyed field that is shown and not {@code disabled}
 * ({@code readonly} fields are submitted too). So what a form only shows (body, office, topic, counts)
 * must be a {@code text} component, and its input fields must be exactly the contract.
 */
class FormSubmissionTest {

    /** The form-js 1.8.7 components that carry a value under their {@code key}. */
    private static final Set<String> KEYED = Set.of("textfield", "textarea", "number", "datetime", "checkbox",
            "checklist", "radio", "select", "taglist", "expression", "filepicker");

    static Stream<Map.Entry<String, Set<String>>> contracts() {
        return contractsOf(
                // start form: networkId is part of the contract too; the process defaults it to migration-schwerin
                "founding-proposal", Set.of("topic", "description", "fieldOfAction", "proposerEmail"),
                "founding-check-proposal", Set.of("decision", "declineReason"),
                "founding-record-declarations", rows(5, "declaration", "Name", "Email", "Organisation"),
                "election-start", Set.of("bodyId", "office"),
                "election-nominate", Set.of("candidates", "candidatesAgreed"),
                "election-ballot", Stream.concat(Stream.of("present", "yes", "no", "abstentions"),
                        IntStream.rangeClosed(1, 8).mapToObj(i -> "candidate" + i + "Votes")).collect(Collectors.toSet()),
                "election-review", Set.of("nextStep"),
                "meeting-plan", Set.of("bodyId", "title", "startsAt", "endsAt", "location"),
                "meeting-agenda", rows(8, "item", "Title", "Kind"),
                "meeting-co-prepare", Stream.concat(rows(4, "item", "Title", "Kind").stream(), Stream.of("agendaApproved"))
                        .collect(Collectors.toSet()),
                "meeting-attendance", Set.of("presentPartners", "excusedPartners"),
                "meeting-decisions", rows(12, "decision", "Yes", "No", "Abstentions"),
                "meeting-protocol", Set.of("protocolText"),
                "meeting-frequency", Set.<String>of(),
                "steering-start", Set.of("networkId"),
                "steering-ask-members", Set.of("standingAgain"),
                "steering-nominations", Stream.concat(rows(3, "nomination", "Name", "Email", "Organisation", "FieldOfAction",
                        "Reach", "BusinessLink", "WelcomeCultureBearing").stream(), Stream.of("closeNominations"))
                        .collect(Collectors.toSet()),
                "steering-check-eligibility", Set.of("eligibilityChecked"),
                "steering-compose", Set.of("proposedMemberIds"),
                "steering-decision", Set.of("present", "yes", "no", "abstentions"),
                "protocol-record-objection", Set.of("partnerId", "reason"),
                "protocol-handle-objection", Set.of("decision", "protocolText"),
                "protocol-amend", Set.of("protocolText"),
                "admission-apply", Set.of("networkId", "applicantName", "applicantEmail", "applicantOrganisation", "motivation", "consent"),
                "admission-decide", Set.of("decision", "declineReason"),
                "review-start", Set.of("networkId", "asOf"),
                "review-confirm-removals", rows(20, "partner", "Decision"),
                "funding-start", Set.of("networkId", "organisation", "applicantEmail", "programme", "title", "amount",
                        "funderDeadline", "attachmentLink"),
                "funding-statement", Set.of("statement", "votePath"),
                "funding-reschedule", Set.of("rescheduleVote"),
                "rules-proposal", Set.of("networkId", "title", "passages", "reason", "decidedBy"),
                "rules-reschedule", Set.of("rescheduleDecision"),
                "rules-review-settings", Set.of("settingsReviewed")).entrySet().stream();
    }

    /** Form id, its keys, form id, its keys … (more pairs than Map.of takes). */
    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> contractsOf(Object... formAndKeys) {
        Map<String, Set<String>> contracts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < formAndKeys.length; i += 2) {
            contracts.put((String) formAndKeys[i], (Set<String>) formAndKeys[i + 1]);
        }
        return contracts;
    }

    private static Set<String> rows(int count, String prefix, String... suffixes) {
        return IntStream.rangeClosed(1, count).boxed()
                .flatMap(i -> Stream.of(suffixes).map(f -> prefix + i + f)).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    @DisplayName("every form submits exactly the variables of its completion's contract")
    void formSubmitsItsContract(Map.Entry<String, Set<String>> contract) throws IOException {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms", contract.getKey() + ".form").toFile());

        assertThat(submitted(form)).as(contract.getKey()).isEqualTo(new TreeSet<>(contract.getValue()));
    }

    private static Set<String> submitted(JsonNode container) {
        Set<String> keys = new TreeSet<>();
        for (JsonNode c : container.path("components")) {
            String type = c.path("type").asText();
            if (KEYED.contains(type) && !c.path("disabled").asBoolean(false)) {
                keys.add(c.path("key").asText());
            }
            // groups without a path add no prefix (the forms use none)
            assertThat(c.path("path").isMissingNode()).as("%s has a path", c.path("id").asText()).isTrue();
            keys.addAll(submitted(c));
        }
        return keys;
    }
}
