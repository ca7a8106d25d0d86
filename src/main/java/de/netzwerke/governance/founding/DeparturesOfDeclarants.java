package de.netzwerke.governance.founding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.register.NameKey;
import de.netzwerke.governance.register.PartnerRemoved;

/**
 * W-1, M-2: a partner who leaves or is removed keeps no name or address in the foundings of their network: their
 * readiness declarations are erased (organisation and counts stay) and a proposal forgets them as its proposer's
 * address. Runs in the transaction that removed the partner.
 */
@Component
class DeparturesOfDeclarants {

    private static final Logger LOG = LoggerFactory.getLogger(DeparturesOfDeclarants.class);

    private final ReadinessDeclarationRepository declarations;
    private final FoundingProposalRepository proposals;

    DeparturesOfDeclarants(ReadinessDeclarationRepository declarations, FoundingProposalRepository proposals) {
        this.declarations = declarations;
        this.proposals = proposals;
    }

    @EventListener
    void on(PartnerRemoved removed) {
        if (removed.emailKey() == null || removed.emailKey().isEmpty()) {
            return;
        }
        var declared = declarations.findByNetworkAndEmailKey(removed.networkId(), removed.emailKey());
        declared.forEach(ReadinessDeclaration::erasePerson);
        proposals.findByNetworkIdAndProposerEmailIsNotNull(removed.networkId()).stream()
                .filter(p -> removed.emailKey().equals(NameKey.ofEmail(p.getProposerEmail())))
                .forEach(FoundingProposal::forgetProposerEmail);
        if (!declared.isEmpty()) {
            LOG.info("Partner {} ausgetreten: {} Bereitschaftserklärungen ohne Name und Adresse", removed.partnerId(),
                    declared.size());
        }
    }
}
