package de.netzwerke.governance.founding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FoundingProposalRepository extends JpaRepository<FoundingProposal, Long> {

    @Query("select f from FoundingProposal f where f.processInstanceId = ?1")
    Optional<FoundingProposal> findByProcessInstanceId(String processInstanceId);

    List<FoundingProposal> findByNetworkIdAndProposerEmailIsNotNull(String networkId);

    List<FoundingProposal> findByNetworkIdAndStatusInOrderById(String networkId, Collection<ProposalStatus> status);

    List<FoundingProposal> findByNetworkIdAndProposerUserIdOrderByIdDesc(String networkId, String proposerUserId);
}
