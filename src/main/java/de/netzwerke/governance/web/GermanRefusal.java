package de.netzwerke.governance.web;

/**
 * Marks an exception whose message is already meant for a person: German, without internals. The REST
 * answers pass such a message on as it is ({@link GermanRestErrors}); every other exception's text is
 * replaced by a German one.
 */
public interface GermanRefusal {
}
