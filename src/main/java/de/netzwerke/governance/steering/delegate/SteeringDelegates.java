package de.netzwerke.governance.steering.delegate;

import static de.netzwerke.governance.steering.SteeringVariables.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.process.Actor;
import de.netzwerke.governance.process.Var;
import de.netzwerke.governance.register.SteeringGroup;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.SystemAuthority;
import de.netzwerke.governance.steering.NominationsForm;
import de.netzwerke.governance.steering.Reappointment;
import de.netzwerke.governance.steering.ReappointmentService;
import de.netzwerke.governance.steering.ReappointmentService.Nomination;
import de.netzwerke.governance.steering.SteeringCandidate;
import de.netzwerke.governance.steering.SteeringVote;

/**
 * The service tasks of SteeringGroupReappointment (W-5…W-9): each reads its typed variables, asks the register
 * ({@link ReappointmentService}) and writes typed results. The reappointment is always the one the register
 * holds for this instance. Names, addresses and organisations of nominees go to the register at once and are
 * removed from the instance in the same transaction.
 */
@Configuration(proxyBeanMethods = false)
public class SteeringDelegates {

    /**
     * ServiceTask_OpenReappointment: the register opens the reappointment. Started by the system it waits for
     * its date; started by the coordination it begins at once and brings a waiting one forward (that instance
     * ends by Msg_ReappointmentBroughtForward, which only the system sends).
     */
    @Bean
    JavaDelegate openReappointmentDelegate(ReappointmentService service, SystemAuthority system) {
        return execution -> {
            boolean byPerson = Actor.of(execution) != null;
            String networkId = NETWORK_ID.require(execution);
            var runtime = execution.getProcessEngineServices().getRuntimeService();
            service.releaseAbandoned(networkId, pid -> pid.equals(execution.getProcessInstanceId())
                    || system.call(() -> runtime.createProcessInstanceQuery().processInstanceId(pid).count()) > 0);
            ReappointmentService.Opened opened = service.open(networkId, execution.getProcessInstanceId(), byPerson);
            Reappointment r = opened.reappointment();
            REAPPOINTMENT_ID.set(execution, r.getId());
            STARTS_NOW.set(execution, byPerson);
            if (!byPerson) {
                REAPPOINTMENT_DUE.set(execution, Date.from(service.startsAt(r)));
            }
            execution.setProcessBusinessKey("Steuerungsgruppe: Wiederbestellung " + r.getId() + " (fällig am "
                    + GermanDates.format(service.dates(r).getNextDueOn()) + ")");
            opened.supersededInstanceId().ifPresent(waiting -> system.run(() -> execution.getProcessEngineServices()
                    .getRuntimeService().createMessageCorrelation(MESSAGE_BROUGHT_FORWARD).processInstanceId(waiting)
                    .correlate()));
        };
    }

    /** ServiceTask_BeginReappointment: the current members, with the facts of their seats, are the first persons. */
    @Bean
    JavaDelegate beginReappointmentDelegate(ReappointmentService service) {
        return execution -> service.begin(service.forInstance(execution.getProcessInstanceId()));
    }

    /** ServiceTask_RecordStandingDeclaration: one member's answer by message (Msg_StandingDeclared). */
    @Bean
    JavaDelegate recordStandingDeclarationDelegate(ReappointmentService service) {
        return execution -> {
            service.declareStanding(service.forInstance(execution.getProcessInstanceId()), PARTNER_ID.get(execution),
                    STANDS_AGAIN.get(execution));
            PARTNER_ID.remove(execution);
            STANDS_AGAIN.remove(execution);
        };
    }

    /** ServiceTask_RecordStanding: the coordination's answers; the nomination period starts now. */
    @Bean
    JavaDelegate recordStandingDelegate(ReappointmentService service, Today today) {
        return execution -> {
            Reappointment r = service.forInstance(execution.getProcessInstanceId());
            service.recordStanding(r, STANDING_AGAIN.get(execution));
            STANDING_AGAIN.remove(execution);
            LocalDate lastDay = today.date().plus(service.settings(r.getNetworkId()).getNominationPeriod());
            NOMINATION_DEADLINE.set(execution, Date.from(lastDay.plusDays(1).atStartOfDay(Today.ZONE).toInstant()));
        };
    }

    /** ServiceTask_RecordNominationMessage: one nomination by message (Msg_SteeringGroupNomination). */
    @Bean
    JavaDelegate recordSteeringNominationMessageDelegate(ReappointmentService service) {
        return execution -> {
            try {
                service.nominate(service.forInstance(execution.getProcessInstanceId()), new Nomination(
                        NOMINEE_NAME.get(execution), NOMINEE_EMAIL.get(execution), NOMINEE_ORGANISATION.get(execution),
                        FIELD_OF_ACTION.get(execution), REACH.get(execution), BUSINESS_LINK.get(execution),
                        WELCOME_CULTURE_BEARING.get(execution)));
            } finally {
                List.of(NOMINEE_NAME, NOMINEE_EMAIL, NOMINEE_ORGANISATION, FIELD_OF_ACTION, REACH, BUSINESS_LINK,
                        WELCOME_CULTURE_BEARING).forEach(v -> v.remove(execution));
            }
        };
    }

    /** ServiceTask_RecordNominations: the rows of the form, all or none; whether the period ends early. */
    @Bean
    JavaDelegate recordSteeringNominationsDelegate(ReappointmentService service) {
        return execution -> {
            Reappointment r = service.forInstance(execution.getProcessInstanceId());
            for (int row = 1; row <= NominationsForm.ROWS; row++) {
                String name = NominationsForm.name(row).get(execution);
                String email = NominationsForm.email(row).get(execution);
                if (name == null && email == null) {
                    continue;
                }
                service.nominate(r, new Nomination(name, email, NominationsForm.organisation(row).get(execution),
                        NominationsForm.fieldOfAction(row).get(execution), NominationsForm.reach(row).get(execution),
                        NominationsForm.businessLink(row).get(execution),
                        NominationsForm.welcomeCultureBearing(row).get(execution)));
            }
            for (int row = 1; row <= NominationsForm.ROWS; row++) {
                List.<Var<?>>of(NominationsForm.name(row), NominationsForm.email(row), NominationsForm.organisation(row),
                        NominationsForm.fieldOfAction(row), NominationsForm.reach(row), NominationsForm.businessLink(row),
                        NominationsForm.welcomeCultureBearing(row)).forEach(v -> v.remove(execution));
            }
            CLOSE_NOMINATIONS.set(execution, Boolean.TRUE.equals(CLOSE_NOMINATIONS.get(execution)));
        };
    }

    /** ServiceTask_RecordProposal: W-7, W-8 – more than 10 persons, or anybody not eligible, is refused. */
    @Bean
    JavaDelegate recordCompositionDelegate(ReappointmentService service) {
        return execution -> {
            List<SteeringCandidate> proposed = service.propose(service.forInstance(execution.getProcessInstanceId()),
                    PROPOSED_MEMBER_IDS.get(execution));
            PROPOSED_MEMBER_IDS.set(execution, proposed.stream().map(c -> c.getPartner().getId()).toList());
        };
    }

    /** ServiceTask_CountNetworkVotes: the network's vote on the proposal, decided by MajorityRule. */
    @Bean
    JavaDelegate countNetworkVotesDelegate(ReappointmentService service) {
        return execution -> {
            Integer abstentions = ABSTENTIONS.get(execution);
            SteeringVote vote = service.decide(service.forInstance(execution.getProcessInstanceId()),
                    PRESENT.require(execution), YES.require(execution), NO.require(execution),
                    abstentions == null ? 0 : abstentions);
            OUTCOME.set(execution, vote.isCarried() ? "CARRIED" : "REJECTED");
            List.of(PRESENT, YES, NO, ABSTENTIONS).forEach(v -> v.remove(execution));
        };
    }

    /** ServiceTask_AppointSteeringGroup: W-6 – the group takes office on the decision day; dates on record. */
    @Bean
    JavaDelegate appointSteeringGroupDelegate(ReappointmentService service) {
        return execution -> {
            SteeringGroup dates = service.appoint(service.forInstance(execution.getProcessInstanceId()));
            CONFIRMED_ON.set(execution, date(dates.getLastConfirmedOn()));
            NEXT_DUE_ON.set(execution, date(dates.getNextDueOn()));
        };
    }

    /** ServiceTask_ScheduleNextReappointment: the next reappointment waits for its date (W-6). */
    @Bean
    JavaDelegate scheduleNextReappointmentDelegate(ReappointmentService service) {
        return execution -> {
            String networkId = NETWORK_ID.require(execution);
            if (!service.isOpen(networkId)) {
                execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                        Map.of(NETWORK_ID.name(), networkId));
            }
        };
    }

    static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(Today.ZONE).toInstant());
    }
}
