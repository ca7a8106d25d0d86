package de.netzwerke.governance.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bodies of the networks and who belongs to them: members, voting members (SR-1), who leads a body,
 * who may set its procedures going. Every capability asks here; none keeps its own copy.
 */
@Service
@Transactional
public class Bodies {

    private final BodyRepository bodies;
    private final MembershipRepository memberships;
    private final OfficeRepository offices;
    private final PartnerRepository partners;
    private final OrganisationRepository organisations;
    private final GovernanceProperties properties;
    private final ApplicationEventPublisher events;
    private final Today today;

    public Bodies(BodyRepository bodies, MembershipRepository memberships, OfficeRepository offices,
                  PartnerRepository partners, OrganisationRepository organisations, GovernanceProperties properties,
                  ApplicationEventPublisher events, Today today) {
        this.bodies = bodies;
        this.memberships = memberships;
        this.offices = offices;
        this.partners = partners;
        this.organisations = organisations;
        this.properties = properties;
        this.events = events;
        this.today = today;
    }
    /** The names of several bodies by id, in one query. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> names(Collection<Long> bodyIds) {
        return byIds(bodyIds).values().stream().collect(Collectors.toMap(Body::getId, Body::getName));
    }

    /** Several bodies by id, in one query; unknown ids have no entry. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Body> byIds(Collection<Long> bodyIds) {
        if (bodyIds.isEmpty()) {
            return java.util.Map.of();
        }
        return bodies.findAllById(java.util.Set.copyOf(bodyIds)).stream()
                .collect(Collectors.toMap(Body::getId, java.util.function.Function.identity()));
    }


    /** The body; an unknown id is refused in German. */
    @Transactional(readOnly = true)
    public Body body(Long bodyId) {
        if (bodyId == null) {
            throw new RuleViolation("Bitte das Gremium angeben.");
        }
        return bodies.findById(bodyId)
                .orElseThrow(() -> new RuleViolation("Es gibt kein Gremium mit der Nummer " + bodyId + "."));
    }

    public RuleProfile profile(String networkId) {
        return properties.profile(networkId);
    }

    /** The body's current, active members: who may stand and vote. */
    @Transactional(readOnly = true)
    public List<Partner> members(Long bodyId) {
        return memberships.currentMembers(List.of(bodyId)).stream().map(Membership::getPartner)
                .filter(Partner::isActive).toList();
    }

    /** How many votes the body has: one per member; in the Sprecher:innenrat one per working table plus one (SR-1). */
    @Transactional(readOnly = true)
    public int votingMembers(Body body) {
        if (body.getKind() != BodyKind.SPEAKERS_COUNCIL) {
            return members(body.getId()).size();
        }
        List<Office> seats = offices.currentOfficesOfKinds(body.getNetworkId(), OfficeRules.SPEAKERS_COUNCIL_SEATS);
        long workingTables = seats.stream().filter(o -> o.getKind() != OfficeKind.INTEGRATION_COMMISSIONER)
                .map(Office::getBodyId).distinct().count();
        boolean commissioner = seats.stream().anyMatch(o -> o.getKind() == OfficeKind.INTEGRATION_COMMISSIONER);
        return OfficeRules.speakersCouncilVotes((int) workingTables, commissioner);
    }

    /** The login of whoever leads the body: the working table's leader, the Sprecher:innenrat's chair (SR-5). */
    @Transactional(readOnly = true)
    public Optional<String> leaderUserId(Body body) {
        OfficeKind lead = switch (body.getKind()) {
            case SPEAKERS_COUNCIL -> OfficeKind.CHAIR;
            case WORKING_TABLE -> OfficeKind.LEADER;
            default -> null;
        };
        if (lead == null) {
            return Optional.empty();
        }
        return offices.currentHolders(body.getId(), lead).stream().map(o -> o.getPartner().getUserId())
                .filter(Objects::nonNull).findFirst();
    }

    /** The Camunda group of the network's coordination (M-3, W-5). */
    public String coordinationGroup(String networkId) {
        return profile(networkId).getCoordination().getGroup();
    }

    /** Refuses, in German, a person who may not set the body's procedures going ({@link BodyRights}). */
    public void requireMayManage(Body body, Collection<String> callerGroups) {
        if (!BodyRights.mayManage(body.getGroupId(), coordinationGroup(body.getNetworkId()), callerGroups)) {
            throw new RuleViolation("Für „" + body.getName() + "“ dürfen nur das Gremium selbst und die "
                    + profile(body.getNetworkId()).getCoordination().getName() + " eine Wahl einleiten.");
        }
    }

    /** AT-3: a new working table, with its own Camunda group (arbeitstisch-&lt;id&gt;) and no members yet. */
    public Body createWorkingTable(String networkId, String topic, String description, String fieldOfAction,
                                   String groupPrefix) {
        Body table = bodies.save(new Body(networkId, BodyKind.WORKING_TABLE, "Arbeitstisch " + topic, description,
                null, today.date()));
        table.setFieldOfActionLabel(fieldOfAction);
        table.setGroupId(groupPrefix + table.getId());
        events.publishEvent(new BodyGroupChanged(table.getGroupId(), table.getName(), true, java.util.Set.of(), false));
        return table;
    }

    /** Members join the body from today; their logins join its group. Already a member: nothing changes. */
    public void admit(Body body, Collection<Partner> newMembers) {
        LocalDate day = today.date();
        for (Partner p : newMembers) {
            if (!memberships.existsByBodyIdAndPartnerIdAndUntilIsNull(body.getId(), p.getId())) {
                memberships.save(new Membership(body.getId(), p, day));
            }
        }
        if (body.getGroupId() != null) {
            // the group itself exists since the body was created
            events.publishEvent(new BodyGroupChanged(body.getGroupId(), body.getName(), false, userIds(newMembers), false));
        }
    }

    /** W-1, M-2: the partner leaves every body today; their login leaves the bodies' groups. Returns the bodies. */
    public List<Long> endMemberships(Long partnerId) {
        LocalDate day = today.date();
        List<Membership> current = memberships.findByPartnerIdAndUntilIsNull(partnerId);
        current.forEach(m -> m.end(day));
        List<Long> left = current.stream().map(Membership::getBodyId).distinct().toList();
        for (Long bodyId : left) {
            Body body = body(bodyId);
            if (body.getGroupId() != null && body.getKind() != BodyKind.SPEAKERS_COUNCIL) {
                events.publishEvent(new BodyGroupChanged(body.getGroupId(), body.getName(), false,
                        userIds(members(bodyId)), true));
            }
        }
        return left;
    }

    /** The partner of the network with this e-mail address, or a new one (with their organisation). */
    public Partner partner(String networkId, String name, String email, String organisation) {
        return partner(networkId, name, email, organisation, today.date());
    }

    /** The same, for a new partner who has been one since {@code joinedOn} (an imported list: real membership dates). */
    public Partner partner(String networkId, String name, String email, String organisation, LocalDate joinedOn) {
        return partners.findByNetworkIdAndEmailKey(networkId, NameKey.ofEmail(email)).orElseGet(() -> {
            Organisation org = organisation == null || organisation.isBlank() ? null
                    : organisations.findByNetworkIdAndNameKey(networkId, NameKey.of(organisation))
                            .orElseGet(() -> organisations.save(new Organisation(networkId, organisation.strip())));
            return partners.save(new Partner(networkId, name, email, org, joinedOn));
        });
    }

    /** The partner id of an e-mail address in a network, if they are a partner. */
    @Transactional(readOnly = true)
    public Optional<Long> partnerId(String networkId, String email) {
        return partners.findByNetworkIdAndEmailKey(networkId, NameKey.ofEmail(email)).map(Partner::getId);
    }

    /** The partner ids of e-mail addresses in a network, by e-mail key ({@link NameKey#ofEmail}), in one query. */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> partnerIdsByEmailKey(String networkId, Collection<String> emails) {
        java.util.Set<String> keys = emails.stream().filter(Objects::nonNull).map(NameKey::ofEmail)
                .collect(Collectors.toSet());
        if (keys.isEmpty()) {
            return java.util.Map.of();
        }
        return partners.findByNetworkIdAndEmailKeyIn(networkId, keys).stream()
                .collect(Collectors.toMap(Partner::getEmailKey, Partner::getId, (a, b) -> a));
    }

    @Transactional(readOnly = true)
    public Optional<Partner> findPartner(Long partnerId) {
        return partners.findById(partnerId);
    }

    @Transactional(readOnly = true)
    public Partner partner(Long partnerId) {
        return partners.findById(partnerId)
                .orElseThrow(() -> new RuleViolation("Es gibt keine Netzwerkpartner:in mit der Nummer " + partnerId + "."));
    }

    static java.util.Set<String> userIds(Collection<Partner> partners) {
        return partners.stream().map(Partner::getUserId).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
