package de.netzwerke.governance.register;

/** A record that the caller asked for does not exist; the read API answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
