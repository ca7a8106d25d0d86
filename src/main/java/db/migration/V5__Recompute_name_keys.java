package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.netzwerke.governance.register.NameKey;

/**
 * AT-3: the comparison keys stored before V5 were computed by the old {@link NameKey} (only case and
 * blanks ignored). This migration recomputes {@code organisation.name_key}, {@code partner.email_key}
 * and {@code readiness_declaration.email_key} with the current one (Unicode normalisation, case
 * folding incl. ß, invisible characters removed, confusable skeleton), so that a name entered after
 * the update finds the records entered before it.
 * <p>
 * Rows are read in id order; ids come from an identity column, so a smaller id is an older row.
 * <ul>
 * <li>Organisations of one network that now share a key are one organisation: the oldest row is
 * kept, the partners of the others are pointed at it, and the others are deleted.</li>
 * <li>Partners of one network, or declarations of one proposal, whose e-mail addresses now share a
 * key are not merged (memberships, offices and votes hang on them): the row that has the key already,
 * else the oldest, gets it; the others keep their old key and are named in the log, for the
 * coordination to look at.</li>
 * <li>A key that would not fit its column, and an organisation name without visible characters,
 * keep the old key (logged); new input of that kind is refused before it reaches the database.</li>
 * </ul>
 * Plain JDBC with standard SQL, so it runs on H2 and PostgreSQL alike. It uses the application's
 * {@code NameKey}: should that change again, a new migration recomputes the keys once more.
 */
public class V5__Recompute_name_keys extends BaseJavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(V5__Recompute_name_keys.class);

    /** {@code organisation.name_key varchar(255)}, {@code email_key varchar(320)} (V1, V3). */
    private static final int NAME_KEY_LENGTH = 255;
    private static final int EMAIL_KEY_LENGTH = 320;

    /**
     * A value no key can have (NameKey removes control characters, e-mail keys never hold one): rows
     * whose key changes get it for a moment, so that no unique constraint sees two equal keys in between.
     */
    private static final String PARKED = "\u0001v5:";

    private record Row(long id, String scope, String value, String oldKey) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        recomputeOrganisations(connection);
        recomputeEmailKeys(connection, "partner", "network_id", "email");
        recomputeEmailKeys(connection, "readiness_declaration", "proposal_id", "representative_email");
    }

    private static void recomputeOrganisations(Connection connection) throws SQLException {
        List<Row> rows = read(connection, "select id, network_id, name, name_key from organisation order by id");
        Map<String, Row> keepers = new HashMap<>();
        Map<Long, String> newKeys = new LinkedHashMap<>();
        for (Row row : rows) {
            String key = NameKey.of(row.value());
            if (key.isEmpty() || key.length() > NAME_KEY_LENGTH) {
                LOG.warn("V5: organisation {} keeps its old name key ({}).", row.id(),
                        key.isEmpty() ? "name without visible characters" : "new key longer than the column");
                key = row.oldKey();
            }
            Row keeper = keepers.putIfAbsent(row.scope() + "\n" + key, row);
            if (keeper == null) {
                newKeys.put(row.id(), key);
            } else {
                // the same organisation under another spelling: the oldest row stays, its partners move to it
                LOG.info("V5: organisation {} is the same as organisation {} (network {}); its partners move there.",
                        row.id(), keeper.id(), row.scope());
                update(connection, "update partner set organisation_id = ? where organisation_id = ?", keeper.id(), row.id());
                update(connection, "delete from organisation where id = ?", row.id());
            }
        }
        writeKeys(connection, "organisation", "name_key", rows, newKeys);
    }

    private static void recomputeEmailKeys(Connection connection, String table, String scopeColumn, String emailColumn)
            throws SQLException {
        List<Row> rows = read(connection, "select id, " + scopeColumn + ", " + emailColumn + ", email_key from " + table
                + " where " + emailColumn + " is not null order by id");
        // who gets a new key shared by several rows: the row that holds it already, else the oldest
        Map<String, Row> holders = new LinkedHashMap<>();
        Map<Long, String> wanted = new HashMap<>();
        for (Row row : rows) {
            String key = NameKey.ofEmail(row.value());
            if (key.length() > EMAIL_KEY_LENGTH) {
                LOG.warn("V5: {} {} keeps its old e-mail key (new key longer than the column).", table, row.id());
                key = row.oldKey();
            }
            wanted.put(row.id(), key);
            String group = row.scope() + "\n" + key;
            Row holder = holders.get(group);
            if (holder == null || (key.equals(row.oldKey()) && !key.equals(holder.oldKey()))) {
                holders.put(group, row);
            }
        }
        Map<String, Long> taken = new HashMap<>();
        Map<Long, String> newKeys = new LinkedHashMap<>();
        for (Row row : rows) {
            String key = wanted.get(row.id());
            Row holder = holders.get(row.scope() + "\n" + key);
            if (holder.id() != row.id()) {
                LOG.warn("V5: {} {} has the same e-mail address as {} {} ({} {}); it keeps its old key.",
                        table, row.id(), table, holder.id(), scopeColumn, row.scope());
                key = row.oldKey();
            }
            Long other = taken.putIfAbsent(row.scope() + "\n" + key, row.id());
            if (other != null) {
                throw new IllegalStateException("V5: " + table + " " + row.id() + " and " + other
                        + " would get the same e-mail key; please merge the two records by hand and start again.");
            }
            newKeys.put(row.id(), key);
        }
        writeKeys(connection, table, "email_key", rows, newKeys);
    }

    private static List<Row> read(Connection connection, String sql) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4)));
            }
        }
        return rows;
    }

    /** Writes the keys that changed, in two steps (parked, then final) so that no unique constraint trips in between. */
    private static void writeKeys(Connection connection, String table, String column, List<Row> rows,
                                  Map<Long, String> newKeys) throws SQLException {
        Map<Long, String> changed = new LinkedHashMap<>();
        for (Row row : rows) {
            String key = newKeys.get(row.id());
            if (key != null && !key.equals(row.oldKey())) {
                changed.put(row.id(), key);
            }
        }
        String sql = "update " + table + " set " + column + " = ? where id = ?";
        for (Long id : changed.keySet()) {
            update(connection, sql, PARKED + id, id);
        }
        for (Map.Entry<Long, String> entry : changed.entrySet()) {
            update(connection, sql, entry.getValue(), entry.getKey());
        }
        LOG.info("V5: {} of {} keys in {}.{} recomputed.", changed.size(), newKeys.size(), table, column);
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
