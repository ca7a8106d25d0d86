package de.netzwerke.governance.register;

import java.time.Period;

/**
 * The rule profile of one network: every setting RULES.md names, with its defaults.
 * Bound from {@code governance.networks.<network-id>} in application.yaml.
 */
public class RuleProfile {

    /** SR-7, T-3: what a simple majority is measured against. */
    private MajorityBase majorityBase = MajorityBase.VOTES_CAST;
    private final Founding founding = new Founding();
    private final Office office = new Office();
    private final Protocol protocol = new Protocol();
    private final SteeringGroup steeringGroup = new SteeringGroup();
    private final Membership membership = new Membership();
    private final Meetings meetings = new Meetings();
    private final Coordination coordination = new Coordination();
    private final Voting voting = new Voting();

    public MajorityBase getMajorityBase() { return majorityBase; }
    public void setMajorityBase(MajorityBase majorityBase) { this.majorityBase = majorityBase; }
    public Founding getFounding() { return founding; }
    public Office getOffice() { return office; }
    public Protocol getProtocol() { return protocol; }
    public SteeringGroup getSteeringGroup() { return steeringGroup; }
    public Membership getMembership() { return membership; }
    public Meetings getMeetings() { return meetings; }
    public Coordination getCoordination() { return coordination; }
    public Voting getVoting() { return voting; }

    /** G-1, SR-3: digital votes — how long they run and when those who have not voted are reminded. */
    public static class Voting {
        private Period period = Period.ofDays(14);
        private Period reminderBefore = Period.ofDays(3);

        public Period getPeriod() { return period; }
        public void setPeriod(Period period) { this.period = period; }
        public Period getReminderBefore() { return reminderBefore; }
        public void setReminderBefore(Period reminderBefore) { this.reminderBefore = reminderBefore; }
    }

    /**
     * M-3 (Schwerin: the Fachstelle Chancengleichheit) and W-5 (Sachsen-Anhalt: the Steuerungsgruppe advises
     * and coordinates): who coordinates the network, which Camunda group they work in, and how the
     * network's e-mails are signed and sent.
     */
    public static class Coordination {
        /** The coordinating office as people name it, e.g. "Fachstelle Chancengleichheit". */
        private String name = "Koordination";
        /** Its Camunda group: sees the network's coordination tasks and its distribution list. */
        private String group = "fachstelle";
        /** The last line of every e-mail, e.g. "Netzwerk Migration – Fachstelle Chancengleichheit". */
        private String signOff = "Ihr Netzwerk";
        /** The sender address; empty: the application's {@code governance.mail.from}. */
        private String mailFrom = "";

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getGroup() { return group; }
        public void setGroup(String group) { this.group = group; }
        public String getSignOff() { return signOff; }
        public void setSignOff(String signOff) { this.signOff = signOff; }
        public String getMailFrom() { return mailFrom; }
        public void setMailFrom(String mailFrom) { this.mailFrom = mailFrom; }
    }

    /** AT-3: founding a working table. */
    public static class Founding {
        /** Whether the network has working tables at all (the Geschäftsordnung of Schwerin does). */
        private boolean enabled = false;
        private int minOrganisations = 5;
        private Period declarationPeriod = Period.ofWeeks(8);

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public int getMinOrganisations() { return minOrganisations; }
        public void setMinOrganisations(int minOrganisations) { this.minOrganisations = minOrganisations; }
        public Period getDeclarationPeriod() { return declarationPeriod; }
        public void setDeclarationPeriod(Period declarationPeriod) { this.declarationPeriod = declarationPeriod; }
    }

    /** AT-2, SR-2, SR-5: terms of office. */
    public static class Office {
        private Period term = Period.ofYears(2);
        private Period reElectionNotice = Period.ofWeeks(6);
        /** SR-5: the term of the Sprecher:innenrat's chair and deputy chair. */
        private Period chairTerm = Period.ofYears(2);

        public Period getTerm() { return term; }
        public void setTerm(Period term) { this.term = term; }
        public Period getReElectionNotice() { return reElectionNotice; }
        public void setReElectionNotice(Period reElectionNotice) { this.reElectionNotice = reElectionNotice; }
        public Period getChairTerm() { return chairTerm; }
        public void setChairTerm(Period chairTerm) { this.chairTerm = chairTerm; }
    }

    /** T-5: objection period of a result protocol. */
    public static class Protocol {
        private Period objectionPeriod = Period.ofDays(28);

        public Period getObjectionPeriod() { return objectionPeriod; }
        public void setObjectionPeriod(Period objectionPeriod) { this.objectionPeriod = objectionPeriod; }
    }

    /** W-6, W-8: the steering group. */
    public static class SteeringGroup {
        private Period term = Period.ofYears(3);
        private int maxMembers = 10;
        /** W-6: the reappointment starts by itself this long before the next confirmation falls due. */
        private Period reappointmentNotice = Period.ofMonths(3);
        /** W-6: how long partners may nominate new members. */
        private Period nominationPeriod = Period.ofWeeks(4);

        public Period getReappointmentNotice() { return reappointmentNotice; }
        public void setReappointmentNotice(Period reappointmentNotice) { this.reappointmentNotice = reappointmentNotice; }
        public Period getNominationPeriod() { return nominationPeriod; }
        public void setNominationPeriod(Period nominationPeriod) { this.nominationPeriod = nominationPeriod; }

        public Period getTerm() { return term; }
        public void setTerm(Period term) { this.term = term; }
        public int getMaxMembers() { return maxMembers; }
        public void setMaxMembers(int maxMembers) { this.maxMembers = maxMembers; }
    }

    /** M-2: absence review. */
    public static class Membership {
        private Period absenceWindow = Period.ofYears(1);

        public Period getAbsenceWindow() { return absenceWindow; }
        public void setAbsenceWindow(Period absenceWindow) { this.absenceWindow = absenceWindow; }
    }

    /** T-1, SR-4, W-2, W-3: how often each body meets per year (0 = no rule). */
    public static class Meetings {
        /** T-1: Tagungen per year, at least. */
        private int plenaryMinPerYear = 0;
        /** T-1: a further Tagung beyond this is warned about, not blocked. */
        private int plenaryMaxPerYear = 0;
        /** SR-4: Sprecher:innenrat meetings per year, at least. */
        private int speakersCouncilMinPerYear = 0;
        /** W-3: network meetings per year (quarterly). */
        private int networkMeetingsPerYear = 0;
        /** W-2: public events with wide reach per year, at least. */
        private int publicEventsMinPerYear = 0;
        /** AT-1: meetings of each working table per year, at least ("mehrmals im Jahr"). */
        private int workingTableMinPerYear = 0;
        /**
         * Which kind of meeting each body holds (body kind → meeting kind of the meeting capability, e.g.
         * PLENARY → TAGUNG in Schwerin, NETWORK_MEETING in Sachsen-Anhalt); a body kind not named holds none.
         */
        private final java.util.Map<BodyKind, String> kinds = new java.util.EnumMap<>(BodyKind.class);
        /** The reminder to the invitees goes out this long before a meeting starts. */
        private Period reminderBefore = Period.ofDays(3);
        /** Invitations should go out this long before the meeting: the due date of the co-preparation. */
        private Period invitationNotice = Period.ofDays(14);
        /** A meeting a frequency rule requires should be planned this long before the end of its share of the year. */
        private Period planningLead = Period.ofMonths(4);

        public int getPlenaryMinPerYear() { return plenaryMinPerYear; }
        public void setPlenaryMinPerYear(int v) { this.plenaryMinPerYear = v; }
        public int getPlenaryMaxPerYear() { return plenaryMaxPerYear; }
        public void setPlenaryMaxPerYear(int v) { this.plenaryMaxPerYear = v; }
        public int getSpeakersCouncilMinPerYear() { return speakersCouncilMinPerYear; }
        public void setSpeakersCouncilMinPerYear(int v) { this.speakersCouncilMinPerYear = v; }
        public int getNetworkMeetingsPerYear() { return networkMeetingsPerYear; }
        public void setNetworkMeetingsPerYear(int v) { this.networkMeetingsPerYear = v; }
        public int getPublicEventsMinPerYear() { return publicEventsMinPerYear; }
        public void setPublicEventsMinPerYear(int v) { this.publicEventsMinPerYear = v; }
        public int getWorkingTableMinPerYear() { return workingTableMinPerYear; }
        public void setWorkingTableMinPerYear(int v) { this.workingTableMinPerYear = v; }
        public java.util.Map<BodyKind, String> getKinds() { return kinds; }
        public Period getReminderBefore() { return reminderBefore; }
        public void setReminderBefore(Period reminderBefore) { this.reminderBefore = reminderBefore; }
        public Period getInvitationNotice() { return invitationNotice; }
        public void setInvitationNotice(Period invitationNotice) { this.invitationNotice = invitationNotice; }
        public Period getPlanningLead() { return planningLead; }
        public void setPlanningLead(Period planningLead) { this.planningLead = planningLead; }
    }
}
