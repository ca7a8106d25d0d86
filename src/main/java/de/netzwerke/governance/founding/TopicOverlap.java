package de.netzwerke.governance.founding;

import de.netzwerke.governance.Implements;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * AT-4: number and topics of working tables follow the needs the network finds. Before accepting a
 * proposal the coordination is shown the active working tables whose name or topic shares a
 * significant word (five letters or more, other than "Arbeitstisch") with the proposed topic.
 */
@Implements({"AT-4"})
public final class TopicOverlap {

    private static final Set<String> IGNORED = Set.of("arbeitstisch", "arbeitstische", "thema", "themen",
            "netzwerk", "schwerin", "sowie", "unter", "durch", "zwischen");

    private TopicOverlap() {
    }

    /** An active working table as the coordination knows it. */
    public record WorkingTable(String name, String topic) {
    }

    public static List<WorkingTable> similar(String proposedTopic, List<WorkingTable> active) {
        Set<String> words = words(proposedTopic);
        return active.stream()
                .filter(t -> {
                    Set<String> theirs = words(t.name() + " " + (t.topic() == null ? "" : t.topic()));
                    theirs.retainAll(words);
                    return !theirs.isEmpty();
                })
                .toList();
    }

    static Set<String> words(String text) {
        if (text == null) {
            return new HashSet<>();
        }
        return Arrays.stream(text.toLowerCase(Locale.GERMAN).split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 5 && !IGNORED.contains(w))
                .collect(Collectors.toCollection(HashSet::new));
    }
}
