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
        return Map.of(
                // start form: networkId is part of the contract too; the process defaults it to migration-schwerin
                "founding-proposal", Set.of("topic", "description", "fieldOfAction", "proposerEmail"),
                "founding-check-proposal", Set.of("decision", "declineReason"),
                "founding-record-declarations", IntStream.rangeClosed(1, 5).boxed()
                        .flatMap(i -> Stream.of("Name", "Email", "Organisation").map(f -> "declaration" + i + f))
                        .collect(Collectors.toSet()),
                "election-start", Set.of("bodyId", "office"),
                "election-nominate", Set.of("candidates", "candidatesAgreed"),
                "election-ballot", Stream.concat(Stream.of("present", "yes", "no", "abstentions"),
                        IntStream.rangeClosed(1, 8).mapToObj(i -> "candidate" + i + "Votes")).collect(Collectors.toSet()),
                "election-review", Set.of("nextStep")).entrySet().stream();
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
