package de.netzwerke.governance.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findByMeetingIdOrderById(Long meetingId);

    /** The invitations of several meetings at once (the Übersicht: one query per page, not one per meeting). */
    List<Attendance> findByMeetingIdIn(java.util.Collection<Long> meetingIds);

    @Query("select a from Attendance a where a.meetingId = ?1 and a.partnerId = ?2")
    Optional<Attendance> findByMeetingIdAndPartnerId(Long meetingId, Long partnerId);

    /**
     * M-2: per partner of the network, over the meetings held (not cancelled) that started in [from, to): how often
     * invited, present, excused, unexcused. Rows: partnerId, invited, present, excused, unexcused (Long each).
     */
    @Query("select a.partnerId, count(a), "
            + "sum(case when a.status = de.netzwerke.governance.meeting.AttendanceStatus.PRESENT then 1 else 0 end), "
            + "sum(case when a.status = de.netzwerke.governance.meeting.AttendanceStatus.EXCUSED then 1 else 0 end), "
            + "sum(case when a.status = de.netzwerke.governance.meeting.AttendanceStatus.UNEXCUSED then 1 else 0 end) "
            + "from Attendance a, Meeting m where a.meetingId = m.id and m.networkId = ?1 "
            + "and m.state <> de.netzwerke.governance.meeting.MeetingState.CANCELLED "
            + "and m.startsAt >= ?2 and m.startsAt < ?3 group by a.partnerId")
    List<Object[]> attendanceSummary(String networkId, Instant from, Instant to);
}
