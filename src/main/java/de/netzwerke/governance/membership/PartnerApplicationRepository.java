package de.netzwerke.governance.membership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerApplicationRepository extends JpaRepository<PartnerApplication, Long> {

    Optional<PartnerApplication> findByProcessInstanceId(String processInstanceId);

    List<PartnerApplication> findByNetworkIdAndEmailKeyAndStatusIn(String networkId, String emailKey,
                                                                  List<PartnerApplication.Status> statuses);
}
