package de.netzwerke.governance.meeting.delegate;

import static de.netzwerke.governance.meeting.MeetingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.meeting.MeetingService;
import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.Today;

/**
 * Task_PlanMissingMeetings: names the body and the rule it falls behind („Sitzungen planen – Sprecher:innenrat
 * (SR-4)“) and shows the finding (T-1, SR-4, AT-1, W-2, W-3).
 */
@Component("frequencyReminderView")
public class FrequencyReminderView implements TaskListener {

    private final MeetingService meetings;
    private final Bodies bodies;
    private final Today today;

    public FrequencyReminderView(MeetingService meetings, Bodies bodies, Today today) {
        this.meetings = meetings;
        this.bodies = bodies;
        this.today = today;
    }

    @Override
    public void notify(DelegateTask task) {
        Body body = bodies.body(BODY_ID.require(task));
        var status = meetings.frequency(body, today.date());
        String finding = status.map(s -> s.message()).filter(m -> !m.isBlank())
                .orElse("„" + body.getName() + "“ liegt inzwischen wieder im Plan.");
        String ruleId = finding.contains(":") ? finding.substring(0, finding.indexOf(':')) : "";
        task.setName(task.getName() + " – " + body.getName() + (ruleId.isEmpty() ? "" : " (" + ruleId + ")"));
        task.setDescription("Planen Sie die fehlenden Sitzungen, damit die Häufigkeit der Geschäftsordnung bzw. "
                + "Vereinbarung eingehalten wird (" + (ruleId.isEmpty() ? "T-1, SR-4, AT-1, W-2, W-3" : ruleId) + ").");
        BODY_NAME.setLocal(task, body.getName());
        FINDING.setLocal(task, finding);
    }
}
