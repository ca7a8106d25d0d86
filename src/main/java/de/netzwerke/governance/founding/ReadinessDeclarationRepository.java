package de.netzwerke.governance.founding;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReadinessDeclarationRepository extends JpaRepository<ReadinessDeclaration, Long> {

    @Query("select d from ReadinessDeclaration d where d.proposalId = ?1 order by d.id")
    List<ReadinessDeclaration> findByProposalIdOrderById(Long proposalId);

    /** The declarations of several proposals in one query (the Übersicht's running foundings). */
    List<ReadinessDeclaration> findByProposalIdInOrderById(java.util.Collection<Long> proposalIds);

    @Query("select d.emailKey from ReadinessDeclaration d where d.proposalId = ?1")
    List<String> emailKeys(Long proposalId);

    void deleteByProposalId(Long proposalId);

    @Query("select d from ReadinessDeclaration d where d.emailKey = ?2 and d.proposalId in "
            + "(select p.id from FoundingProposal p where p.networkId = ?1)")
    List<ReadinessDeclaration> findByNetworkAndEmailKey(String networkId, String emailKey);
}
