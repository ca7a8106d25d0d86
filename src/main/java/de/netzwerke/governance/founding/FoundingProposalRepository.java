package de.netzwerke.governance.founding;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FoundingProposalRepository extends JpaRepository<FoundingProposal, Long> {

    java.util.Optional<FoundingProposal> findByProcessInstanceId(String processInstanceId);
}
