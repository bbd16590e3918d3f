package scot.together.query.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read models are rebuilt beside the ones that answer, never in their place, so no page or
 * report ever shows partial figures. The read-model SQL names its tables without a schema:
 * every connection finds them in {@value #LIVE} (its search path), except the processors'
 * transactions during a rebuild, which find them first in {@value #NEXT}. A rebuild copies the
 * read models' tables there, empty, with their constraints and indexes under the same names
 * (those only answering reads, {@value #READS_ONLY}, come at the end), and the processors
 * replay every event into them while pages and reports go on reading the tables in
 * {@value #LIVE}, as they were when the rebuild started. When every read model has taken in
 * every event it had taken in before, one transaction builds the indexes that only answer
 * reads, gathers the new tables' statistics, drops the old tables and moves the new ones into
 * {@value #LIVE}.
 *
 * <p>Whether a rebuild is under way is kept in the database ({@code query.read_model_rebuild}),
 * not in memory, so that several query sides agree on it. The schema's tables are changed by its
 * owner (the login Flyway uses), as migrations are; the service's own login keeps the privileges
 * it has on read models and no more.
 */
@Component
public class RebuildBeside {

    private static final Logger log = LoggerFactory.getLogger(RebuildBeside.class);

    /** The schema of the read models that answer. */
    public static final String LIVE = "query";
    /** The schema a rebuild fills. */
    public static final String NEXT = "query_next";

    /**
     * Tables of {@value #LIVE} that are not read models built from the events, so a rebuild
     * leaves them where they are: every other table there is rebuilt beside it.
     */
    public static final Set<String> KEPT = Set.of(
            "flyway_schema_history", // the schema's migrations
            "token_entry",           // where each processor has got to: a rebuild resets it
            "dead_letter_entry",     // the events parked: a rebuild empties it and meets them afresh
            "access_log",            // who looked at a child's record: written as people look
            "read_model_rebuild");   // whether a rebuild is under way

    /**
     * Sets a processor's transaction up, in one statement per batch: its search path, with the
     * schema being rebuilt first, if any, so that read models in it are found before those in
     * use; and, while a rebuild is under way, commits that do not wait for the disk. A batch and
     * its token commit together, so a machine failing loses the last batches and their tokens
     * alike, and they are replayed again; the read models in use are not being written then.
     */
    private static final String PROCESSORS_TRANSACTION = "SELECT set_config('search_path', coalesce("
            + "(SELECT building || ', ' FROM " + LIVE + ".read_model_rebuild), '') || '" + LIVE + ", public', true),"
            + " set_config('synchronous_commit', CASE WHEN EXISTS (SELECT 1 FROM " + LIVE + ".read_model_rebuild"
            + " WHERE building IS NOT NULL) THEN 'off' ELSE 'on' END, true)";

    /**
     * The comment a migration gives an index that answers pages and reports but that no event
     * handler's statement uses: a rebuild builds it once the events are replayed, in one pass.
     */
    static final String READS_ONLY = "answers reads only";
    private static final Pattern INDEX_NAME = Pattern.compile("^CREATE (UNIQUE )?INDEX (\\S+) ON ");

    /** A rebuild under way: since when, and the newest event when it started. */
    public record UnderWay(boolean replaying, Instant startedAt, long newestAtStart) {
    }

    private final JdbcTemplate jdbc;
    private final Flyway querySchema;

    public RebuildBeside(JdbcTemplate jdbc, @Lazy @Qualifier("querySchema") Flyway querySchema) {
        this.jdbc = jdbc;
        this.querySchema = querySchema;
    }

    /** The rebuild under way, if any, as the database says (wherever it was started). */
    public Optional<UnderWay> underWay() {
        return jdbc.query("SELECT replaying, started_at, newest_at_start FROM " + LIVE + ".read_model_rebuild"
                        + " WHERE building IS NOT NULL",
                rs -> rs.next() ? Optional.of(new UnderWay(rs.getBoolean(1), rs.getTimestamp(2).toInstant(),
                        rs.getLong(3))) : Optional.empty());
    }

    /**
     * The processors' transactions: each sets its search path from the database as it starts, so
     * a processor writes to the schema being rebuilt whichever query side started the rebuild. The
     * reset handlers run in such a transaction too, so they empty the new tables, not those in use.
     */
    public TransactionManager processorTransactions(TransactionManager transactions) {
        return new TransactionManager() {
            @Override
            public Transaction startTransaction() {
                Transaction transaction = transactions.startTransaction();
                try {
                    jdbc.execute(PROCESSORS_TRANSACTION);
                } catch (RuntimeException e) {
                    transaction.rollback();
                    throw e;
                }
                return transaction;
            }
        };
    }

    /**
     * Makes the schema a rebuild fills: every read model's table, empty, as in {@value #LIVE}
     * (columns, defaults, checks, keys, references and indexes, under the same names), open to
     * the service's login as the read models are; and records that a rebuild is under way. A
     * rebuild already under way starts again. The processors must be stopped.
     */
    void prepare(long newestEvent) {
        String runtime = identifier(jdbc.queryForObject("SELECT current_user", String.class));
        inOwnersTransaction(sql -> {
            // definitions read with the live schema on the path name its tables without it
            sql.execute("SET LOCAL search_path TO " + LIVE + ", public");
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = '" + LIVE + "' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rows.next()) {
                    if (!KEPT.contains(rows.getString(1))) {
                        tables.add(rows.getString(1));
                    }
                }
            }
            String constraints = "SELECT t.relname, 'ALTER TABLE " + NEXT + ".' || quote_ident(t.relname)"
                    + " || ' ADD CONSTRAINT ' || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid)"
                    + " FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
                    + " WHERE t.relnamespace = '" + LIVE + "'::regnamespace AND c.contype ";
            List<String> keys = definitions(sql, constraints + "IN ('p', 'u', 'x') ORDER BY t.relname, c.conname",
                    tables);
            List<String> references = definitions(sql, constraints + "= 'f' ORDER BY t.relname, c.conname", tables);
            List<String> indexes = definitions(sql, indexes(false), tables);

            sql.execute("DROP SCHEMA IF EXISTS " + NEXT + " CASCADE");
            sql.execute("CREATE SCHEMA " + NEXT);
            sql.execute("SET LOCAL search_path TO " + NEXT + ", public");
            for (String table : tables) {
                // indexes apart: LIKE would name them anew
                sql.execute("CREATE TABLE " + NEXT + "." + identifier(table) + " (LIKE " + LIVE + "."
                        + identifier(table) + " INCLUDING ALL EXCLUDING INDEXES)");
            }
            for (String statement : keys) {
                sql.execute(statement);
            }
            for (String statement : references) {
                sql.execute(statement);
            }
            for (String statement : indexes) {
                sql.execute(statement);
            }
            sql.execute("GRANT USAGE ON SCHEMA " + NEXT + " TO " + runtime);
            sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA " + NEXT
                    + " TO " + runtime);
            try (PreparedStatement started = sql.getConnection().prepareStatement("UPDATE " + LIVE
                    + ".read_model_rebuild SET building = '" + NEXT + "', replaying = false, started_at = now(),"
                    + " newest_at_start = ?, switched_at = NULL")) {
                started.setLong(1, newestEvent);
                started.executeUpdate();
            }
            log.info("Rebuilding {} read model tables beside those in use, in {}", tables.size(), NEXT);
            return null;
        });
    }

    /** A rebuild that could not start: the processors write to the read models in use again. */
    void abandon() {
        inOwnersTransaction(sql -> {
            sql.execute("UPDATE " + LIVE + ".read_model_rebuild SET building = NULL, replaying = false");
            sql.execute("DROP SCHEMA IF EXISTS " + NEXT + " CASCADE");
            return null;
        });
        log.warn("The rebuild could not start; the read models in use stay as they are");
    }

    /** Every processor has been reset: from now on the rebuild may be found complete. */
    void replaying() {
        jdbc.update("UPDATE " + LIVE + ".read_model_rebuild SET replaying = true WHERE building IS NOT NULL");
    }

    /**
     * Puts the rebuilt read models in the place of those in use, in one transaction, if the
     * rebuild that started at {@code startedAt} is still the one under way: pages and reports
     * answer from the old tables until it commits and from the new ones after. False if not (a
     * newer rebuild, another query side switched first, or a processor still holding a table).
     */
    boolean switchOver(Instant startedAt) {
        return inOwnersTransaction(sql -> {
            // a processor's batch holds a table only for a moment: rather than queue reports behind, try later
            sql.execute("SET LOCAL lock_timeout = '2s'");
            try (ResultSet row = sql.executeQuery("SELECT started_at FROM " + LIVE + ".read_model_rebuild"
                    + " WHERE building IS NOT NULL AND replaying FOR UPDATE")) {
                if (!row.next() || !row.getTimestamp(1).equals(Timestamp.from(startedAt))) {
                    return false;
                }
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = '" + NEXT + "' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            buildIndexesAnsweringReadsOnly(sql, names);
            List<String> tables = names.stream().map(RebuildBeside::identifier).toList();
            if (!tables.isEmpty()) {
                // new tables have no statistics until autovacuum comes round: the first reports
                // after a switch were planned blind (seconds, where milliseconds once known)
                sql.execute("ANALYZE " + String.join(", ", tables.stream().map(t -> NEXT + "." + t).toList()));
                sql.execute("DROP TABLE IF EXISTS " + String.join(", ", tables.stream().map(t -> LIVE + "." + t)
                        .toList()));
                for (String table : tables) {
                    sql.execute("ALTER TABLE " + NEXT + "." + table + " SET SCHEMA " + LIVE);
                }
            }
            sql.execute("DROP SCHEMA " + NEXT + " CASCADE");
            sql.execute("UPDATE " + LIVE + ".read_model_rebuild SET building = NULL, replaying = false,"
                    + " switched_at = now()");
            log.info("The rebuilt read models ({} tables) now answer in place of the old ones", tables.size());
            return true;
        });
    }

    private interface InTransaction<T> {
        T run(Statement sql) throws SQLException;
    }

    private <T> T inOwnersTransaction(InTransaction<T> work) {
        DataSource owner = querySchema.getConfiguration().getDataSource();
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                T result = work.run(sql);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change the read models' schema: " + e.getMessage(), e);
        }
    }

    /** The statements the query gives (its second column) for the tables rebuilt (its first). */
    private static List<String> definitions(Statement sql, String query, List<String> tables) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                if (tables.contains(rows.getString(1))) {
                    // the live schema's name, where PostgreSQL gives it, becomes the new one's
                    statements.add(rows.getString(2).replace(" ON " + LIVE + ".", " ON " + NEXT + ".")
                            .replace("REFERENCES " + LIVE + ".", "REFERENCES " + NEXT + "."));
                }
            }
        }
        return statements;
    }

    /**
     * The indexes marked as answering reads only, built in one pass over each rebuilt table (a
     * switch that fails keeps them for the next try), and marked so again for the next rebuild.
     */
    private static void buildIndexesAnsweringReadsOnly(Statement sql, List<String> tables) throws SQLException {
        // definitions read with the live schema on the path name its tables without it
        sql.execute("SET LOCAL search_path TO " + LIVE + ", public");
        List<String> definitions = definitions(sql, indexes(true), tables);
        sql.execute("SET LOCAL search_path TO " + NEXT + ", public");
        log.info("Every event is replayed; building the {} indexes that only answer reads", definitions.size());
        for (String definition : definitions) {
            Matcher index = INDEX_NAME.matcher(definition);
            if (!index.find()) {
                throw new SQLException("Not an index's definition: " + definition);
            }
            sql.execute(index.replaceFirst("CREATE $1INDEX IF NOT EXISTS $2 ON "));
            sql.execute("COMMENT ON INDEX " + NEXT + "." + index.group(2) + " IS '" + READS_ONLY + "'");
        }
    }

    /**
     * The definitions of {@value #LIVE}'s indexes that are not its keys' (those come with the
     * constraints): those built as the events are replayed, or (with {@code answeringReadsOnly})
     * those marked as answering reads only ({@value #READS_ONLY}), built after the replay.
     */
    private static String indexes(boolean answeringReadsOnly) {
        return "SELECT t.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i"
                + " JOIN pg_class t ON t.oid = i.indrelid WHERE t.relnamespace = '" + LIVE + "'::regnamespace"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid"
                + " AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'))"
                + " AND coalesce(obj_description(i.indexrelid, 'pg_class') = '" + READS_ONLY + "', false) = "
                + answeringReadsOnly + " ORDER BY t.relname, i.indexrelid::regclass::text";
    }

    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
