package de.netzwerke.governance.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * M-2 reads the attendance that the meetings record: one read-only query against the meetings' tables
 * ({@code meeting}, {@code meeting_attendance}, schema V8), the one place in this capability that knows them.
 * Cancelled meetings are left out. Timestamps are stored in UTC (Hibernate's default for {@code Instant}).
 */
@Component
class AttendanceRecords {

    /** One invitation of a partner to a meeting; {@code status} PRESENT, EXCUSED, UNEXCUSED or null (not recorded). */
    record Row(long partnerId, long meetingId, Instant startsAt, String title, String bodyName, String status) {
    }

    private static final String QUERY = """
            select a.partner_id, m.id, m.starts_at, m.title, b.name, a.status
            from meeting_attendance a
            join meeting m on m.id = a.meeting_id
            join body b on b.id = m.body_id
            where m.network_id = ? and m.state <> 'CANCELLED' and m.starts_at >= ? and m.starts_at < ?
            order by m.starts_at, m.id
            """;

    private final JdbcTemplate jdbc;

    AttendanceRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every invitation of the network's meetings that start in [from, to). */
    List<Row> between(String networkId, Instant from, Instant to) {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement(QUERY);
            statement.setString(1, networkId);
            statement.setTimestamp(2, Timestamp.from(from), utc);
            statement.setTimestamp(3, Timestamp.from(to), utc);
            return statement;
        }, (rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3, utc).toInstant(), rs.getString(4),
                rs.getString(5), rs.getString(6)));
    }
}
