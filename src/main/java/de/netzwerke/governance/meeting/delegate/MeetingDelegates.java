package de.netzwerke.governance.meeting.delegate;

import static de.netzwerke.governance.meeting.MeetingVariables.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.meeting.AgendaItem;
import de.netzwerke.governance.meeting.Meeting;
import de.netzwerke.governance.meeting.MeetingService;
import de.netzwerke.governance.meeting.MeetingState;
import de.netzwerke.governance.process.Actor;
import de.netzwerke.governance.process.Var;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;

/**
 * The service tasks of Meeting and MeetingFrequencyCheck that touch the register: each reads its typed variables,
 * asks {@link MeetingService} and writes typed results. The meeting is always the one the register holds for
 * the instance. Entered rows are removed from the instance once the register has them.
 */
@Configuration(proxyBeanMethods = false)
public class MeetingDelegates {

    /**
     * ServiceTask_PlanMeeting: the meeting goes into the register (who may convene, times); T-1: the warning for
     * one more Tagung than the rule foresees; a meeting already begun is recorded after the fact.
     */
    @Bean
    JavaDelegate planMeetingDelegate(MeetingService meetings) {
        return execution -> {
            Actor actor = Actor.of(execution);
            Meeting meeting = meetings.plan(BODY_ID.require(execution), TITLE.get(execution), STARTS_AT.get(execution),
                    ENDS_AT.get(execution), LOCATION.get(execution), execution.getProcessInstanceId(),
                    actor == null ? null : actor.groups());
            MEETING_ID.set(execution, meeting.getId());
            NETWORK_ID.set(execution, meeting.getNetworkId());
            MEETING_KIND.set(execution, meeting.getKind().name());
            MEETING_STATE.set(execution, meeting.getState().name());
            RECORDED_AFTER.set(execution, meeting.isRecordedAfter());
            CO_PREPARED.set(execution, !meeting.isRecordedAfter() && meetings.coPreparingBody(meeting).isPresent());
            MEETING_START.set(execution, Date.from(meeting.getStartsAt()));
            PLANNING_WARNING.set(execution, meetings.planningWarning(meeting).orElse(null));
            execution.setProcessBusinessKey("Sitzung " + meeting.getId() + ": " + MeetingService.subject(meeting)
                    + " – " + meeting.getTitle());
        };
    }

    /** ServiceTask_RecordAgenda: the convener's agenda (at least one item). */
    @Bean
    JavaDelegate recordAgendaDelegate(MeetingService meetings) {
        return execution -> {
            Meeting meeting = meetings.forInstance(execution.getProcessInstanceId());
            meetings.addAgendaItems(meeting, rows(execution, AGENDA_ROWS), AgendaItem.AddedIn.PREPARE);
            clearRows(execution, AGENDA_ROWS);
            HAS_VOTES.set(execution, !meetings.votes(meeting).isEmpty());
        };
    }

    /** ServiceTask_RecordCoPreparation: T-2, W-5 — the co-preparing body adds items and approves the agenda. */
    @Bean
    JavaDelegate recordCoPreparationDelegate(MeetingService meetings) {
        return execution -> {
            if (!Boolean.TRUE.equals(AGENDA_APPROVED.get(execution))) {
                throw new RuleViolation("Bitte die Tagesordnung billigen; Ergänzungen tragen Sie in die Zeilen darunter ein.");
            }
            Meeting meeting = meetings.forInstance(execution.getProcessInstanceId());
            meetings.addAgendaItems(meeting, rows(execution, CO_PREPARE_ROWS), AgendaItem.AddedIn.CO_PREPARE);
            clearRows(execution, CO_PREPARE_ROWS);
            HAS_VOTES.set(execution, !meetings.votes(meeting).isEmpty());
        };
    }

    /** ServiceTask_RecordExcuse: Msg_AbsenceExcused — an invitee is excused before the meeting. */
    @Bean
    JavaDelegate recordExcuseDelegate(MeetingService meetings) {
        return execution -> {
            meetings.excuse(meetings.forInstance(execution.getProcessInstanceId()), PARTNER_ID.get(execution));
            PARTNER_ID.remove(execution);
        };
    }

    /** ServiceTask_ListInvitees: recorded after the fact — who was invited, without an invitation time. */
    @Bean
    JavaDelegate listInviteesDelegate(MeetingService meetings) {
        return execution -> INVITED_COUNT.set(execution,
                meetings.listInviteesAfterTheFact(meetings.forInstance(execution.getProcessInstanceId())).size());
    }

    /** ServiceTask_RecordAttendance: T-4 — present, excused, unexcused for every invitee. */
    @Bean
    JavaDelegate recordAttendanceDelegate(MeetingService meetings) {
        return execution -> {
            Meeting meeting = meetings.forInstance(execution.getProcessInstanceId());
            MeetingService.AttendanceCounts counts = meetings.recordAttendance(meeting, PRESENT_PARTNERS.get(execution),
                    EXCUSED_PARTNERS.get(execution));
            INVITED_COUNT.set(execution, counts.invited());
            PRESENT_COUNT.set(execution, counts.present());
            EXCUSED_COUNT.set(execution, counts.excused());
            UNEXCUSED_COUNT.set(execution, counts.unexcused());
            MEETING_STATE.set(execution, MeetingState.HELD.name());
            HAS_VOTES.set(execution, !meetings.votes(meeting).isEmpty());
            PRESENT_PARTNERS.remove(execution);
            EXCUSED_PARTNERS.remove(execution);
        };
    }

    /** ServiceTask_CountDecisions: SR-7, T-3, G-1 — each vote decided by MajorityRule and stored with its item. */
    @Bean
    JavaDelegate countDecisionsDelegate(MeetingService meetings) {
        return execution -> {
            int rows = AGENDA_ROWS + CO_PREPARE_ROWS;
            List<MeetingService.VoteInput> input = new ArrayList<>();
            for (int i = 1; i <= rows; i++) {
                input.add(new MeetingService.VoteInput(decisionYes(i).get(execution), decisionNo(i).get(execution),
                        decisionAbstentions(i).get(execution)));
            }
            List<AgendaItem> decided = meetings.decide(meetings.forInstance(execution.getProcessInstanceId()), input);
            OUTCOMES.set(execution, decided.stream().map(i -> Map.<String, Object>of("position", i.getPosition(),
                    "title", i.getTitle(), "kind", i.getKind().name(), "outcome", i.getOutcome().name(),
                    "yes", i.getYes(), "no", i.getNo(), "abstentions", i.getAbstentions())).toList());
            for (int i = 1; i <= rows; i++) {
                decisionYes(i).remove(execution);
                decisionNo(i).remove(execution);
                decisionAbstentions(i).remove(execution);
            }
        };
    }

    /** ServiceTask_WriteProtocol: SR-6, T-4 — version 1 of the result protocol, as text and PDF. */
    @Bean
    JavaDelegate writeProtocolDelegate(MeetingService meetings) {
        return execution -> {
            Meeting meeting = meetings.forInstance(execution.getProcessInstanceId());
            PROTOCOL_ID.set(execution, meetings.writeProtocol(meeting, PROTOCOL_TEXT.get(execution)).getId());
            MEETING_STATE.set(execution, MeetingState.PROTOCOL_WRITTEN.name());
            PROTOCOL_TEXT.remove(execution);
        };
    }

    /**
     * ServiceTask_CheckFrequencies: every body with a frequency rule, as of today; those behind get a task — unless
     * the body's convener still has an open „Sitzungen planen“ from an earlier month (the same warning is not
     * piled up; the open task names the rule and is still valid).
     */
    @Bean
    JavaDelegate checkMeetingFrequencyDelegate(MeetingService meetings, Today today) {
        return execution -> {
            var day = today.date();
            List<Long> behind = meetings.bodiesWithMeetings().stream()
                    .filter(b -> meetings.frequency(b, day).map(s -> s.behind()).orElse(false))
                    .map(Body::getId).toList();
            Set<Long> reminded = openReminders(execution.getProcessEngineServices());
            List<Long> toRemind = behind.stream().filter(id -> !reminded.contains(id)).toList();
            BEHIND_BODIES.set(execution, toRemind);
            BEHIND_COUNT.set(execution, toRemind.size());
            execution.setProcessBusinessKey("Sitzungshäufigkeit " + day.getYear() + "-"
                    + String.format("%02d", day.getMonthValue()) + ": " + behind.size() + " Gremien im Rückstand, "
                    + toRemind.size() + " neu erinnert");
        };
    }

    /** The bodies whose „Sitzungen planen“ (Task_PlanMissingMeetings) is still open. */
    static Set<Long> openReminders(ProcessEngineServices engine) {
        List<String> executions = engine.getTaskService().createTaskQuery()
                .processDefinitionKey(FREQUENCY_CHECK_KEY).taskDefinitionKey("Task_PlanMissingMeetings").list().stream()
                .map(Task::getExecutionId).toList();
        if (executions.isEmpty()) {
            return Set.of();
        }
        return engine.getRuntimeService().createVariableInstanceQuery().variableName(BODY_ID.name())
                .executionIdIn(executions.toArray(String[]::new)).list().stream()
                .map(v -> ((Number) v.getValue()).longValue()).collect(Collectors.toSet());
    }

    /** Task_PlanMissingMeetings (each instance): the body it is about, for the assignment to its convener. */
    @Bean
    ExecutionListener frequencyReminderBody() {
        return execution -> {
            Integer index = (Integer) execution.getVariableLocal("loopCounter");
            List<Long> behind = BEHIND_BODIES.require(execution);
            BODY_ID.setLocal(execution, behind.get(index == null ? 0 : index));
        };
    }

    static List<MeetingService.ItemInput> rows(org.camunda.bpm.engine.delegate.VariableScope scope, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new MeetingService.ItemInput(itemTitle(i).get(scope), itemKind(i).get(scope))).toList();
    }

    static void clearRows(org.camunda.bpm.engine.delegate.VariableScope scope, int count) {
        for (int i = 1; i <= count; i++) {
            List.<Var<?>>of(itemTitle(i), itemKind(i)).forEach(v -> v.remove(scope));
        }
    }
}
