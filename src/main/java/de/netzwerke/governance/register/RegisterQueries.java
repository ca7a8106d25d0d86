package de.netzwerke.governance.register;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.register.RegisterViews.BodyView;
import de.netzwerke.governance.register.RegisterViews.DistributionEntry;
import de.netzwerke.governance.register.RegisterViews.FieldOfActionView;
import de.netzwerke.governance.register.RegisterViews.MemberView;
import de.netzwerke.governance.register.RegisterViews.NetworkView;
import de.netzwerke.governance.register.RegisterViews.OfficeView;

/** Reads the register for the API and the Übersicht, a fixed number of queries per page. */
@Service
@Transactional(readOnly = true)
public class RegisterQueries {

    private static final Comparator<BodyView> BODY_ORDER = Comparator
            .comparing((BodyView b) -> b.kind().ordinal()).thenComparing(BodyView::name, String.CASE_INSENSITIVE_ORDER);

    private final NetworkRepository networks;
    private final BodyRepository bodies;
    private final MembershipRepository memberships;
    private final OfficeRepository offices;
    private final PartnerRepository partners;
    private final FieldOfActionRepository fieldsOfAction;
    private final GovernanceProperties properties;
    private final Today today;

    public RegisterQueries(NetworkRepository networks, BodyRepository bodies, MembershipRepository memberships,
                           OfficeRepository offices, PartnerRepository partners, FieldOfActionRepository fieldsOfAction,
                           GovernanceProperties properties, Today today) {
        this.networks = networks;
        this.bodies = bodies;
        this.memberships = memberships;
        this.offices = offices;
        this.partners = partners;
        this.fieldsOfAction = fieldsOfAction;
        this.properties = properties;
        this.today = today;
    }

    public List<NetworkView> networks() {
        return networks.findAll(org.springframework.data.domain.Sort.by("id")).stream().map(this::view).toList();
    }

    public NetworkView network(String networkId) {
        return networks.findById(networkId).map(this::view)
                .orElseThrow(() -> new NotFoundException("Dieses Netzwerk gibt es nicht. Die Netzwerke stehen unter /api/networks."));
    }

    public List<FieldOfActionView> fieldsOfAction(String networkId) {
        network(networkId);
        return fieldsOfAction.findByNetworkIdOrderByPosition(networkId).stream()
                .map(f -> new FieldOfActionView(f.getCode(), f.getName(), f.getActorKinds() == null ? List.of()
                        : Arrays.stream(f.getActorKinds().split(";")).map(String::strip).toList()))
                .toList();
    }

    /** All bodies of a network with current members and office holders; dissolved bodies last. */
    public List<BodyView> bodies(String networkId) {
        network(networkId);
        return views(bodies.findByNetworkIdOrderByKindAscNameAsc(networkId), true);
    }

    /**
     * All bodies of a network with office holders and member counts but without the members themselves
     * ({@code members} is {@code null}): what the Übersicht shows, in a number of statements and rows that does not
     * grow with the members.
     */
    public List<BodyView> bodySummaries(String networkId) {
        network(networkId);
        return views(bodies.findByNetworkIdOrderByKindAscNameAsc(networkId), false);
    }

    public BodyView body(Long bodyId) {
        return bodies.findById(bodyId).map(b -> views(List.of(b), true).get(0))
                .orElseThrow(() -> new NotFoundException("Ein Gremium mit der Nummer " + bodyId + " gibt es nicht."));
    }

    /**
     * Whether someone sees the names and addresses on a network's distribution list: its coordination and the
     * administrators; everybody else sees how many partners it has.
     */
    public boolean seesContactData(String networkId, java.util.Collection<String> groups) {
        return BodyRights.mayManage(null, properties.profile(networkId).getCoordination().getGroup(), groups);
    }

    /**
     * Whether someone may set a body's procedures going (M-3, AT-2, SR-5: {@link BodyRights}): the network's
     * coordination and the administrators for every body, the body's own group for that body.
     */
    public boolean mayManage(BodyView body, java.util.Collection<String> groups) {
        return BodyRights.mayManage(body.groupId(), properties.profile(body.networkId()).getCoordination().getGroup(), groups);
    }

    /** How many partners are on the distribution list. */
    public int distributionListSize(String networkId) {
        network(networkId);
        return Math.toIntExact(partners.distributionListSize(networkId));
    }

    /** The distribution list (Verteiler) of a network: active partners with an e-mail address (M-2). */
    public List<DistributionEntry> distributionList(String networkId) {
        network(networkId);
        return partners.distributionList(networkId).stream()
                .map(p -> new DistributionEntry(p.getId(), p.getName(), p.organisationName(), p.getEmail()))
                .toList();
    }

    private List<BodyView> views(List<Body> list, boolean withMembers) {
        List<Long> ids = list.stream().map(Body::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MemberView>> membersByBody = !withMembers ? Map.of() : memberships.currentMembers(ids).stream()
                .filter(m -> m.getPartner().isActive())
                .collect(Collectors.groupingBy(Membership::getBodyId, Collectors.mapping(
                        m -> new MemberView(m.getPartner().getId(), m.getPartner().getName(),
                                m.getPartner().organisationName(), m.getSince()),
                        Collectors.toList())));
        Map<Long, Integer> memberCounts = withMembers
                ? membersByBody.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()))
                : memberships.currentMemberCounts(ids).stream()
                        .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).intValue()));
        var day = today.date();
        Map<Long, List<OfficeView>> officesByBody = offices.currentOffices(ids).stream()
                .sorted(Comparator.comparing(Office::getKind))
                .collect(Collectors.groupingBy(Office::getBodyId, Collectors.mapping(
                        o -> new OfficeView(o.getKind(), o.getKind().label(), o.getPartner().getId(),
                                o.getPartner().getName(), o.getPartner().organisationName(), o.getTermStart(),
                                o.getTermEnd(), o.isTermExpired(day)),
                        Collectors.toList())));
        return list.stream()
                .map(b -> new BodyView(b.getId(), b.getNetworkId(), b.getKind(), b.getKind().label(), b.getName(),
                        b.getTopic(), b.fieldOfActionName(),
                        b.getGroupId(), b.getStatus(), b.getEstablishedOn(),
                        withMembers ? membersByBody.getOrDefault(b.getId(), List.of()) : null,
                        memberCounts.getOrDefault(b.getId(), 0),
                        officesByBody.getOrDefault(b.getId(), List.of())))
                .sorted(Comparator.comparing((BodyView b) -> b.status() != BodyStatus.ACTIVE).thenComparing(BODY_ORDER))
                .toList();
    }

    private NetworkView view(Network n) {
        return new NetworkView(n.getId(), n.getName(), n.getShortName(), n.getDocumentKind(), n.getInForceSince(),
                properties.profile(n.getId()));
    }
}
