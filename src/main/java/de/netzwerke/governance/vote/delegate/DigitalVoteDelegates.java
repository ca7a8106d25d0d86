package de.netzwerke.governance.vote.delegate;

import static de.netzwerke.governance.vote.DigitalVoteCall.*;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.notification.Mail;
import de.netzwerke.governance.notification.NetworkMail;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.vote.DigitalVote;
import de.netzwerke.governance.vote.DigitalVotes;
import de.netzwerke.governance.vote.Electorate;
import de.netzwerke.governance.vote.Voter;
import de.netzwerke.governance.voting.Majority;
import de.netzwerke.governance.voting.VoteCount;

/** The steps of bpmn/DigitalVote.bpmn (G-1, SR-1, SR-3, SR-7): open, send the links, remind, count. */
@Configuration(proxyBeanMethods = false)
public class DigitalVoteDelegates {

    /** ServiceTask_OpenVote: the vote and its electorate in the register, open for ballots; deadline and reminder for the timers. */
    @Bean
    JavaDelegate openDigitalVoteDelegate(DigitalVotes votes) {
        return execution -> {
            DigitalVote vote = votes.prepare(execution.getProcessInstanceId(), NETWORK_ID.require(execution),
                    VOTE_QUESTION.require(execution), Electorate.valueOf(ELECTORATE.require(execution)),
                    Majority.valueOf(MAJORITY.require(execution)), VOTE_ENDS_BY.get(execution));
            execution.setProcessBusinessKey("Abstimmung " + vote.getId() + ": " + shorten(vote.getQuestion()));
            VOTE_ID.set(execution, vote.getId());
            ELECTORATE_SIZE.set(execution, vote.getElectorateSize());
            DEADLINE.set(execution, Date.from(vote.getDeadline()));
            REMINDER_AT.set(execution, Date.from(vote.getReminderAt()));
            // open before the links go out: a voter who follows the link at once must find the vote open
            votes.open(vote);
        };
    }

    /** ServiceTask_SendBallotLinks: every voter gets a personal link to the ballot page. */
    @Bean
    JavaDelegate sendBallotLinksDelegate(DigitalVotes votes, NetworkMail mail,
                                         @Value("${governance.public-url:http://localhost:8080}") String baseUrl) {
        return execution -> {
            DigitalVote vote = votes.forInstance(execution.getProcessInstanceId());
            for (Recipient r : recipients(votes, votes.voters(vote))) {
                mail.send(vote.getNetworkId(), List.of(r.to()), "Digitale Abstimmung: " + shorten(vote.getQuestion()),
                        """
                        Guten Tag,

                        Sie sind stimmberechtigt in der digitalen Abstimmung (%s, %s):

                        %s

                        Ihr persönlicher Stimmzettel (ohne Anmeldung; bitte nicht weitergeben):
                        %s

                        Sie können mit Ja, Nein oder Enthaltung stimmen, einmal. Die Abstimmung endet am %s.%s
                        Die Abstimmung ist geheim: Wie Sie gestimmt haben, sieht niemand.
                        """.formatted(vote.getMajority().label(), vote.getElectorate().label(), vote.getQuestion(),
                                link(baseUrl, votes.token(vote, r.partnerId())), DigitalVotes.when(vote.getDeadline()),
                                r.deputy() ? "\nAls Stellvertretung zählt Ihre Stimme nur, wenn das Mitglied Ihres "
                                        + "Arbeitstisches nicht abgestimmt hat; Sie können ab dem Vorabend des Endes "
                                        + "abstimmen (SR-1)." : ""));
            }
        };
    }

    /** ServiceTask_SendVoteReminder: those whose seat has not voted are reminded, with their link again. */
    @Bean
    JavaDelegate sendVoteReminderDelegate(DigitalVotes votes, NetworkMail mail,
                                          @Value("${governance.public-url:http://localhost:8080}") String baseUrl) {
        return execution -> {
            DigitalVote vote = votes.forInstance(execution.getProcessInstanceId());
            for (Recipient r : recipients(votes, votes.notYetVoted(vote))) {
                mail.send(vote.getNetworkId(), List.of(r.to()), "Erinnerung: Digitale Abstimmung endet am "
                                + DigitalVotes.when(vote.getDeadline()),
                        """
                        Guten Tag,

                        Sie haben in der digitalen Abstimmung „%s“ noch nicht abgestimmt. Sie endet am %s.

                        Ihr persönlicher Stimmzettel:
                        %s
                        """.formatted(vote.getQuestion(), DigitalVotes.when(vote.getDeadline()),
                                link(baseUrl, votes.token(vote, r.partnerId()))));
            }
        };
    }

    /** ServiceTask_CountVotes: closes the vote and counts it with MajorityRule; the result goes back to the caller. */
    @Bean
    JavaDelegate countDigitalVoteDelegate(DigitalVotes votes) {
        return execution -> {
            DigitalVote vote = votes.forInstance(execution.getProcessInstanceId());
            VoteCount count = votes.count(vote);
            DigitalVote counted = votes.forInstance(execution.getProcessInstanceId());
            setResult(execution, count.yes(), count.no(), count.abstentions(), count.present(),
                    Boolean.TRUE.equals(counted.getCarried()));
        };
    }

    private record Recipient(long partnerId, Mail.Recipient to, boolean deputy) {
    }

    private static List<Recipient> recipients(DigitalVotes votes, List<Voter> voters) {
        Map<Long, Partner> partners = votes.partners(voters.stream().map(Voter::getPartnerId).toList()).stream()
                .collect(Collectors.toMap(Partner::getId, Function.identity()));
        return voters.stream().filter(v -> partners.containsKey(v.getPartnerId()))
                .filter(v -> partners.get(v.getPartnerId()).getEmail() != null)
                .map(v -> new Recipient(v.getPartnerId(), new Mail.Recipient(v.getPartnerId(),
                        partners.get(v.getPartnerId()).getEmail()),
                        v.getRole() == de.netzwerke.governance.voting.SeatRule.Role.DEPUTY))
                .toList();
    }

    static String link(String baseUrl, String token) {
        return baseUrl.replaceAll("/+$", "") + "/abstimmung?t=" + token;
    }

    static String shorten(String text) {
        return de.netzwerke.governance.notification.OneLine.of(text, 80);
    }
}
