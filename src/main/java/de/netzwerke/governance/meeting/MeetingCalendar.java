package de.netzwerke.governance.meeting;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545, written by ical4j): the calendar entry of an invitation or cancellation, and a
 * network's calendar feed that Outlook or Thunderbird subscribe to. Times are written in UTC; every meeting
 * keeps one UID, so that a cancellation or the feed updates the entry the invitation made.
 */
public final class MeetingCalendar {

    static final String PRODUCT = "-//Netzwerk-Governance//Sitzungen//DE";

    /** What one entry shows. */
    public record Entry(Meeting meeting, String bodyName, String agenda) {
    }

    private MeetingCalendar() {
    }

    /** The stable UID of a meeting's calendar entry. */
    public static String uid(Meeting meeting) {
        return "meeting-" + meeting.getId() + "-" + meeting.getCreatedAt().toEpochMilli() + "@netzwerk-governance";
    }

    /** The .ics of an invitation (METHOD:REQUEST) or a cancellation (METHOD:CANCEL). */
    public static byte[] invitation(Entry entry, boolean cancellation) {
        Calendar calendar = calendar();
        calendar.add(new Method(cancellation ? Method.VALUE_CANCEL : Method.VALUE_REQUEST));
        calendar.add(event(entry, cancellation));
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A network's meetings as one calendar (cancelled ones marked so). */
    public static String feed(String calendarName, List<Entry> entries) {
        Calendar calendar = calendar();
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        entries.forEach(e -> calendar.add(event(e, e.meeting().isCancelled())));
        return calendar.toString();
    }

    private static Calendar calendar() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        return calendar;
    }

    private static VEvent event(Entry entry, boolean cancelled) {
        Meeting m = entry.meeting();
        VEvent event = new VEvent(m.getStartsAt(), m.getEndsAt(), m.getKind().label() + ": " + m.getTitle());
        event.add(new Uid(uid(m)));
        event.add(new Location(m.getLocation()));
        event.add(new Description(entry.bodyName() + (entry.agenda() == null || entry.agenda().isBlank() ? ""
                : "\n\nTagesordnung:\n" + entry.agenda())));
        event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Sequence(cancelled ? 1 : 0));
        return event;
    }
}
