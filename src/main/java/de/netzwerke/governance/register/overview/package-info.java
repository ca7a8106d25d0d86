/**
 * The Übersicht's extension point. The register renders, the capabilities contribute: a process adds its open
 * procedures with an {@link de.netzwerke.governance.register.overview.OverviewSection} bean and what a person
 * can set going from a body with a {@link de.netzwerke.governance.register.overview.BodyAction} bean, both
 * in its own package; nothing here, in the controller or in the templates changes. Contributions return plain
 * records, the templates escape every text they show.
 */
package de.netzwerke.governance.register.overview;
