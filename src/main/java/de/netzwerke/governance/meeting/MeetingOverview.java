package de.netzwerke.governance.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.process.InstanceStates;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.BodyStatus;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.register.overview.OpenProcedure;
import de.netzwerke.governance.register.overview.OverviewSection;
import de.netzwerke.governance.register.overview.OverviewViewer;

/**
 * The meetings' rows in the Übersicht (issue 10 „Where it shows“; T-1, SR-4, AT-1, W-2, W-3): per body that holds
 * meetings, first where it stands against its frequency rule this year („2027: 2 von mindestens 4 Sitzungen (SR-4)
 * – im Rückstand“), then its upcoming meetings and its latest past ones with their state (geplant, eingeladen,
 * abgehalten, Protokoll geschrieben/versandt/bestätigt, abgesagt). Shown on the page and on each body under
 * „Sitzungen“ (past meetings are no open procedures). No names of people: attendance as counts only.
 */
@Component
@Transactional(readOnly = true)
public class MeetingOverview {

    /** The section's heading, and the heading on each body. */
    public static final String TITLE = "Sitzungen";
    /** The procedure column of a body's frequency row. */
    static final String FREQUENCY = "Sitzungshäufigkeit";
    /** How many past meetings of a body are shown (the newest). */
    static final int PAST_SHOWN = 5;
    private static final Set<MeetingState> HELD = EnumSet.of(MeetingState.HELD, MeetingState.PROTOCOL_WRITTEN,
            MeetingState.PROTOCOL_SENT, MeetingState.PROTOCOL_CONFIRMED);

    private final MeetingRepository meetings;
    private final MeetingService service;
    private final AttendanceRepository attendance;
    private final BodyRepository bodyRepository;
    private final InstanceStates instances;
    private final Today today;

    public MeetingOverview(MeetingRepository meetings, MeetingService service, AttendanceRepository attendance,
                           BodyRepository bodyRepository, InstanceStates instances, Today today) {
        this.meetings = meetings;
        this.service = service;
        this.attendance = attendance;
        this.bodyRepository = bodyRepository;
        this.instances = instances;
        this.today = today;
    }

    @Configuration(proxyBeanMethods = false)
    static class Sections {

        @Bean
        OverviewSection meetingsSection(MeetingOverview overview) {
            return new OverviewSection() {
                @Override
                public int order() {
                    return 30;
                }

                @Override
                public String title() {
                    return TITLE;
                }

                @Override
                public String emptyText() {
                    return "Kein Gremium dieses Netzwerks hält hier geführte Sitzungen.";
                }

                @Override
                public String bodyHeading() {
                    return TITLE;
                }

                @Override
                public List<OpenProcedure> rows(String networkId, OverviewViewer viewer) {
                    return overview.rows(networkId);
                }
            };
        }
    }

    /** Per active body with meetings: its frequency row, its upcoming meetings (soonest first), its latest past ones. */
    public List<OpenProcedure> rows(String networkId) {
        Instant now = today.now();
        Map<Long, List<Meeting>> byBody = meetings.findByNetworkIdOrderByStartsAtDesc(networkId).stream()
                .collect(Collectors.groupingBy(Meeting::getBodyId));
        Set<String> disturbed = instances.withIncident(MeetingVariables.PROCESS_KEY);
        // which meetings are shown, body by body, then their invitations in one query (a constant number of
        // statements however many bodies and meetings, issue 15)
        record Shown(Body body, MeetingKind kind, List<Meeting> own, List<Meeting> listed) {
        }
        List<Shown> shown = new ArrayList<>();
        for (Body body : bodyRepository.findByNetworkIdOrderByKindAscNameAsc(networkId)) {
            var kind = service.kindOf(body);
            if (body.getStatus() != BodyStatus.ACTIVE || kind.isEmpty()) {
                continue;
            }
            List<Meeting> own = byBody.getOrDefault(body.getId(), List.of());
            List<Meeting> listed = new ArrayList<>();
            own.stream().filter(m -> !m.getStartsAt().isBefore(now)).sorted(Comparator.comparing(Meeting::getStartsAt))
                    .forEach(listed::add);
            own.stream().filter(m -> m.getStartsAt().isBefore(now)).limit(PAST_SHOWN).forEach(listed::add);
            shown.add(new Shown(body, kind.get(), own, listed));
        }
        List<Long> ids = shown.stream().flatMap(s -> s.listed().stream()).map(Meeting::getId).toList();
        Map<Long, List<Attendance>> invitations = ids.isEmpty() ? Map.of()
                : attendance.findByMeetingIdIn(ids).stream().collect(Collectors.groupingBy(Attendance::getMeetingId));
        List<OpenProcedure> rows = new ArrayList<>();
        for (Shown s : shown) {
            rows.add(frequencyRow(s.body(), s.kind(), s.own()));
            s.listed().forEach(m -> rows.add(row(m, s.body(), disturbed.contains(m.getProcessInstanceId()),
                    invitations.getOrDefault(m.getId(), List.of()))));
        }
        return rows;
    }

    /** „2027: 2 von mindestens 4 Sitzungen (SR-4) – im Rückstand“, the finding as detail. */
    OpenProcedure frequencyRow(Body body, MeetingKind kind, List<Meeting> bodysMeetings) {
        var day = today.date();
        MeetingFrequency.Rule rule = service.frequencyRule(body, kind);
        MeetingFrequency.Status status = service.frequency(body, day, bodysMeetings).orElseThrow();
        String stage = standing(rule, status);
        return new OpenProcedure(FREQUENCY, body.getName(), body.getId(), stage, false, null,
                status.behind() ? List.of(status.message()) : List.of());
    }

    /** The year's count against the rule, in German. */
    static String standing(MeetingFrequency.Rule rule, MeetingFrequency.Status status) {
        String counted = status.year() + ": " + status.counted();
        String against;
        if (rule.quarterly()) {
            against = counted + " × " + rule.meetingLabel() + ", vorgesehen eines in jedem Quartal";
        } else if (rule.minPerYear() > 0 && rule.maxPerYear() > 0) {
            against = counted + " von " + rule.minPerYear() + " bis " + rule.maxPerYear() + " Sitzungen";
        } else if (rule.minPerYear() > 0) {
            against = counted + " von mindestens " + rule.minPerYear() + " Sitzungen";
        } else {
            return counted + " " + (status.counted() == 1 ? "Sitzung" : "Sitzungen") + ", nach Bedarf (" + rule.ruleId() + ")";
        }
        String verdict = status.behind() ? "im Rückstand" : "im Plan";
        if (rule.maxPerYear() > 0 && status.counted() > rule.maxPerYear()) {
            verdict = "mehr als vorgesehen";
        }
        return against + " (" + rule.ruleId() + ") – " + verdict;
    }

    private OpenProcedure row(Meeting m, Body body, boolean disturbed, List<Attendance> invitees) {
        List<String> details = new ArrayList<>();
        details.add(MeetingService.when(m) + ", " + m.getLocation());
        if (m.isRecordedAfter()) {
            details.add("nachträglich erfasst");
        }
        Map<AttendanceStatus, Integer> counts = new EnumMap<>(AttendanceStatus.class);
        invitees.stream().filter(a -> a.getStatus() != null).forEach(a -> counts.merge(a.getStatus(), 1, Integer::sum));
        if (HELD.contains(m.getState())) {
            details.add("Eingeladen " + invitees.size() + ", anwesend " + counts.getOrDefault(AttendanceStatus.PRESENT, 0)
                    + ", entschuldigt " + counts.getOrDefault(AttendanceStatus.EXCUSED, 0) + ", unentschuldigt "
                    + counts.getOrDefault(AttendanceStatus.UNEXCUSED, 0));
        } else if (!invitees.isEmpty() && m.getState() != MeetingState.CANCELLED) {
            details.add("Eingeladen " + invitees.size() + (counts.containsKey(AttendanceStatus.EXCUSED)
                    ? ", bisher entschuldigt " + counts.get(AttendanceStatus.EXCUSED) : ""));
        }
        return new OpenProcedure(MeetingService.subject(m), m.getTitle() + " (" + body.getName() + ")", body.getId(),
                m.getState().label(), disturbed, null, details);
    }
}
