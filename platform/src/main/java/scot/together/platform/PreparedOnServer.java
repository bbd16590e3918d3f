package scot.together.platform;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Held writes as statements PostgreSQL has prepared once per connection. Held writes go in one
 * round trip as one text of many statements, which the driver can't keep prepared, so PostgreSQL
 * planned every statement afresh: a third of a rebuild's time in the database was planning. Each
 * distinct statement is now prepared with SQL's {@code PREPARE} the first time a connection sends
 * it, and the round trip's text is made of {@code EXECUTE}s, each a cached plan. PostgreSQL takes
 * no bound arguments in an {@code EXECUTE}, so they are written into it as literals, escaped as
 * the driver escapes them in its simple query mode.
 *
 * <p>A prepared statement belongs to the database session, not to a transaction, so it outlives
 * a rollback; if PostgreSQL re-reads the tables (another search path, a table replaced by a
 * rebuild's switch) it plans it again. A statement PostgreSQL won't prepare (no such kind, or
 * types it can't settle) is sent as it is.
 */
final class PreparedOnServer {

    private static final Logger log = LoggerFactory.getLogger(PreparedOnServer.class);
    /** The SQL state of "prepared statement does not exist": the session lost them (e.g. {@code DISCARD ALL}). */
    static final String NO_SUCH_PREPARED_STATEMENT = "26000";
    /**
     * Sent before held writes: a prepared statement keeps the plan PostgreSQL made for its sixth
     * use, early in a replay, when the tables are nearly empty and reading a whole table looks
     * cheapest; held writes each touch a few rows by key, so their plans must use the indexes.
     */
    static final String PLAN_BY_KEY = "SET LOCAL enable_seqscan = off";
    private static final Set<String> PREPARABLE = Set.of("insert", "update", "delete", "select", "with");
    private static final AtomicLong NAMES = new AtomicLong();

    /** For each session (its driver connection), each statement with its arguments' types: its prepared name, or empty. */
    private final Map<BaseConnection, Map<String, String>> sessions = Collections.synchronizedMap(new WeakHashMap<>());

    /** How a statement goes: its text, and whether its arguments are in it (an EXECUTE's) or bound. */
    record Sent(String sql, boolean argumentsInText) {

        /** Binds the statement's arguments from {@code position}, if they are not in its text; the next position. */
        int bind(PreparedStatement ps, int position, Object[] args, ArgumentSetter setter) throws SQLException {
            if (argumentsInText) {
                return position;
            }
            for (Object arg : args) {
                setter.set(ps, position++, arg);
            }
            return position;
        }
    }

    /** Sets one argument as JdbcTemplate would. */
    interface ArgumentSetter {
        void set(PreparedStatement ps, int position, Object arg) throws SQLException;
    }

    /** How this connection sends the statement with these arguments. */
    Sent asSent(Connection connection, String sql, Object[] args) throws SQLException {
        BaseConnection pg = connection.unwrap(BaseConnection.class);
        String[] types = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            types[i] = typeOf(args[i]);
            if (types[i] == null || !pg.getStandardConformingStrings()) {
                return new Sent(sql, false);
            }
        }
        Map<String, String> session = sessions.computeIfAbsent(pg, c -> new ConcurrentHashMap<>());
        String key = String.join(",", types) + "\n" + sql;
        String name = session.get(key);
        if (name == null) {
            name = prepare(connection, sql, types);
            session.put(key, name);
        }
        if (name.isEmpty()) {
            return new Sent(sql, false);
        }
        StringBuilder execute = new StringBuilder(64 + sql.length()).append("EXECUTE ").append(name);
        for (int i = 0; i < args.length; i++) {
            execute.append(i == 0 ? "(" : ", ");
            literal(execute, args[i]);
        }
        return new Sent(execute.append(args.length == 0 ? "" : ")").toString(), true);
    }

    /** Forgets what this connection's session had prepared (it has lost them). */
    void forget(Connection connection) throws SQLException {
        sessions.remove(connection.unwrap(BaseConnection.class));
    }

    /** The prepared statement's name, or empty if PostgreSQL won't prepare it. */
    private static String prepare(Connection connection, String sql, String[] types) throws SQLException {
        String kind = sql.stripLeading().split("\\s", 2)[0].toLowerCase(Locale.ROOT);
        if (!PREPARABLE.contains(kind)) {
            return "";
        }
        // a fresh name every time: a statement prepared before a failure may still be there
        String name = "together_write_" + NAMES.incrementAndGet();
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("PREPARE " + name + (types.length == 0 ? "" : " (" + String.join(", ", types) + ")")
                    + " AS " + numbered(sql));
            connection.releaseSavepoint(before);
            return name;
        } catch (SQLException e) {
            connection.rollback(before);
            log.debug("PostgreSQL would not prepare a held write; it is sent as it is ({})", e.getMessage());
            return "";
        }
    }

    /**
     * The argument as an SQL literal, escaped as the driver escapes when it sends arguments in
     * the text (its simple query mode); PostgreSQL gives it the prepared statement's type.
     */
    private static void literal(StringBuilder sql, Object arg) throws SQLException {
        if (arg == null) {
            sql.append("NULL");
            return;
        }
        sql.append('\'');
        Utils.escapeLiteral(sql, asText(arg), true);
        sql.append('\'');
    }

    /** The text PostgreSQL reads the value from (null for null): a time as its instant, with its offset. */
    static String asText(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof Timestamp timestamp) {
            return OffsetDateTime.ofInstant(timestamp.toInstant(), ZoneId.systemDefault()).toString();
        } else if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        } else if (value instanceof UUID[] ids) {
            return Arrays.stream(ids).map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        } else if (value instanceof String[] strings) {
            return Arrays.stream(strings).map(e -> e == null ? "NULL"
                    : '"' + e.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                    .collect(Collectors.joining(",", "{", "}"));
        }
        return value.toString();
    }

    /** The statement with the driver's {@code ?} placeholders as PostgreSQL's {@code $1, $2, ...}. */
    static String numbered(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int next = 1;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '?') {
                out.append('$').append(next++);
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The type the driver gives the argument; {@code unknown} lets PostgreSQL settle it from the
     * statement (a null, or a date or time, which the driver leaves to PostgreSQL too); null for
     * an argument this does not know, whose statement is then sent as it is.
     */
    private static String typeOf(Object arg) {
        if (arg instanceof UUID) {
            return "uuid";
        } else if (arg instanceof String) {
            return "varchar";
        } else if (arg instanceof java.sql.Date || arg instanceof LocalDate) {
            return "date";
        } else if (arg instanceof Integer) {
            return "int4";
        } else if (arg instanceof Long) {
            return "int8";
        } else if (arg instanceof Short) {
            return "int2";
        } else if (arg instanceof Boolean) {
            return "bool";
        } else if (arg instanceof Double) {
            return "float8";
        } else if (arg instanceof BigDecimal) {
            return "numeric";
        } else if (arg instanceof UUID[]) {
            return "uuid[]";
        } else if (arg instanceof String[]) {
            return "varchar[]";
        } else if (arg == null || arg instanceof Timestamp) {
            return "unknown";
        }
        return null;
    }
}
