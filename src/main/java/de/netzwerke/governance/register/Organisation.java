package de.netzwerke.governance.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An organisation or Träger whose representatives take part in a network. */
@Entity
@Table(name = "organisation")
public class Organisation extends BaseEntity {
    @Column(name = "network_id")
    private String networkId;
    private String name;
    @Column(name = "name_key")
    private String nameKey;

    protected Organisation() {
    }

    public Organisation(String networkId, String name) {
        this.networkId = networkId;
        this.name = name.strip();
        this.nameKey = NameKey.of(name);
    }
    public String getNetworkId() { return networkId; }
    public String getName() { return name; }
    public String getNameKey() { return nameKey; }
}
