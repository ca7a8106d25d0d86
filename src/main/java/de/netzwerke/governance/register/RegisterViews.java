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

    public record BodyView(Long id, String networkId, BodyKind kind, String kindLabel, String name, String topic,
                           String fieldOfAction, String groupId, BodyStatus status, LocalDate establishedOn,
                           List<MemberView> members, List<OfficeView> offices) {
    }

    public record DistributionEntry(Long partnerId, String name, String organisation, String email) {
    }
}
