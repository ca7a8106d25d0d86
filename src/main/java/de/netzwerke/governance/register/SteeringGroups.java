package de.netzwerke.governance.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steering group of a network (W-5…W-9) as the register keeps it: its members with the field of action
 * each comes from and the facts W-7 asks, the last confirmation and the next due date (W-6). Reconstituting
 * it ends and starts memberships on the decision day and makes its Camunda group exactly the new members.
 */
@Service
@Transactional
public class SteeringGroups {

    /** A member of the steering group with their seat's facts (null where none are on record). */
    public record Seat(Long partnerId, String name, String organisation, String email, String userId,
                       FieldOfAction fieldOfAction, Reach reach, boolean businessLink, boolean welcomeCultureBearing,
                       LocalDate since) {
    }

    /** Who sits in the reconstituted group, with their facts. */
    public record NewSeat(Long partnerId, Long fieldOfActionId, Reach reach, boolean businessLink,
                          boolean welcomeCultureBearing) {
    }

    private final BodyRepository bodies;
    private final MembershipRepository memberships;
    private final SteeringGroupRepository groups;
    private final SteeringGroupSeatRepository seats;
    private final FieldOfActionRepository fieldsOfAction;
    private final PartnerRepository partners;
    private final ApplicationEventPublisher events;

    public SteeringGroups(BodyRepository bodies, MembershipRepository memberships, SteeringGroupRepository groups,
                          SteeringGroupSeatRepository seats, FieldOfActionRepository fieldsOfAction,
                          PartnerRepository partners, ApplicationEventPublisher events) {
        this.bodies = bodies;
        this.memberships = memberships;
        this.groups = groups;
        this.seats = seats;
        this.fieldsOfAction = fieldsOfAction;
        this.partners = partners;
        this.events = events;
    }

    /** The network's steering group, if it has one with a confirmation on record. */
    @Transactional(readOnly = true)
    public Optional<Body> find(String networkId) {
        return bodies.findFirstByNetworkIdAndKind(networkId, BodyKind.STEERING_GROUP)
                .filter(b -> groups.findByBodyId(b.getId()).isPresent());
    }

    /** The network's steering group; a network without one is refused in German. */
    @Transactional(readOnly = true)
    public Body body(String networkId) {
        return find(networkId).orElseThrow(() -> new RuleViolation(
                "Das Netzwerk „" + networkId + "“ hat keine Steuerungsgruppe."));
    }

    /** W-6: the last confirmation and the next due date. */
    @Transactional(readOnly = true)
    public SteeringGroup dates(Long bodyId) {
        return groups.findByBodyId(bodyId).orElseThrow(() -> new NotFoundException("Keine Steuerungsgruppe " + bodyId));
    }

    /** The current members with their seats, by name. */
    @Transactional(readOnly = true)
    public List<Seat> seats(Long bodyId) {
        List<Membership> current = memberships.currentMembers(List.of(bodyId)).stream()
                .filter(m -> m.getPartner().isActive()).toList();
        Map<Long, SteeringGroupSeat> byMembership = seats.findByMembershipIds(
                        current.stream().map(Membership::getId).toList()).stream()
                .collect(Collectors.toMap(SteeringGroupSeat::getMembershipId, Function.identity()));
        return current.stream().map(m -> {
            Partner p = m.getPartner();
            SteeringGroupSeat s = byMembership.get(m.getId());
            return new Seat(p.getId(), p.getName(), p.organisationName(), p.getEmail(), p.getUserId(),
                    s == null ? null : s.getFieldOfAction(), s == null ? null : s.getReach(),
                    s != null && s.isBusinessLink(), s != null && s.isWelcomeCultureBearing(), m.getSince());
        }).toList();
    }

    /** W-9: the network's fields of action in the order of the annex. */
    @Transactional(readOnly = true)
    public List<FieldOfAction> fieldsOfAction(String networkId) {
        return fieldsOfAction.findByNetworkIdOrderByPosition(networkId);
    }

    /**
     * W-6: the network confirmed or newly chose the group on {@code day}. Members not in {@code newSeats} leave
     * on that day, new ones join on it, continuing members keep their membership with the facts now on record;
     * the group {@code steuerungsgruppe} becomes exactly the new members' logins; the next confirmation falls
     * due on {@code nextDue}.
     */
    public void reconstitute(Long bodyId, Collection<NewSeat> newSeats, LocalDate day, LocalDate nextDue) {
        Body body = bodies.findById(bodyId).orElseThrow(() -> new NotFoundException("Unbekanntes Gremium " + bodyId));
        Map<Long, NewSeat> wanted = newSeats.stream().collect(Collectors.toMap(NewSeat::partnerId, Function.identity(),
                (a, b) -> a));
        for (Membership m : memberships.currentMembers(List.of(bodyId))) {
            NewSeat seat = wanted.remove(m.getPartner().getId());
            if (seat == null) {
                m.end(day);
            } else {
                FieldOfAction field = field(seat.fieldOfActionId());
                seats.findByMembershipId(m.getId()).ifPresentOrElse(
                        s -> s.update(field, seat.reach(), seat.businessLink(), seat.welcomeCultureBearing()),
                        () -> seats.save(new SteeringGroupSeat(m.getId(), field, seat.reach(), seat.businessLink(),
                                seat.welcomeCultureBearing())));
            }
        }
        for (NewSeat seat : wanted.values()) {
            Partner partner = partners.findById(seat.partnerId())
                    .orElseThrow(() -> new NotFoundException("Unbekannte Netzwerkpartner:in " + seat.partnerId()));
            Membership m = memberships.save(new Membership(bodyId, partner, day));
            seats.save(new SteeringGroupSeat(m.getId(), field(seat.fieldOfActionId()), seat.reach(), seat.businessLink(),
                    seat.welcomeCultureBearing()));
        }
        dates(bodyId).confirmed(day, nextDue);
        if (body.getGroupId() != null) {
            List<Partner> members = memberships.currentMembers(List.of(bodyId)).stream().map(Membership::getPartner).toList();
            events.publishEvent(new BodyGroupChanged(body.getGroupId(), body.getName(), false, Bodies.userIds(members), true));
        }
    }

    /** The Übersicht's and the read API's view of the network's steering group, if it has one. */
    @Transactional(readOnly = true)
    public Optional<RegisterViews.SteeringGroupView> view(String networkId, int maxMembers) {
        return find(networkId).map(body -> {
            SteeringGroup dates = dates(body.getId());
            List<Seat> current = seats(body.getId());
            List<RegisterViews.SeatView> members = current.stream().map(s -> new RegisterViews.SeatView(s.partnerId(),
                    s.name(), s.organisation(), s.fieldOfAction() == null ? null : s.fieldOfAction().getName(),
                    s.reach() == null ? null : s.reach().label(), s.businessLink(), s.welcomeCultureBearing(), s.since()))
                    .toList();
            List<RegisterViews.FieldCoverageView> fields = fieldsOfAction(networkId).stream()
                    .map(f -> new RegisterViews.FieldCoverageView(f.getCode(), f.getName(), current.stream()
                            .filter(s -> s.fieldOfAction() != null && s.fieldOfAction().getId().equals(f.getId()))
                            .map(Seat::name).toList()))
                    .toList();
            return new RegisterViews.SteeringGroupView(body.getId(), body.getName(), dates.getLastConfirmedOn(),
                    dates.getNextDueOn(), maxMembers, members, fields);
        });
    }

    private FieldOfAction field(Long id) {
        return id == null ? null : fieldsOfAction.findById(id).orElse(null);
    }
}
