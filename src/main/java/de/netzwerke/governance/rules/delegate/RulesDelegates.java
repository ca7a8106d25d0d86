package de.netzwerke.governance.rules.delegate;

import static de.netzwerke.governance.rules.RulesVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.meeting.MeetingRecords;
import de.netzwerke.governance.process.Actor;
import de.netzwerke.governance.process.Var;
import de.netzwerke.governance.rules.RulesChange;
import de.netzwerke.governance.rules.RulesChanges;
import de.netzwerke.governance.vote.DigitalVoteCall;

/** The service tasks of RulesChange (G-1): the register ({@link RulesChanges}) keeps proposal, count and versions. */
@Configuration(proxyBeanMethods = false)
public class RulesDelegates {

    /** ServiceTask_RecordProposal: the Fachstelle's proposal goes to the register; the question for all partners. */
    @Bean
    JavaDelegate recordRulesProposalDelegate(RulesChanges changes) {
        return execution -> {
            Actor actor = Actor.of(execution);
            RulesChange c = changes.propose(NETWORK_ID.get(execution), execution.getProcessInstanceId(),
                    TITLE.get(execution), PASSAGES.get(execution), REASON.get(execution), DECIDED_BY.get(execution),
                    actor == null ? null : actor.groups());
            List.<Var<?>>of(TITLE, PASSAGES, REASON).forEach(v -> v.remove(execution));
            RULES_CHANGE_ID.set(execution, c.getId());
            DECIDED_BY.set(execution, c.getDecidedBy().name());
            String kind = changes.documentKind(c.getNetworkId());
            DigitalVoteCall.VOTE_QUESTION.set(execution, RulesChanges.shorten("Soll die " + kind + " geändert werden: „" + c.getTitle()
                    + "“? Neue Fassung: " + c.getPassages() + " – Begründung: " + c.getReason(), 1000));
            execution.setProcessBusinessKey("Änderung der " + kind + " " + c.getId() + ": " + RulesChanges.shorten(c.getTitle(), 80));
        };
    }

    /**
     * ServiceTask_PutOnTagungAgenda: G-1 at a Tagung — the rules-change item on the agenda of the network's next
     * Tagung; without one planned, refused (the start or the rescheduling changes nothing).
     */
    @Bean
    JavaDelegate putRulesChangeOnTagungDelegate(RulesChanges changes) {
        return execution -> MEETING_ID.set(execution, changes.putOnTagung(execution.getProcessInstanceId()).meetingId());
    }

    /** ServiceTask_TakeOverTagungResult: the Tagung's count from the register; n = partners present. */
    @Bean
    JavaDelegate takeOverTagungResultDelegate(RulesChanges changes) {
        return execution -> {
            MeetingRecords.ItemOutcome o = changes.tagungOutcome(execution.getProcessInstanceId());
            DigitalVoteCall.setResult(execution, o.yes(), o.no(), o.abstentions(), o.present(), o.carried());
        };
    }

    /** ServiceTask_RecordWithdrawal: the Tagung was cancelled and the coordination withdrew the change. */
    @Bean
    JavaDelegate recordRulesWithdrawalDelegate(RulesChanges changes) {
        return execution -> changes.withdraw(execution.getProcessInstanceId());
    }

    /**
     * ServiceTask_RecordDecision: G-1, 3·yes ≥ 2·n with n = who voted digitally or who was present at the Tagung;
     * carried, the new version is in force today.
     */
    @Bean
    JavaDelegate recordRulesDecisionDelegate(RulesChanges changes) {
        return execution -> changes.decide(execution.getProcessInstanceId(), DigitalVoteCall.VOTE_ID.get(execution),
                DigitalVoteCall.YES.require(execution), DigitalVoteCall.NO.require(execution),
                DigitalVoteCall.ABSTENTIONS.require(execution), DigitalVoteCall.N.require(execution),
                DigitalVoteCall.CARRIED.require(execution));
    }

    /** ServiceTask_RecordReview: the coordination confirms it has reviewed the rule-profile settings. */
    @Bean
    JavaDelegate recordSettingsReviewDelegate(RulesChanges changes) {
        return execution -> changes.settingsReviewed(execution.getProcessInstanceId(), SETTINGS_REVIEWED.get(execution));
    }
}
