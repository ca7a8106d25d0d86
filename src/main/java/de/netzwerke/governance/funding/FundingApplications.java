package de.netzwerke.governance.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.netzwerke.governance.meeting.AgendaItemDecided;
import de.netzwerke.governance.meeting.MeetingRecords;
import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.notification.OneLine;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.EmailAddress;
import de.netzwerke.governance.register.NetworkRepository;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;

/** The register's side of funding applications (SR-3, SR-7): record, statement, outcome, list. */
@Service
public class FundingApplications {

    /** What the applicant fills in. */
    public record Application(String organisation, String programme, String title, String amount, String funderDeadline,
                              String attachmentLink, String applicantEmail) {
    }

    /** A recorded application, with the times the process needs. */
    public record Received(FundingApplication application, Body council, FundingDeadline.Schedule schedule) {
    }

    private final FundingApplicationRepository applications;
    private final BodyRepository bodies;
    private final NetworkRepository networks;
    private final MeetingRecords meetings;
    private final Today today;

    public FundingApplications(FundingApplicationRepository applications, BodyRepository bodies,
                               NetworkRepository networks, MeetingRecords meetings, Today today) {
        this.applications = applications;
        this.bodies = bodies;
        this.networks = networks;
        this.meetings = meetings;
        this.today = today;
    }

    /** Checks and records an application; refused in German when incomplete or when its deadline is too close. */
    @Transactional
    public Received receive(String networkId, String processInstanceId, Application a) {
        if (networkId == null || networks.findById(networkId).isEmpty()) {
            throw new RuleViolation("Bitte ein Netzwerk angeben.");
        }
        Body council = bodies.findFirstByNetworkIdAndKind(networkId, BodyKind.SPEAKERS_COUNCIL).orElseThrow(() ->
                new RuleViolation("Dieses Netzwerk hat keinen Sprecher:innenrat, der zu Förderanträgen Stellung nimmt (SR-3)."));
        require(a.organisation(), "Antragstellende Organisation");
        require(a.programme(), "Förderprogramm");
        require(a.title(), "Titel des Vorhabens");
        long cents = cents(a.amount());
        LocalDate deadline = date(a.funderDeadline());
        String email = a.applicantEmail();
        if (email == null || !EmailAddress.isValid(email)) {
            throw new RuleViolation("Bitte eine gültige E-Mail-Adresse der Antragstellenden angeben.");
        }
        if (a.attachmentLink() != null && !a.attachmentLink().matches("(?i)https?://\\S+")) {
            throw new RuleViolation("Der Link zu den Antragsunterlagen muss mit http:// oder https:// beginnen.");
        }
        Instant now = today.now();
        FundingDeadline.Schedule schedule = FundingDeadline.schedule(deadline, now, Today.ZONE).orElseThrow(() ->
                new RuleViolation("Die Frist des Fördermittelgebers (" + GermanDates.format(deadline) + ") ist zu knapp: "
                        + "Stellungnahme (" + FundingDeadline.STATEMENT_DAYS + " Tage) und digitale Abstimmung des "
                        + "Sprecher:innenrats (mindestens " + FundingDeadline.MIN_VOTE_DAYS + " Tage) müssen bis zum Vortag "
                        + "abgeschlossen sein. Frühestmögliche Frist: "
                        + GermanDates.format(FundingDeadline.earliestDeadline(now, Today.ZONE)) + "."));
        FundingApplication saved = applications.save(new FundingApplication(networkId, processInstanceId,
                a.organisation(), a.programme(), a.title(), cents, deadline, a.attachmentLink(), email.strip(), now));
        return new Received(saved, council, schedule);
    }

    @Transactional(readOnly = true)
    public FundingApplication forInstance(String processInstanceId) {
        return applications.findByProcessInstanceId(processInstanceId).orElseThrow(() ->
                new IllegalStateException("No funding application for instance " + processInstanceId));
    }

    @Transactional
    public FundingApplication draftStatement(String processInstanceId, String statement) {
        require(statement, "Stellungnahme");
        FundingApplication a = forInstance(processInstanceId);
        a.statementDrafted(statement);
        return applications.save(a);
    }

    /** SR-7 digitally: the Sprecher:innenrat votes by DigitalVote. */
    @Transactional
    public void voteDigitally(String processInstanceId) {
        forInstance(processInstanceId).votedDigitally();
    }

    /**
     * SR-7 at a meeting: the application is a decision item (simple majority) on the agenda of the Sprecher:innenrat's
     * next meeting that starts before the vote must end; refused when none is planned by then.
     */
    @Transactional
    public MeetingRecords.PlacedItem putOnCouncilMeeting(String processInstanceId, Long councilId, Date voteEndsBy) {
        FundingApplication a = forInstance(processInstanceId);
        MeetingRecords.PlacedItem item = meetings.putOnNextMeetingBefore(councilId, voteEndsBy.toInstant(),
                "Stellungnahme zum Förderantrag „" + shorten(a.getTitle(), 150) + "“ (" + shorten(a.getOrganisation(), 80)
                        + ", Frist " + GermanDates.format(a.getFunderDeadline()) + ", SR-3)");
        a.onAgenda(item.meetingId(), item.agendaItemId());
        return item;
    }

    /** A meeting voted on an agenda item: the application that waits for it, if any. */
    @Transactional(readOnly = true)
    public Optional<FundingApplication> waitingFor(AgendaItemDecided decided) {
        return applications.findByAgendaItemIdAndStatus(decided.agendaItemId(), FundingStatus.VOTING);
    }

    /** The applications that wait for a (now cancelled) meeting. */
    @Transactional(readOnly = true)
    public List<FundingApplication> waitingOn(Long meetingId) {
        return applications.findByMeetingIdAndStatus(meetingId, FundingStatus.VOTING);
    }

    /** How the meeting voted; refused while it has not. */
    @Transactional(readOnly = true)
    public MeetingRecords.ItemOutcome meetingOutcome(String processInstanceId) {
        FundingApplication a = forInstance(processInstanceId);
        return Optional.ofNullable(a.getAgendaItemId()).flatMap(meetings::outcome).filter(o -> o.carried() != null)
                .orElseThrow(() -> new RuleViolation("Der Sprecher:innenrat hat über diesen Antrag noch nicht abgestimmt."));
    }

    /** „Sitzung des Sprecher:innenrats am 12.03.2027“: the meeting the application was put to (null: none). */
    @Transactional(readOnly = true)
    public String meetingSubject(FundingApplication a) {
        return a.getMeetingId() == null ? null : meetings.meeting(a.getMeetingId()).subject();
    }

    @Transactional
    public FundingApplication decide(String processInstanceId, Long voteId, int yes, int no, int abstentions, boolean carried) {
        FundingApplication a = forInstance(processInstanceId);
        a.decided(voteId, yes, no, abstentions, carried, today.now());
        return applications.save(a);
    }

    @Transactional(readOnly = true)
    public List<FundingApplication> recent(String networkId) {
        return applications.findTop50ByNetworkIdOrderByReceivedAtDesc(networkId);
    }

    /** The amount as people write it, in German: 12.500,50 €. */
    public static String euros(long cents) {
        return String.format(Locale.GERMANY, "%,.2f €", cents / 100.0);
    }

    /** What the statement's task and the e-mails say about the application. */
    public static String summary(FundingApplication a) {
        return a.getTitle() + " – " + a.getOrganisation() + ", " + a.getProgramme() + ", " + euros(a.getAmountCents())
                + ", Frist " + GermanDates.format(a.getFunderDeadline());
    }

    /** The question of the Sprecher:innenrat's digital vote, with as much of the statement as fits 1000 characters. */
    public static String voteQuestion(FundingApplication a) {
        String question = "Befürwortet der Sprecher:innenrat den Förderantrag „" + shorten(a.getTitle(), 120) + "“ ("
                + shorten(a.getOrganisation(), 80) + ", " + shorten(a.getProgramme(), 80) + ", " + euros(a.getAmountCents())
                + ") mit dieser Stellungnahme?\n\n";
        String statement = a.getStatement().strip();
        int room = 1000 - question.length();
        return question + (statement.length() <= room ? statement : statement.substring(0, room - 1) + "…");
    }

    /** One line of at most {@code max} characters. */
    public static String shorten(String text, int max) {
        return OneLine.of(text, max);
    }

    private static void require(String value, String label) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("Bitte „" + label + "“ angeben.");
        }
    }

    /** Euros as typed: 12500, 12500.50, 12.500,50 or 12500,5. */
    static long cents(String amount) {
        require(amount, "Beantragter Betrag in Euro");
        String s = amount.replace("€", "").replace(" ", "").strip();
        if (s.matches("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?|\\d+(,\\d{1,2})?")) {
            s = s.replace(".", "").replace(',', '.');
        } else if (!s.matches("\\d+(\\.\\d{1,2})?")) {
            throw new RuleViolation("Bitte den Betrag in Euro als Zahl angeben, z. B. 12500 oder 12.500,50.");
        }
        BigDecimal euros = new BigDecimal(s);
        if (euros.signum() <= 0 || euros.compareTo(new BigDecimal("100000000")) > 0) {
            throw new RuleViolation("Der beantragte Betrag muss größer als 0 und höchstens 100.000.000 € sein.");
        }
        return euros.movePointRight(2).longValueExact();
    }

    static LocalDate date(String iso) {
        require(iso, "Frist des Fördermittelgebers");
        try {
            return LocalDate.parse(iso.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("Bitte die Frist des Fördermittelgebers als Datum angeben (JJJJ-MM-TT).");
        }
    }
}
