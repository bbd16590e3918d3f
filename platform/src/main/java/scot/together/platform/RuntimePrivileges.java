package scot.together.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the service's runtime role may do in each schema: the one place this is decided. The
 * owner grants it after migrating the schema, on every start, so it always matches the tables.
 * <ul>
 * <li>{@code events}: add events and read them, nothing else. A role that neither owns the
 * table nor is a superuser cannot {@code UPDATE}, {@code DELETE} or {@code TRUNCATE} it, nor
 * disable or drop its append-only triggers, drop it or {@code SET session_replication_role}.
 * A table added to this schema later is closed to the runtime role until granted here.
 * <li>every other schema ({@code command} look-ups, {@code query} read models and Axon's
 * tokens): every row may change, and a rebuild empties tables. Tables added by later
 * migrations get the same through the owner's default privileges, without any migration
 * naming a role. Flyway's history is the owner's alone.
 * </ul>
 */
final class RuntimePrivileges {

    static final String EVENTS = "events";

    private RuntimePrivileges() {
    }

    static void grant(Connection connection, String schema, DatabaseLogin owner, DatabaseLogin runtime)
            throws SQLException {
        String s = identifier(schema);
        String rt = runtime.role();
        try (Statement sql = connection.createStatement()) {
            sql.execute("GRANT USAGE ON SCHEMA " + s + " TO " + rt);
            if (EVENTS.equals(schema)) {
                // exactly these, whatever was granted before
                sql.execute("REVOKE ALL ON ALL TABLES IN SCHEMA " + s + " FROM " + rt);
                sql.execute("REVOKE ALL ON ALL SEQUENCES IN SCHEMA " + s + " FROM " + rt);
                sql.execute("GRANT SELECT, INSERT ON events.domain_event_entry TO " + rt);
                sql.execute("GRANT USAGE ON SEQUENCE "
                        + single(sql, "SELECT pg_get_serial_sequence('events.domain_event_entry', 'global_index')")
                        + " TO " + rt);
                sql.execute("GRANT SELECT ON events.readable_events TO " + rt);
                // snapshots are a cache of an aggregate's state, derived from the events and replaceable
                sql.execute("GRANT SELECT, INSERT, DELETE ON events.snapshot_event_entry TO " + rt);
            } else {
                String forOwner = "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner.role() + " IN SCHEMA " + s;
                sql.execute(forOwner + " GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO " + rt);
                sql.execute(forOwner + " GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO " + rt);
                sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA " + s + " TO " + rt);
                sql.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + s + " TO " + rt);
            }
            sql.execute("REVOKE ALL ON " + s + ".flyway_schema_history FROM " + rt);
        }
    }

    /**
     * Why the given login could rewrite recorded events, or null if it cannot: a superuser, or
     * the owner of the event table, may switch off or drop the triggers that refuse it.
     */
    static String whyItCouldRewriteHistory(Connection connection, DatabaseLogin login) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT r.rolsuper,"
                + " pg_has_role(r.oid, c.relowner, 'USAGE') FROM pg_roles r, pg_class c"
                + " WHERE r.rolname = ? AND c.oid = 'events.domain_event_entry'::regclass")) {
            query.setString(1, login.username());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                if (row.getBoolean(1)) {
                    return "it is a superuser";
                }
                return row.getBoolean(2) ? "it owns the event table" : null;
            }
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
