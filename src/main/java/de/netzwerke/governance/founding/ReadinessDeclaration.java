package de.netzwerke.governance.founding;

import de.netzwerke.governance.register.BaseEntity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.NameKey;

/** AT-3: a representative's declaration that they are ready to work on a proposed topic. */
@Entity
@Table(name = "readiness_declaration")
public class ReadinessDeclaration extends BaseEntity {

    /** How the declaration reached the system. */
    public enum Channel { TASKLIST, REST }
    @Column(name = "proposal_id")
    private Long proposalId;
    @Column(name = "representative_name")
    private String representativeName;
    @Column(name = "representative_email")
    private String representativeEmail;
    @Column(name = "email_key")
    private String emailKey;
    private String organisation;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Channel channel;
    @Column(name = "declared_at")
    private Instant declaredAt;

    protected ReadinessDeclaration() {
    }

    public ReadinessDeclaration(Long proposalId, FoundingQuorum.Declaration d, Channel channel, Instant declaredAt) {
        this.proposalId = proposalId;
        this.representativeName = d.representativeName().strip();
        this.representativeEmail = d.representativeEmail().strip();
        this.emailKey = NameKey.ofEmail(d.representativeEmail());
        this.organisation = d.organisation() == null || d.organisation().isBlank() ? null : d.organisation().strip();
        this.channel = channel;
        this.declaredAt = declaredAt;
    }

    /** The address an erased declaration keeps instead of the person's: unique per row, so that counts stay. */
    static final String ERASED_DOMAIN = "@entfernt.invalid";

    /**
     * W-1, M-2: the representative left the network: name and address go; the row, its organisation and its place
     * in the counts stay (one person, one organisation).
     */
    public void erasePerson() {
        this.representativeName = "Ehemalige Netzwerkpartner:in";
        this.representativeEmail = "erklaerung-" + getId() + ERASED_DOMAIN;
        this.emailKey = representativeEmail;
    }

    /** Whether the person behind this declaration left and their data was erased (nobody to write to or admit). */
    public boolean isErased() {
        return representativeEmail.endsWith(ERASED_DOMAIN);
    }

    public FoundingQuorum.Declaration toDeclaration() {
        return new FoundingQuorum.Declaration(representativeName, representativeEmail, organisation);
    }
    public Long getProposalId() { return proposalId; }
    public String getRepresentativeName() { return representativeName; }
    public String getRepresentativeEmail() { return representativeEmail; }
    public String getEmailKey() { return emailKey; }
    public String getOrganisation() { return organisation; }
    public Channel getChannel() { return channel; }
}
