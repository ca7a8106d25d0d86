package de.netzwerke.governance.register;

/**
 * Published, in the transaction that removed them, when a partner leaves or is removed (W-1, M-2): whatever
 * else holds their name or address (e.g. the declarations of a founding) deletes it in the same transaction.
 *
 * @param emailKey the address as compared ({@link NameKey#ofEmail}), to find copies that hold no partner id
 */
public record PartnerRemoved(String networkId, Long partnerId, String emailKey) {
}
