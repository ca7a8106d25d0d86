package de.netzwerke.governance.membership;

import java.util.Optional;

import org.springframework.stereotype.Component;

import de.netzwerke.governance.notification.PersonalFooter;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.Today;

/** W-1: every network e-mail to a partner ends with their personal leave link. */
@Component
class LeaveLinkFooter implements PersonalFooter {

    private final PartnerRepository partners;
    private final MembershipLinks links;
    private final Today today;

    LeaveLinkFooter(PartnerRepository partners, MembershipLinks links, Today today) {
        this.partners = partners;
        this.links = links;
        this.today = today;
    }

    @Override
    public Optional<String> footer(String networkId, Long partnerId) {
        return partners.findById(partnerId).filter(p -> p.isActive() && p.getNetworkId().equals(networkId))
                .map(p -> links.leaveFooter(p.getId(), today.now()));
    }
}
