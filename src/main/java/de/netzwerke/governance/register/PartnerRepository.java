package de.netzwerke.governance.register;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<Partner, Long> {

    @Query("select p from Partner p where p.networkId = ?1 and p.emailKey = ?2")
    Optional<Partner> findByNetworkIdAndEmailKey(String networkId, String emailKey);

    /** W-1, M-2: the network's partners of one status (the absence review reads the active ones). */
    List<Partner> findByNetworkIdAndStatusOrderById(String networkId, PartnerStatus status);

    /** Several partners by their e-mail keys in one query (no query per address). */
    @Query("select p from Partner p where p.networkId = ?1 and p.emailKey in ?2")
    List<Partner> findByNetworkIdAndEmailKeyIn(String networkId, java.util.Collection<String> emailKeys);

    /** The distribution list (Verteiler): active partners with an e-mail address, by name. */
    @Query("select p from Partner p left join fetch p.organisation where p.networkId = ?1 and p.status = 'ACTIVE' "
            + "and p.email is not null order by p.name")
    List<Partner> distributionList(String networkId);

    /** How many entries {@link #distributionList} has, counted by the database. */
    @Query("select count(p) from Partner p where p.networkId = ?1 and p.status = 'ACTIVE' and p.email is not null")
    long distributionListSize(String networkId);
}
