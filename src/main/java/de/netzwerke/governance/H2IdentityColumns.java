package de.netzwerke.governance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 database (default profile) never hands out an id twice, even after a crash or kill -9.
 * <p>
 * H2 2.x keeps 32 identity values in memory and writes only the end of that range to the file. After an
 * {@code ALTER TABLE} (V3 adds a column to {@code body}) it writes the column's current value instead,
 * while the range in memory stays: a crash before the next clean shutdown restarts the column below ids
 * already used, and the next insert collides with an existing row. After every migration this callback
 * therefore switches the register's identity columns to {@code NO CACHE} (each value is written when it is
 * handed out, which the register's volume allows) and moves a column that already restarted below its
 * highest id past it. PostgreSQL is left alone: its sequences are durable.
 */
@Component
public class H2IdentityColumns implements Callback {

    private static final Logger LOG = LoggerFactory.getLogger(H2IdentityColumns.class);

    private record IdentityColumn(String schema, String table, String column, long base, long cache) {

        String qualifiedTable() {
            return quote(schema) + "." + quote(table);
        }
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                for (IdentityColumn c : identityColumns(statement)) {
                    secure(statement, c);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("H2: Die Identitätsspalten konnten nicht gesichert werden: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "h2-identity-columns";
    }

    private static List<IdentityColumn> identityColumns(Statement statement) throws SQLException {
        List<IdentityColumn> columns = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("select table_schema, table_name, column_name, identity_base, "
                + "identity_cache from information_schema.columns where is_identity = 'YES' "
                + "and table_schema = current_schema")) {
            while (rs.next()) {
                columns.add(new IdentityColumn(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)));
            }
        }
        return columns;
    }

    private static void secure(Statement statement, IdentityColumn c) throws SQLException {
        String alter = "alter table " + c.qualifiedTable() + " alter column " + quote(c.column());
        if (c.cache() > 1) {
            statement.execute(alter + " set no cache");
        }
        long highest;
        try (ResultSet rs = statement.executeQuery("select coalesce(max(" + quote(c.column()) + "), 0) from "
                + c.qualifiedTable())) {
            rs.next();
            highest = rs.getLong(1);
        }
        if (c.base() <= highest) {
            statement.execute(alter + " restart with " + (highest + 1));
            LOG.warn("H2: identity of {}.{} restarted at {} (it would have handed out used ids from {})",
                    c.table(), c.column(), highest + 1, c.base());
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
