package de.netzwerke.governance.founding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FoundingProposalRepository extends JpaRepository<FoundingProposal, Long> {

    Optional<FoundingProposal> findByProcessInstanceId(String processInstanceId);

    List<FoundingProposal> findByNetworkIdAndProposerEmailIsNotNull(String networkId);

    List<FoundingProposal> findByNetworkIdAndStatusInOrderById(String networkId, Collection<ProposalStatus> status);

    List<FoundingProposal> findByNetworkIdAndProposerUserIdOrderByIdDesc(String networkId, String proposerUserId);
}
