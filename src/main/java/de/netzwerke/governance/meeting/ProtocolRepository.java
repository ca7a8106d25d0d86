package de.netzwerke.governance.meeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProtocolRepository extends JpaRepository<Protocol, Long> {

    List<Protocol> findByMeetingIdOrderByVersion(Long meetingId);
}
