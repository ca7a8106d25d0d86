package de.netzwerke.governance.register;

import java.time.LocalDate;
import java.util.List;

/** Read models of the register, served by {@code /api} and shown in the Übersicht. */
public final class RegisterViews {

    private RegisterViews() {
    }

    public record NetworkView(String id, String name, String shortName, String documentKind,
                              LocalDate inForceSince, RuleProfile ruleProfile) {
    }

    public record FieldOfActionView(String code, String name, List<String> actorKinds) {
    }

    public record MemberView(Long partnerId, String name, String organisation, LocalDate since) {
    }

    public record OfficeView(OfficeKind kind, String label, Long partnerId, String holder, String organisation,
                             LocalDate termStart, LocalDate termEnd, boolean termExpired) {
    }

    /**
     * A body with its office holders and how many current members it has. {@code members} lists them, except in
     * {@link de.netzwerke.governance.register.RegisterQueries#bodySummaries}, where it is {@code null}: the
     * Übersicht shows only the count and links to the body's own page.
     */
    public record BodyView(Long id, String networkId, BodyKind kind, String kindLabel, String name, String topic,
                           String fieldOfAction, String groupId, BodyStatus status, LocalDate establishedOn,
                           List<MemberView> members, int memberCount, List<OfficeView> offices) {
    }

    public record DistributionEntry(Long partnerId, String name, String organisation, String email) {
    }

    /** W-7, W-9: a member of the steering group with the field of action they come from and the W-7 facts. */
    public record SeatView(Long partnerId, String name, String organisation, String fieldOfAction, String reach,
                           boolean businessLink, boolean welcomeCultureBearing, LocalDate since) {
    }

    /** W-8, W-9: one of the nine fields of action and who of the steering group comes from it (empty: not covered). */
    public record FieldCoverageView(String code, String name, List<String> members) {

        public boolean covered() {
            return !members.isEmpty();
        }
    }

    /** W-5…W-9: the steering group, its members, the fields of action covered and not, and its confirmation dates (W-6). */
    public record SteeringGroupView(Long bodyId, String name, LocalDate lastConfirmedOn, LocalDate nextDueOn,
                                    int maxMembers, List<SeatView> members, List<FieldCoverageView> fieldsOfAction) {

        public long coveredCount() {
            return fieldsOfAction.stream().filter(FieldCoverageView::covered).count();
        }
    }
}
