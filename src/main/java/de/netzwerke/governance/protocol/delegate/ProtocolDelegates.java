package de.netzwerke.governance.protocol.delegate;

import static de.netzwerke.governance.protocol.ProtocolVariables.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.meeting.MeetingRecords;
import de.netzwerke.governance.process.Actor;
import de.netzwerke.governance.protocol.Objection;
import de.netzwerke.governance.protocol.ProcedureStatus;
import de.netzwerke.governance.protocol.ProtocolObjections;
import de.netzwerke.governance.protocol.ProtocolProcedure;
import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.BodyRights;
import de.netzwerke.governance.register.RuleViolation;

/**
 * The service tasks of ProtocolObjection (T-4, T-5, SR-6): each reads its typed variables, asks
 * {@link ProtocolObjections} and writes typed results. The procedure is always the one the register holds for
 * the instance; an objection's partner and reason leave the instance once the register has them.
 */
@Configuration(proxyBeanMethods = false)
public class ProtocolDelegates {

    /** ServiceTask_OpenProcedure: the procedure for the meeting's newest protocol version goes into the register. */
    @Bean
    JavaDelegate openProtocolProcedureDelegate(ProtocolObjections service, Bodies bodies) {
        return execution -> {
            ProtocolProcedure p = service.open(execution.getProcessInstanceId(), MEETING_ID.get(execution),
                    PROTOCOL_ID.get(execution));
            Actor actor = Actor.of(execution);
            if (actor != null) {
                var body = bodies.body(p.getBodyId());
                if (!BodyRights.mayManage(body.getGroupId(), bodies.coordinationGroup(body.getNetworkId()), actor.groups())) {
                    throw new RuleViolation("Das Protokoll einer Sitzung von „" + body.getName() + "“ versenden nur das "
                            + "Gremium selbst und die " + bodies.profile(body.getNetworkId()).getCoordination().getName() + ".");
                }
            }
            MeetingRecords.MeetingSummary m = service.meeting(p);
            NETWORK_ID.set(execution, p.getNetworkId());
            BODY_ID.set(execution, p.getBodyId());
            show(execution, p);
            execution.setProcessBusinessKey("Protokoll " + p.getMeetingId() + ": " + m.subject() + " – " + m.title());
        };
    }

    /** ServiceTask_SendProtocol: SR-6, T-4 — to every active partner with the personal link; the period starts. */
    @Bean
    JavaDelegate sendProtocolDelegate(ProtocolObjections service) {
        return execution -> {
            ProtocolProcedure p = service.forInstance(execution.getProcessInstanceId());
            ProtocolObjections.Sending sending = service.send(p);
            RECIPIENT_COUNT.set(execution, sending.recipients());
            SENT_AT.set(execution, Date.from(sending.sentAt()));
            OBJECTION_DEADLINE.set(execution, Date.from(sending.periodEnds()));
            OBJECTION_COUNT.set(execution, 0);
            show(execution, p);
        };
    }

    /** ServiceTask_RecordObjection: Msg_ProtocolObjection — by the personal link (the page) or by REST. */
    @Bean
    JavaDelegate recordObjectionDelegate(ProtocolObjections service) {
        return execution -> record(service, execution, channelOf(execution));
    }

    /** ServiceTask_RecordEnteredObjection: Task_RecordObjection — the convener enters an objection by e-mail or phone. */
    @Bean
    JavaDelegate recordEnteredObjectionDelegate(ProtocolObjections service) {
        return execution -> record(service, execution, Objection.Channel.TASKLIST);
    }

    /** ServiceTask_AddObjection: a further objection while the convener decides; the open task lists it too. */
    @Bean
    JavaDelegate addObjectionDelegate(ProtocolObjections service) {
        return execution -> {
            ProtocolProcedure p = record(service, execution, channelOf(execution));
            var tasks = execution.getProcessEngineServices().getTaskService();
            for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey("Task_HandleObjection").list()) {
                tasks.setVariableLocal(task.getId(), OBJECTIONS_TEXT.name(), service.objectionsText(p));
            }
        };
    }

    /**
     * ServiceTask_RecordDecision: Task_HandleObjection — amend (the new text is the next version, sent again) or put
     * to the body's next meeting (refused while none is planned).
     */
    @Bean
    JavaDelegate recordObjectionDecisionDelegate(ProtocolObjections service) {
        return execution -> {
            ProtocolProcedure p = service.forInstance(execution.getProcessInstanceId());
            String decision = DECISION.get(execution);
            if (decision == null) {
                throw new RuleViolation("Bitte entscheiden: das Protokoll ändern oder der nächsten Sitzung zur Genehmigung vorlegen.");
            }
            if (DECISION_AMEND.equals(decision)) {
                service.amend(p, PROTOCOL_TEXT.get(execution));
            } else {
                if (PROTOCOL_TEXT.get(execution) != null) {
                    throw new RuleViolation("Ein geänderter Text gehört zur Entscheidung „Protokoll ändern“; für die Vorlage "
                            + "in der nächsten Sitzung bitte das Textfeld leer lassen.");
                }
                service.putToNextMeeting(p);
            }
            PROTOCOL_TEXT.remove(execution);
            show(execution, p);
        };
    }

    /** ServiceTask_AmendProtocol: Task_AmendProtocol — after the next meeting rejected the protocol. */
    @Bean
    JavaDelegate amendProtocolDelegate(ProtocolObjections service) {
        return execution -> {
            ProtocolProcedure p = service.forInstance(execution.getProcessInstanceId());
            service.amend(p, PROTOCOL_TEXT.get(execution));
            PROTOCOL_TEXT.remove(execution);
            show(execution, p);
        };
    }

    /** ServiceTask_ReadApproval: Msg_ProtocolApprovalDecided — how the next meeting voted (from the register). */
    @Bean
    JavaDelegate readProtocolApprovalDelegate(ProtocolObjections service) {
        return execution -> {
            ProtocolProcedure p = service.forInstance(execution.getProcessInstanceId());
            APPROVAL_CARRIED.set(execution, service.approval(p));
        };
    }

    /** ServiceTask_ConfirmProtocol: T-5 — confirmed (silence in the period, or approved by the next meeting). */
    @Bean
    JavaDelegate confirmProtocolDelegate(ProtocolObjections service) {
        return execution -> {
            ProtocolProcedure p = service.forInstance(execution.getProcessInstanceId());
            CONFIRMED_AT.set(execution, Date.from(service.confirm(p)));
            show(execution, p);
        };
    }

    private static ProtocolProcedure record(ProtocolObjections service, DelegateExecution execution, Objection.Channel channel) {
        ProtocolProcedure p = service.forInstance(execution.getProcessInstanceId());
        Actor actor = Actor.of(execution);
        service.object(p, LINK_PROTOCOL_ID.get(execution), PARTNER_ID.get(execution), REASON.get(execution), channel,
                actor == null ? null : actor.userId());
        PARTNER_ID.remove(execution);
        REASON.remove(execution);
        CHANNEL.remove(execution);
        LINK_PROTOCOL_ID.remove(execution);
        OBJECTION_COUNT.set(execution, service.currentObjections(p).size());
        show(execution, p);
        return p;
    }

    private static Objection.Channel channelOf(DelegateExecution execution) {
        return Objection.Channel.LINK.name().equals(CHANNEL.get(execution)) ? Objection.Channel.LINK : Objection.Channel.MESSAGE;
    }

    /** The results every step keeps up to date: current protocol id and version, status. */
    private static void show(DelegateExecution execution, ProtocolProcedure p) {
        MEETING_ID.set(execution, p.getMeetingId());
        PROTOCOL_ID.set(execution, p.getProtocolId());
        PROTOCOL_VERSION.set(execution, p.getVersion());
        PROTOCOL_STATUS.set(execution, p.getStatus().name());
        if (p.getStatus() == ProcedureStatus.WRITTEN) {
            SENT_AT.remove(execution);
            OBJECTION_DEADLINE.remove(execution);
        }
    }
}
