package de.netzwerke.governance.meeting.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.netzwerke.governance.meeting.AgendaItem;
import de.netzwerke.governance.meeting.AttendanceStatus;
import de.netzwerke.governance.meeting.Meeting;
import de.netzwerke.governance.meeting.MeetingCalendar;
import de.netzwerke.governance.meeting.MeetingService;
import de.netzwerke.governance.meeting.Protocol;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.RegisterQueries;

/**
 * A network's meetings (issue 10) as JSON and as an iCalendar feed to subscribe to in Outlook or Thunderbird.
 * Under {@code /api}: authenticated like the register's read API. Names of partners are not shown here.
 */
@RestController
@RequestMapping("/api/networks/{networkId}")
public class MeetingApiController {

    /** One agenda item with its result. */
    public record ItemView(int position, String title, String kind, String kindLabel, Integer yes, Integer no,
                           Integer abstentions, Integer present, String outcome) {
    }

    /** One meeting with its state, counts and protocol versions. */
    public record MeetingView(Long id, Long bodyId, String bodyName, String kind, String kindLabel, String title,
                              Instant startsAt, Instant endsAt, String location, String state, String stateLabel,
                              boolean recordedAfterTheFact, int invited, int present, int excused, int unexcused,
                              List<ItemView> agenda, List<Integer> protocolVersions, String processInstanceId) {
    }

    private final MeetingService meetings;
    private final RegisterQueries register;

    public MeetingApiController(MeetingService meetings, RegisterQueries register) {
        this.meetings = meetings;
        this.register = register;
    }

    @GetMapping(path = "/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Transactional(readOnly = true)
    public List<MeetingView> meetings(@PathVariable String networkId) {
        register.network(networkId);
        return meetings.ofNetwork(networkId).stream().map(this::view).toList();
    }

    @GetMapping(path = "/meetings.ics", produces = "text/calendar;charset=UTF-8")
    @Transactional(readOnly = true)
    public ResponseEntity<String> calendar(@PathVariable String networkId) {
        var network = register.network(networkId);
        List<MeetingCalendar.Entry> entries = meetings.ofNetwork(networkId).stream()
                .map(m -> new MeetingCalendar.Entry(m, meetings.body(m).getName(), meetings.agendaText(m))).toList();
        return ResponseEntity.ok().header("Content-Disposition", "inline; filename=\"sitzungen-" + networkId + ".ics\"")
                .body(MeetingCalendar.feed("Sitzungen – " + network.shortName(), entries));
    }

    private MeetingView view(Meeting m) {
        Body body = meetings.body(m);
        var rows = meetings.attendance(m);
        return new MeetingView(m.getId(), body.getId(), body.getName(), m.getKind().name(), m.getKind().label(),
                m.getTitle(), m.getStartsAt(), m.getEndsAt(), m.getLocation(), m.getState().name(), m.getState().label(),
                m.isRecordedAfter(), rows.size(), count(rows, AttendanceStatus.PRESENT), count(rows, AttendanceStatus.EXCUSED),
                count(rows, AttendanceStatus.UNEXCUSED), meetings.agenda(m).stream().map(MeetingApiController::item).toList(),
                meetings.protocols(m).stream().map(Protocol::getVersion).toList(), m.getProcessInstanceId());
    }

    private static int count(List<de.netzwerke.governance.meeting.Attendance> rows, AttendanceStatus status) {
        return (int) rows.stream().filter(a -> a.getStatus() == status).count();
    }

    private static ItemView item(AgendaItem i) {
        return new ItemView(i.getPosition(), i.getTitle(), i.getKind().name(), i.getKind().label(), i.getYes(), i.getNo(),
                i.getAbstentions(), i.getPresent(), i.getOutcome() == null ? null : i.getOutcome().name());
    }
}
