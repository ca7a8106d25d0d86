package de.netzwerke.governance.demo;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyGroupChanged;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.Membership;
import de.netzwerke.governance.register.MembershipRepository;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.Office;
import de.netzwerke.governance.register.OfficeKind;
import de.netzwerke.governance.register.OfficeRepository;
import de.netzwerke.governance.register.Organisation;
import de.netzwerke.governance.register.OrganisationRepository;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.NameKey;
import de.netzwerke.governance.register.FieldOfAction;
import de.netzwerke.governance.register.FieldOfActionRepository;
import de.netzwerke.governance.register.Reach;
import de.netzwerke.governance.register.SteeringGroupSeat;
import de.netzwerke.governance.register.SteeringGroupSeatRepository;
import de.netzwerke.governance.security.AccessSetup;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.security.SystemAuthority;

/**
 * Demo users (password = user id) and a demo working table, so that a newcomer can log in as each
 * role. Not in profile {@code prod}. Idempotent: a restart keeps what is there.
 */
@Component
@Profile("!prod")
@Order(20)
public class DemoData implements ApplicationRunner {

    public static final String DEMO_WORKING_TABLE = "Arbeitstisch Sprache und Bildung";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** user id, first name, last name, group. */
    private static final List<String[]> USERS = List.of(
            new String[] {"demo", "Demo", "Administration", GovernanceGroups.CAMUNDA_ADMIN},
            new String[] {"koordination", "Kim", "Koordination", GovernanceGroups.FACHSTELLE},
            new String[] {"sprecherin", "Sara", "Sprecherin", GovernanceGroups.SPRECHERINNENRAT},
            new String[] {"leitung", "Lea", "Leitung", GovernanceGroups.NETZWERKPARTNER},
            new String[] {"steuerung", "Stefan", "Steuerung", GovernanceGroups.STEUERUNGSGRUPPE},
            new String[] {"partner", "Pat", "Partner", GovernanceGroups.NETZWERKPARTNER});

    private final IdentityService identityService;
    private final AccessSetup access;
    private final SystemAuthority system;
    private final TransactionTemplate tx;
    private final BodyRepository bodies;
    private final OrganisationRepository organisations;
    private final PartnerRepository partners;
    private final MembershipRepository memberships;
    private final OfficeRepository offices;
    private final ApplicationEventPublisher events;
    private final FieldOfActionRepository fieldsOfAction;
    private final SteeringGroupSeatRepository seats;

    public DemoData(FieldOfActionRepository fieldsOfAction, SteeringGroupSeatRepository seats, IdentityService identityService, AccessSetup access, SystemAuthority system, TransactionTemplate tx,
                    ApplicationEventPublisher events,
                    BodyRepository bodies, OrganisationRepository organisations, PartnerRepository partners,
                    MembershipRepository memberships, OfficeRepository offices) {
        this.identityService = identityService;
        this.access = access;
        this.system = system;
        this.tx = tx;
        this.bodies = bodies;
        this.organisations = organisations;
        this.partners = partners;
        this.memberships = memberships;
        this.offices = offices;
        this.events = events;
        this.fieldsOfAction = fieldsOfAction;
        this.seats = seats;
    }

    @Override
    public void run(ApplicationArguments args) {
        system.run(this::createUsers);
        tx.executeWithoutResult(status -> {
            Body table = demoWorkingTable();
            // the table's group and filter, with its leader as member (as an established table has)
            events.publishEvent(new BodyGroupChanged(table.getGroupId(), table.getName(), true, java.util.Set.of("leitung"), false));
            demoSteeringGroup();
        });
        access.addToGroup("sprecherin", GovernanceGroups.NETZWERKPARTNER);
    }

    private void createUsers() {
        for (String[] u : USERS) {
            if (identityService.createUserQuery().userId(u[0]).count() == 0) {
                User user = identityService.newUser(u[0]);
                user.setFirstName(u[1]);
                user.setLastName(u[2]);
                user.setEmail(u[0] + "@example.org");
                user.setPassword(u[0]);
                identityService.saveUser(user);
                identityService.createMembership(u[0], u[3]);
                LOG.info("Demo user {} created (group {})", u[0], u[3]);
            }
        }
    }

    /**
     * W-5…W-9: six members of the Steuerungsgruppe of the Netzwerk Willkommenskultur since 29.02.2024, with their
     * fields of action and W-7 facts; the demo user {@code steuerung} is one of them.
     */
    private void demoSteeringGroup() {
        String net = Network.WILLKOMMENSKULTUR_LSA;
        Body group = bodies.findFirstByNetworkIdAndKind(net, BodyKind.STEERING_GROUP).orElse(null);
        if (group == null || !memberships.currentMembers(List.of(group.getId())).isEmpty()) {
            return;
        }
        LocalDate since = LocalDate.of(2024, 2, 29);
        // name, e-mail, organisation, field of action, reach, business, welcome culture, login
        String[][] people = {
                {"Stefan Steuerung", "steuerung@example.org", "IHK Magdeburg", "zugang-wirtschaft", "STATE_WIDE", "true", "false", "steuerung"},
                {"Maria Kammer", "m.kammer@example.org", "Handwerkskammer Halle (Saale)", "ausbildungsmarkt", "SUPRA_REGIONAL", "true", "false", null},
                {"Tarek Said", "t.said@example.org", "WelcomeCenter Sachsen-Anhalt", "aufenthalt-ankommen", "STATE_WIDE", "false", "true", null},
                {"Lena Richter", "l.richter@example.org", "Regionaldirektion Sachsen-Anhalt-Thüringen der Bundesagentur für Arbeit", "arbeitsmarkt", "STATE_WIDE", "false", "true", null},
                {"Olga Petrenko", "o.petrenko@example.org", "LAMSA – Landesnetzwerk Migrantenorganisationen Sachsen-Anhalt", "migrantenselbstorganisationen", "STATE_WIDE", "false", "true", null},
                {"Jonas Weber", "j.weber@example.org", "IQ Netzwerk Sachsen-Anhalt", "anerkennung", "STATE_WIDE", "false", "true", null}};
        List<FieldOfAction> fields = fieldsOfAction.findByNetworkIdOrderByPosition(net);
        for (String[] p : people) {
            Organisation org = organisations.findByNetworkIdAndNameKey(net, NameKey.of(p[2]))
                    .orElseGet(() -> organisations.save(new Organisation(net, p[2])));
            Partner partner = partners.findByNetworkIdAndEmailKey(net, NameKey.ofEmail(p[1]))
                    .orElseGet(() -> partners.save(new Partner(net, p[0], p[1], org, since)));
            partner.setUserId(p[7]);
            Membership m = memberships.save(new Membership(group.getId(), partner, since));
            FieldOfAction field = fields.stream().filter(f -> f.getCode().equals(p[3])).findFirst().orElse(null);
            seats.save(new SteeringGroupSeat(m.getId(), field, Reach.valueOf(p[4]), Boolean.parseBoolean(p[5]),
                    Boolean.parseBoolean(p[6])));
        }
        LOG.info("Demo steering group {} created", group.getId());
    }

    /** AT-3: a working table of five organisations, led by the demo user {@code leitung}. */
    private Body demoWorkingTable() {
        String net = Network.MIGRATION_SCHWERIN;
        List<Body> existing = bodies.findByNetworkIdOrderByKindAscNameAsc(net).stream()
                .filter(b -> b.getKind() == BodyKind.WORKING_TABLE && DEMO_WORKING_TABLE.equals(b.getName())).toList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        LocalDate founded = LocalDate.of(2025, 3, 12);
        Body table = bodies.save(new Body(net, BodyKind.WORKING_TABLE, DEMO_WORKING_TABLE,
                "Sprachkurse, Kita und Schule für zugewanderte Familien", null, founded));
        table.setGroupId(GovernanceGroups.workingTable(table.getId()));
        String[][] people = {
                {"Lea Leitung", "leitung@example.org", "Caritas Schwerin", "leitung"},
                {"Sara Sprecherin", "sprecherin@example.org", "Volkshochschule Schwerin", "sprecherin"},
                {"Pat Partner", "partner@example.org", "Diakonie Westmecklenburg", "partner"},
                {"Ali Yilmaz", "a.yilmaz@example.org", "Migrantenbeirat Schwerin", null},
                {"Jana Berg", "j.berg@example.org", "Jobcenter Schwerin", null}};
        Partner leader = null;
        Partner speaker = null;
        for (String[] p : people) {
            Organisation org = organisations.findByNetworkIdAndNameKey(net, NameKey.of(p[2]))
                    .orElseGet(() -> organisations.save(new Organisation(net, p[2])));
            Partner partner = partners.findByNetworkIdAndEmailKey(net, NameKey.ofEmail(p[1]))
                    .orElseGet(() -> partners.save(new Partner(net, p[0], p[1], org, founded)));
            partner.setUserId(p[3]);
            memberships.save(new Membership(table.getId(), partner, founded));
            if ("leitung".equals(p[3])) {
                leader = partner;
            }
            if ("sprecherin".equals(p[3])) {
                speaker = partner;
            }
        }
        LocalDate termEnd = founded.plusYears(2);
        offices.save(new Office(table.getId(), leader, OfficeKind.LEADER, founded, termEnd));
        offices.save(new Office(table.getId(), speaker, OfficeKind.SPEAKERS_COUNCIL_MEMBER, founded, termEnd));
        Body council = bodies.findFirstByNetworkIdAndKind(net, BodyKind.SPEAKERS_COUNCIL).orElseThrow();
        memberships.save(new Membership(council.getId(), speaker, founded));
        LOG.info("Demo working table {} created", table.getId());
        return table;
    }
}
