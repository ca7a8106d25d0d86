package de.netzwerke.governance.funding.delegate;

import static de.netzwerke.governance.funding.FundingVariables.*;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.funding.FundingApplication;
import de.netzwerke.governance.funding.FundingApplications;
import de.netzwerke.governance.meeting.MeetingRecords;
import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.process.Var;
import de.netzwerke.governance.vote.DigitalVoteCall;

/**
 * The service tasks of FundingApplicationVote (SR-3, SR-7): the register ({@link FundingApplications}) keeps
 * the application, the applicant's address, the statement and the outcome; the process keeps ids and dates.
 */
@Configuration(proxyBeanMethods = false)
public class FundingDelegates {

    /**
     * ServiceTask_RecordApplication: checks and records the application (refused in German when its deadline is
     * too close, SR-3); the Sprecher:innenrat's chair drafts the statement; the vote must end before the deadline.
     */
    @Bean
    JavaDelegate recordFundingApplicationDelegate(FundingApplications applications) {
        return execution -> {
            FundingApplications.Received received = applications.receive(NETWORK_ID.get(execution),
                    execution.getProcessInstanceId(), new FundingApplications.Application(ORGANISATION.get(execution),
                            PROGRAMME.get(execution), TITLE.get(execution), AMOUNT.get(execution),
                            FUNDER_DEADLINE.get(execution), ATTACHMENT_LINK.get(execution), APPLICANT_EMAIL.get(execution)));
            List.<Var<?>>of(ORGANISATION, PROGRAMME, TITLE, AMOUNT, FUNDER_DEADLINE, ATTACHMENT_LINK, APPLICANT_EMAIL)
                    .forEach(v -> v.remove(execution));
            FundingApplication a = received.application();
            FUNDING_APPLICATION_ID.set(execution, a.getId());
            BODY_ID.set(execution, received.council().getId());
            STATEMENT_DUE.set(execution, Date.from(received.schedule().statementDue()));
            DigitalVoteCall.VOTE_ENDS_BY.set(execution, Date.from(received.schedule().voteEndsBy()));
            execution.setProcessBusinessKey("Förderantrag " + a.getId() + ": " + FundingApplications.shorten(a.getTitle(), 80) + " (Frist "
                    + GermanDates.format(a.getFunderDeadline()) + ")");
        };
    }

    /** ServiceTask_RecordStatement: the statement goes to the register; the vote's question (≤ 1000) quotes it. */
    @Bean
    JavaDelegate recordFundingStatementDelegate(FundingApplications applications) {
        return execution -> {
            FundingApplication a = applications.draftStatement(execution.getProcessInstanceId(), STATEMENT.get(execution));
            STATEMENT.remove(execution);
            String path = VOTE_PATH.get(execution);
            VOTE_PATH.set(execution, path == null ? "DIGITAL" : path);
            DigitalVoteCall.VOTE_QUESTION.set(execution, FundingApplications.voteQuestion(a));
        };
    }

    /** ServiceTask_VoteDigitally: the Sprecher:innenrat votes digitally (also after a cancelled meeting). */
    @Bean
    JavaDelegate fundingVoteDigitallyDelegate(FundingApplications applications) {
        return execution -> applications.voteDigitally(execution.getProcessInstanceId());
    }

    /**
     * ServiceTask_PutOnCouncilAgenda: SR-7 at a meeting — a decision item on the agenda of the Sprecher:innenrat's
     * next meeting before the vote must end; without one planned, the completion is refused and changes nothing.
     */
    @Bean
    JavaDelegate putFundingOnCouncilMeetingDelegate(FundingApplications applications) {
        return execution -> MEETING_ID.set(execution, applications.putOnCouncilMeeting(execution.getProcessInstanceId(),
                BODY_ID.require(execution), DigitalVoteCall.VOTE_ENDS_BY.require(execution)).meetingId());
    }

    /** ServiceTask_TakeOverMeetingResult: the meeting's count (SR-7, a tie rejects) from the register. */
    @Bean
    JavaDelegate takeOverFundingMeetingResultDelegate(FundingApplications applications) {
        return execution -> {
            MeetingRecords.ItemOutcome o = applications.meetingOutcome(execution.getProcessInstanceId());
            DigitalVoteCall.setResult(execution, o.yes(), o.no(), o.abstentions(), o.present(), o.carried());
        };
    }

    /** ServiceTask_RecordOutcome: SR-7, the digital vote's count (a tie rejects) becomes the application's outcome. */
    @Bean
    JavaDelegate recordFundingOutcomeDelegate(FundingApplications applications) {
        return execution -> applications.decide(execution.getProcessInstanceId(), DigitalVoteCall.VOTE_ID.get(execution),
                DigitalVoteCall.YES.require(execution), DigitalVoteCall.NO.require(execution),
                DigitalVoteCall.ABSTENTIONS.require(execution), DigitalVoteCall.CARRIED.require(execution));
    }
}
