package de.netzwerke.governance.founding;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReadinessDeclarationRepository extends JpaRepository<ReadinessDeclaration, Long> {

    List<ReadinessDeclaration> findByProposalIdOrderById(Long proposalId);

    @Query("select d.emailKey from ReadinessDeclaration d where d.proposalId = ?1")
    List<String> emailKeys(Long proposalId);

    void deleteByProposalId(Long proposalId);
}
