package de.netzwerke.governance.membership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerApplicationRepository extends JpaRepository<PartnerApplication, Long> {

    @Query("select p from PartnerApplication p where p.processInstanceId = ?1")
    Optional<PartnerApplication> findByProcessInstanceId(String processInstanceId);

    List<PartnerApplication> findByNetworkIdAndEmailKeyAndStatusIn(String networkId, String emailKey,
                                                                  List<PartnerApplication.Status> statuses);
}
