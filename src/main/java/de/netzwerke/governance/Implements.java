package de.netzwerke.governance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a rule class: plain Java that implements the rules of RULES.md named by their ids. Rule classes
 * know neither Camunda nor Spring nor the database (the architecture test holds them to that), so they
 * can be read and tested on their own.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Implements {

    /** The rule ids, e.g. {@code "AT-3"}. */
    String[] value();
}
