package de.netzwerke.governance.register;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An office held by a partner in a body (AT-2, SR-2, SR-5). The term runs from {@code termStart} to
 * {@code termEnd}; the holder stays in office past the term end until a successor is elected, which
 * sets {@code endedOn}.
 */
@Entity
@Table(name = "office")
public class Office extends BaseEntity {
    @Column(name = "body_id")
    private Long bodyId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;
    @Enumerated(EnumType.STRING)
    private OfficeKind kind;
    @Column(name = "term_start")
    private LocalDate termStart;
    @Column(name = "term_end")
    private LocalDate termEnd;
    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Office() {
    }

    public Office(Long bodyId, Partner partner, OfficeKind kind, LocalDate termStart, LocalDate termEnd) {
        this.bodyId = bodyId;
        this.partner = partner;
        this.kind = kind;
        this.termStart = termStart;
        this.termEnd = termEnd;
    }
    public Long getBodyId() { return bodyId; }
    public Partner getPartner() { return partner; }
    public OfficeKind getKind() { return kind; }
    public LocalDate getTermStart() { return termStart; }
    public LocalDate getTermEnd() { return termEnd; }
    public LocalDate getEndedOn() { return endedOn; }

    public void end(LocalDate day) { this.endedOn = day; }

    public boolean isHeld() { return endedOn == null; }

    /** The term is over but no successor has been elected yet (the holder stays in office). */
    public boolean isTermExpired(LocalDate today) {
        return termEnd != null && isHeld() && today.isAfter(termEnd);
    }
}
