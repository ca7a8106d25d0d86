package de.netzwerke.governance.meeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPosition(Long meetingId);
}
