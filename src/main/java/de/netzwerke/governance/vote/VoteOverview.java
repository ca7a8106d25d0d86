package de.netzwerke.governance.vote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.notification.OneLine;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.RegisterViews.BodyView;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.register.overview.BodyAction;
import de.netzwerke.governance.register.overview.OpenProcedure;
import de.netzwerke.governance.register.overview.OverviewSection;
import de.netzwerke.governance.register.overview.OverviewViewer;

/**
 * The open digital votes in the Übersicht: question, end and how many seats have voted (counts only: who voted is
 * for the coordination, how for nobody). A partner with a Tasklist login votes there with one click, on the body
 * whose vote it is — the network's Tagung / Netzwerktreffen for a vote of all partners, the Sprecher:innenrat for its
 * own — without the link of the e-mail; {@link DigitalVotes#cast} applies the same rules as to the ballot page.
 */
@Component
public class VoteOverview implements BodyAction {

    private final DigitalVotes votes;

    public VoteOverview(DigitalVotes votes) {
        this.votes = votes;
    }

    @Configuration(proxyBeanMethods = false)
    static class Sections {

        @Bean
        OverviewSection votesSection(VoteOverview overview) {
            return OverviewSection.of(55, "Laufende digitale Abstimmungen", "Zurzeit läuft keine digitale Abstimmung.",
                    false, overview::rows);
        }
    }

    public List<OpenProcedure> rows(String networkId, OverviewViewer viewer) {
        List<OpenProcedure> rows = new ArrayList<>();
        for (DigitalVote v : votes.open(networkId)) {
            rows.add(new OpenProcedure("Digitale Abstimmung", OneLine.of(v.getQuestion(), 200), null,
                    "abgestimmt " + v.getCastCount() + " von " + v.getElectorateSize() + " Stimmen, Ende "
                            + DigitalVotes.when(v.getDeadline()),
                    false, v.getDeadline().atZone(Today.ZONE).toLocalDate(),
                    List.of((v.getElectorate() == Electorate.SPEAKERS_COUNCIL ? "Stimmberechtigt: der Sprecher:innenrat (SR-1)"
                            : "Stimmberechtigt: alle Netzwerkpartner:innen") + "; nötig: " + v.getMajority().label()
                            + ". Abstimmen über den persönlichen Link der E-Mail oder, mit Tasklist-Anmeldung, hier mit „"
                            + label() + "“ am Gremium.")));
        }
        return rows;
    }

    @Override
    public String id() {
        return "abstimmen";
    }

    @Override
    public String label() {
        return "Stimme abgeben";
    }

    @Override
    public String choiceLabel() {
        return "Abstimmung und Ihre Stimme";
    }

    @Override
    public List<Choice> choices(BodyView body, OverviewViewer viewer) {
        return choices(List.of(body), viewer).getOrDefault(body.id(), List.of());
    }

    /** One read of the open votes for the whole page, and one per open vote for the viewer's own voter row. */
    @Override
    public Map<Long, List<Choice>> choices(List<BodyView> bodies, OverviewViewer viewer) {
        Map<Long, List<Choice>> all = new LinkedHashMap<>();
        if (bodies.isEmpty()) {
            return all;
        }
        for (DigitalVote v : votes.awaitingBallotOf(bodies.get(0).networkId(), viewer.userId())) {
            BodyKind kind = v.getElectorate() == Electorate.SPEAKERS_COUNCIL ? BodyKind.SPEAKERS_COUNCIL : BodyKind.PLENARY;
            Optional<BodyView> body = bodies.stream().filter(b -> b.kind() == kind).findFirst();
            if (body.isEmpty()) {
                continue;
            }
            String question = "„" + OneLine.of(v.getQuestion(), 90) + "“: ";
            all.computeIfAbsent(body.get().id(), id -> new ArrayList<>()).addAll(List.of(
                    new Choice(v.getId() + ":YES", question + "Ja"),
                    new Choice(v.getId() + ":NO", question + "Nein"),
                    new Choice(v.getId() + ":ABSTAIN", question + "Enthaltung")));
        }
        return all;
    }

    @Override
    public String perform(BodyView body, String choice, OverviewViewer viewer) {
        String[] parts = choice.split(":", 2);
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) {
            throw new RuleViolation("Bitte eine Abstimmung und Ihre Stimme aus der Liste wählen.");
        }
        return votes.castSignedIn(Long.valueOf(parts[0]), viewer.userId(), parts[1]).confirmation();
    }

    @Override
    public String refusal(BodyView body, String choice, OverviewViewer viewer) {
        return "Diese Stimme kann hier nicht abgegeben werden: Sie haben in dieser Abstimmung schon abgestimmt, sie ist "
                + "beendet, oder Ihr Benutzerkonto gehört zu keiner stimmberechtigten Netzwerkpartner:in.";
    }
}
