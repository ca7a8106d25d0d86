package de.netzwerke.governance.register;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the two networks of RULES.md; its rules are in its {@link RuleProfile}. */
@Entity
@Table(name = "network")
public class Network {

    public static final String MIGRATION_SCHWERIN = "migration-schwerin";
    public static final String WILLKOMMENSKULTUR_LSA = "willkommenskultur-lsa";

    @Id
    private String id;
    private String name;
    @Column(name = "short_name")
    private String shortName;
    @Column(name = "document_kind")
    private String documentKind;
    @Column(name = "in_force_since")
    private LocalDate inForceSince;

    protected Network() {
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public String getDocumentKind() { return documentKind; }
    public LocalDate getInForceSince() { return inForceSince; }
}
