package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.netzwerke.governance.register.NameKey;

/**
 * AT-3: V5 brings the keys of a database filled before it (V1–V4, keys of the old NameKey) to the
 * current NameKey. Runs the real migrations on a fresh in-memory H2 database, in its own mode and in
 * PostgreSQL compatibility mode.
 */
class RecomputeNameKeysMigrationTest {

    private static final String SCHWERIN = "migration-schwerin";
    private static final String LSA = "willkommenskultur-lsa";

    /** The key as V1–V4 computed it: blanks removed (\s: ASCII only), lower case. */
    private static String oldKey(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.GERMAN);
    }

    private static String oldEmailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    @ParameterizedTest(name = "H2{0}")
    @ValueSource(strings = {"", ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"})
    @DisplayName("AT-3: V5 recomputes name and e-mail keys; spellings of one organisation become the oldest row")
    void recomputesKeys(String mode) throws Exception {
        String url = "jdbc:h2:mem:v5-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + mode;
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            flyway(url, "4").migrate();

            long caritas = organisation(c, SCHWERIN, "Caritas Schwerin");
            long cyrillic = organisation(c, SCHWERIN, "C\u0430ritas Schwerin");
            long noBreak = organisation(c, SCHWERIN, "Caritas\u00A0Schwerin");
            long diakonie = organisation(c, SCHWERIN, "Diakonie Schwerin");
            long caritasLsa = organisation(c, LSA, "CARITAS\u200BSCHWERIN");
            long invisible = organisation(c, SCHWERIN, "\u200B\u2060");

            long eva = partner(c, SCHWERIN, "Eva", "Eva@Example.org", caritas);
            long jana = partner(c, SCHWERIN, "Jana", "jana@example.org", cyrillic);
            long olaFullWidth = partner(c, SCHWERIN, "Ola", "\uFF2F\uFF2C\uFF21@example.org", noBreak);
            long ola = partner(c, SCHWERIN, "Ola", "ola@example.org", diakonie);
            long tim = partner(c, SCHWERIN, "Tim", "\uFF34\uFF49\uFF4D@example.org", noBreak);
            long lsa = partner(c, LSA, "Eva", "eva@example.org", caritasLsa);

            long proposal = proposal(c);
            long d1 = declaration(c, proposal, "\uFF41@example.org");
            long d2 = declaration(c, proposal, "b@example.org");

            assertThat(flyway(url, "5").migrate().migrationsExecuted).isEqualTo(1);

            // one organisation under three spellings: the oldest row stays, the partners point at it
            assertThat(organisationIds(c, SCHWERIN, NameKey.of("Caritas Schwerin"))).containsExactly(caritas);
            assertThat(exists(c, "organisation", cyrillic)).isFalse();
            assertThat(exists(c, "organisation", noBreak)).isFalse();
            assertThat(value(c, "select name from organisation where id = ?", caritas)).isEqualTo("Caritas Schwerin");
            for (long partner : List.of(eva, jana, olaFullWidth, tim)) {
                assertThat(value(c, "select organisation_id from partner where id = ?", partner)).isEqualTo(String.valueOf(caritas));
            }
            assertThat(value(c, "select organisation_id from partner where id = ?", ola)).isEqualTo(String.valueOf(diakonie));
            // another network keeps its own organisation, now with the new key
            assertThat(organisationIds(c, LSA, NameKey.of("Caritas Schwerin"))).containsExactly(caritasLsa);
            // every key is the current one
            // a name without visible characters cannot get a new key: it keeps its old one
            assertThat(value(c, "select name_key from organisation where id = ?", invisible)).isEqualTo("\u200B\u2060");
            assertThat(value(c, "select name_key from organisation where id = ?", diakonie)).isEqualTo(NameKey.of("Diakonie Schwerin"));
            assertThat(value(c, "select name_key from organisation where name = ?",
                    "Landeshauptstadt Schwerin, Fachstelle Chancengleichheit"))
                    .isEqualTo(NameKey.of("Landeshauptstadt Schwerin, Fachstelle Chancengleichheit"));

            assertThat(value(c, "select email_key from partner where id = ?", eva)).isEqualTo("eva@example.org");
            assertThat(value(c, "select email_key from partner where id = ?", tim)).isEqualTo("tim@example.org");
            assertThat(value(c, "select email_key from partner where id = ?", lsa)).isEqualTo("eva@example.org");
            // two partners with one address after normalisation are not merged: the one that held the key keeps it
            assertThat(value(c, "select email_key from partner where id = ?", ola)).isEqualTo("ola@example.org");
            assertThat(value(c, "select email_key from partner where id = ?", olaFullWidth))
                    .isEqualTo(oldEmailKey("\uFF2F\uFF2C\uFF21@example.org"));

            assertThat(value(c, "select email_key from readiness_declaration where id = ?", d1)).isEqualTo("a@example.org");
            assertThat(value(c, "select email_key from readiness_declaration where id = ?", d2)).isEqualTo("b@example.org");
        }
    }

    private static Flyway flyway(String url, String target) {
        return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target(target).load();
    }

    private static long organisation(Connection c, String network, String name) throws SQLException {
        return insert(c, "insert into organisation (network_id, name, name_key) values (?, ?, ?)", network, name, oldKey(name));
    }

    private static long partner(Connection c, String network, String name, String email, long organisation)
            throws SQLException {
        return insert(c, "insert into partner (network_id, name, email, email_key, organisation_id, status, joined_on)"
                + " values (?, ?, ?, ?, ?, 'ACTIVE', date '2025-01-15')", network, name, email, oldEmailKey(email), organisation);
    }

    private static long proposal(Connection c) throws SQLException {
        return insert(c, "insert into founding_proposal (network_id, topic, status, proposed_at)"
                + " values (?, 'Wohnen', 'COLLECTING', timestamp '2025-01-15 10:00:00')", SCHWERIN);
    }

    private static long declaration(Connection c, long proposal, String email) throws SQLException {
        return insert(c, "insert into readiness_declaration (proposal_id, representative_name, representative_email,"
                + " email_key, channel, declared_at) values (?, 'Person', ?, ?, 'REST', timestamp '2025-01-16 10:00:00')",
                proposal, email, oldEmailKey(email));
    }

    private static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static List<Long> organisationIds(Connection c, String network, String key) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select id from organisation where network_id = ? and name_key = ?")) {
            s.setString(1, network);
            s.setString(2, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    private static boolean exists(Connection c, String table, long id) throws SQLException {
        return value(c, "select id from " + table + " where id = ?", id) != null;
    }

    private static String value(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
