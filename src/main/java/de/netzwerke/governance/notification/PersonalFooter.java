package de.netzwerke.governance.notification;

import java.util.Optional;

/**
 * A personal last paragraph for the network e-mail to one partner, e.g. the partner's own leave link (W-1). Any
 * bean of this type is asked by {@link NetworkMail} for each recipient with a partner id; a recipient who gets a
 * footer gets the mail as a letter of their own.
 */
public interface PersonalFooter {

    /** The paragraph for this partner of the network, or empty (unknown, no longer a partner). */
    Optional<String> footer(String networkId, Long partnerId);
}
