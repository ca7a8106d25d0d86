package de.netzwerke.governance.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what a capability offers the others: its process key, start variables and messages. Capabilities
 * use each other only through classes with this mark (the architecture test holds them to it).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProcessContract {
}
