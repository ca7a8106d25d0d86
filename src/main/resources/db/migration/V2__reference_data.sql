-- Reference data of RULES.md: both networks, their standing bodies, the nine fields of action (W-9),
-- the Fachstelle Chancengleichheit (M-3) and the Integrationsbeauftragte:r (SR-1).

insert into network (id, name, short_name, document_kind, in_force_since) values
    ('migration-schwerin', 'Netzwerk Migration der Landeshauptstadt Schwerin', 'Netzwerk Migration Schwerin',
     'Geschäftsordnung', date '2024-04-17'),
    ('willkommenskultur-lsa', 'Netzwerk „Willkommenskultur und Fachkräftegewinnung“ Sachsen-Anhalt',
     'Netzwerk Willkommenskultur', 'Vereinbarung', date '2024-02-29');

insert into body (network_id, kind, name, topic, group_id, status, established_on) values
    ('migration-schwerin', 'NETWORK', 'Netzwerk Migration', null, 'netzwerkpartner', 'ACTIVE', date '2024-04-17'),
    ('migration-schwerin', 'SPEAKERS_COUNCIL', 'Sprecher:innenrat', null, 'sprecherinnenrat', 'ACTIVE', date '2024-04-17'),
    ('migration-schwerin', 'PLENARY', 'Tagung des Netzwerks Migration', null, null, 'ACTIVE', date '2024-04-17'),
    ('willkommenskultur-lsa', 'NETWORK', 'Netzwerk Willkommenskultur und Fachkräftegewinnung', null, 'netzwerkpartner', 'ACTIVE', date '2024-02-29'),
    ('willkommenskultur-lsa', 'STEERING_GROUP', 'Steuerungsgruppe', null, 'steuerungsgruppe', 'ACTIVE', date '2024-02-29'),
    ('willkommenskultur-lsa', 'PLENARY', 'Netzwerktreffen', null, null, 'ACTIVE', date '2024-02-29');

insert into field_of_action (network_id, code, name, actor_kinds, position) values
    ('willkommenskultur-lsa', 'aufenthalt-ankommen', 'Aufenthalt und Ankommen',
     'Integrationskoordinator*innen; Migrationsberatungsstellen; WelcomeCenter / FiF; IQ Fachinformationszentren; Diversity Management + IKÖ Prozessbegleitungs-Akteure; Freiwilligenagenturen', 1),
    ('willkommenskultur-lsa', 'anerkennung', 'Anerkennung ausländischer Bildungsabschlüsse',
     'IQ Angebote + Anerkennungsberatung; Bundesagentur für Arbeit; Kammern & AG-Verbände; Betriebliche Integrationsmaßnahme-Akteure', 2),
    ('willkommenskultur-lsa', 'arbeitsmarkt', 'Arbeitsmarkt',
     'Bundesagentur für Arbeit; Kammern & AG-Verbände; Diversity Management + IKÖ Prozessbegleitungs-Akteure; WelcomeCenter / FiF; IQ Angebote + Fachinformationszentren; Betriebliche Integrationsmaßnahme-Akteure; Faire Beschäftigungs-Beratungsangebote', 3),
    ('willkommenskultur-lsa', 'ausbildungsmarkt', 'Ausbildungsmarkt',
     'Bundesagentur für Arbeit; Kammern & AG-Verbände; KAUSA-Landesstelle Sachsen-Anhalt „ZuSa“; Senior Expert Service', 4),
    ('willkommenskultur-lsa', 'uebergangsmanagement', 'Prozessketten-Übergangs-Management',
     'WelcomeCenter / FiF; Integrationskoordinator*innen; Kammern & AG-Verbände; IQ Fachinformationszentren; Freiwilligenagenturen', 5),
    ('willkommenskultur-lsa', 'lebenslanges-lernen', 'Lebenslanges Lernen',
     'Bildungsträger; Kammern & AG-Verbände; WelcomeCenter / FiF; Weiterbildungsagenturen; International Office der Hochschulen', 6),
    ('willkommenskultur-lsa', 'zugang-wirtschaft', 'Zugang Wirtschaft',
     'Kammern & AG-Verbände; IQ Fachinformationszentren; WelcomeCenter / FiF; Diversity Management + IKÖ Prozessbegleitungs-Akteure; Betriebliche Integrationsmaßnahme-Akteure', 7),
    ('willkommenskultur-lsa', 'migrantenselbstorganisationen', 'Migrantenselbstorganisationen',
     'Migrantenorganisationen; Communities vor Ort', 8),
    ('willkommenskultur-lsa', 'willkommenskultur', 'Willkommenskultur',
     'Diversity Management + IKÖ Prozessbegleitungs-Akteure; Kammern & AG-Verbände; WelcomeCenter / FiF; Faire Beschäftigungs-Beratungsangebote; Integrationskoordinator*innen; IQ Fachinformationszentren; Freiwilligenagenturen; Betriebliche Integrationsmaßnahme-Akteure', 9);

-- M-3: the coordination of the Netzwerk Migration
insert into organisation (network_id, name, name_key) values
    ('migration-schwerin', 'Landeshauptstadt Schwerin, Fachstelle Chancengleichheit', 'landeshauptstadtschwerin,fachstellechancengleichheit');

-- SR-1: the Integrationsbeauftragte:r is a member of the Sprecher:innenrat by office, not by election
insert into partner (network_id, name, email, email_key, organisation_id, user_id, status, joined_on)
select 'migration-schwerin', 'Integrationsbeauftragte:r der Landeshauptstadt Schwerin', null, null, o.id, null, 'ACTIVE', date '2024-04-17'
from organisation o where o.network_id = 'migration-schwerin';

insert into office (body_id, partner_id, kind, term_start, term_end, ended_on)
select b.id, p.id, 'INTEGRATION_COMMISSIONER', date '2024-04-17', null, null
from body b, partner p
where b.network_id = 'migration-schwerin' and b.kind = 'SPEAKERS_COUNCIL'
  and p.name = 'Integrationsbeauftragte:r der Landeshauptstadt Schwerin';

insert into membership (body_id, partner_id, since, until)
select b.id, p.id, date '2024-04-17', null
from body b, partner p
where b.network_id = 'migration-schwerin' and b.kind = 'SPEAKERS_COUNCIL'
  and p.name = 'Integrationsbeauftragte:r der Landeshauptstadt Schwerin';
