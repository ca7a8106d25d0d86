package de.netzwerke.governance.founding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import de.netzwerke.governance.register.NameKey;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.PartnerRemoved;
import de.netzwerke.governance.testsupport.GovernanceSpringTest;

/** W-1, M-2: a departed partner's readiness declarations keep no name or address, and the counts stay. */
@GovernanceSpringTest
class DeparturesOfDeclarantsTest {

    @Autowired
    FoundingProposalRepository proposals;
    @Autowired
    ReadinessDeclarationRepository declarations;
    @Autowired
    FoundingService founding;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    @DisplayName("W-1: the partner who left loses name and address in every declaration of their network; other networks, other people and the counts stay")
    void erasesTheDepartedOnly() {
        String leaving = "Geht." + run + "@example.org";
        Long[] ids = tx.execute(s -> {
            FoundingProposal here = proposals.save(new FoundingProposal(Network.MIGRATION_SCHWERIN, "Thema " + run, "x", null,
                    "partner", leaving.toLowerCase(), "pi-" + run, Instant.now()));
            FoundingProposal elsewhere = proposals.save(new FoundingProposal(Network.WILLKOMMENSKULTUR_LSA, "Thema " + run, "x",
                    null, "partner", null, "pi2-" + run, Instant.now()));
            declarations.save(new ReadinessDeclaration(here.getId(), new FoundingQuorum.Declaration("Gerda Geht", leaving,
                    "Verein A"), ReadinessDeclaration.Channel.REST, Instant.now()));
            declarations.save(new ReadinessDeclaration(here.getId(), new FoundingQuorum.Declaration("Bleibt", "bleibt." + run
                    + "@example.org", "Verein B"), ReadinessDeclaration.Channel.REST, Instant.now()));
            declarations.save(new ReadinessDeclaration(elsewhere.getId(), new FoundingQuorum.Declaration("Gerda Geht", leaving,
                    "Verein A"), ReadinessDeclaration.Channel.REST, Instant.now()));
            return new Long[] {here.getId(), elsewhere.getId()};
        });
        List<FoundingQuorum.Declaration> before = declarations.findByProposalIdOrderById(ids[0]).stream()
                .map(ReadinessDeclaration::toDeclaration).toList();

        tx.executeWithoutResult(s -> events.publishEvent(new PartnerRemoved(Network.MIGRATION_SCHWERIN, 999L,
                NameKey.ofEmail(leaving))));

        List<ReadinessDeclaration> here = declarations.findByProposalIdOrderById(ids[0]);
        assertThat(here).hasSize(2);
        assertThat(here.get(0).getRepresentativeName()).doesNotContain("Gerda");
        assertThat(here.get(0).getRepresentativeEmail()).doesNotContainIgnoringCase("geht");
        assertThat(here.get(0).isErased()).isTrue();
        assertThat(here.get(0).getOrganisation()).isEqualTo("Verein A");
        assertThat(here.get(1).getRepresentativeName()).isEqualTo("Bleibt");
        assertThat(FoundingQuorum.evaluate(here.stream().map(ReadinessDeclaration::toDeclaration).toList(), 5).count())
                .isEqualTo(FoundingQuorum.evaluate(before, 5).count()).isEqualTo(2);
        assertThat(founding.proposal(ids[0]).getProposerEmail()).isNull();
        assertThat(founding.proposerAndDeclarants(ids[0])).extracting(r -> r.email())
                .containsExactly("bleibt." + run + "@example.org");
        assertThat(declarations.findByProposalIdOrderById(ids[1]).get(0).getRepresentativeName()).isEqualTo("Gerda Geht");
    }
}
