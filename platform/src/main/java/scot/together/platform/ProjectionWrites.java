package scot.together.platform;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How read models and look-ups write. A write is sent at once, except while a batch of replayed
 * events is handled ({@link #heldUntilCommit}): then writes are held, in order, and sent together
 * as one multi-statement round trip (a few hundred statements at most) just before the batch's
 * transaction commits, or before a read that must see them ({@link #flush}). A replay thus costs
 * a few round trips a batch rather than one or more an event, which is what bounded its speed;
 * and each statement is one PostgreSQL prepared and planned once ({@link PreparedOnServer}).
 * The statements run in the order they were written, so they leave what they leave one by one;
 * but a held write can't say how many rows it changed, so a handler never decides on that. Rows
 * for a table that only gains rows go set-based, a statement a table ({@link #append}).
 */
public class ProjectionWrites {

    /** The most statements sent in one round trip: a few hundred keeps every answer in the socket's buffers. */
    static final int MOST_IN_ONE_TRIP = 400;
    /** The most rows held for tables that only gain rows before they are sent. */
    static final int MOST_ROWS_HELD = 5_000;

    private final JdbcTemplate jdbc;
    private final PreparedOnServer prepared = new PreparedOnServer();
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

    public ProjectionWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes now, or, while held, before the transaction commits (after the writes held before it). */
    public void write(String sql, Object... args) {
        if (holding.get()) {
            Held held = held();
            if (!held.rows.isEmpty()) {
                held.send();
            }
            held.statements.add(new Statement(sql, args));
            if (held.statements.size() >= MOST_IN_ONE_TRIP) {
                held.send();
            }
            return;
        }
        flush();
        jdbc.update(sql, args);
    }

    /**
     * Adds rows to a table that only gains rows, in one statement now, or, while held, in one
     * statement for the table before the transaction commits. Held rows go after the statements
     * held before them and before any written after them; rows held for several tables go table
     * by table, in the order the tables were first given rows (so a table's rows may refer to
     * rows of a table given rows before it).
     */
    public void append(AppendOnlyTable table, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (holding.get()) {
            Held held = held();
            held.rows.computeIfAbsent(table, t -> new ArrayList<>()).addAll(rows);
            if (held.rows.values().stream().mapToInt(List::size).sum() >= MOST_ROWS_HELD) {
                held.send();
            }
            return;
        }
        flush();
        jdbc.update(table.insert(), table.asColumns(rows));
    }

    /**
     * Handles with writes held until the transaction commits. Outside a transaction with
     * synchronisation, writes go at once. If sending them fails, the transaction rolls back
     * and {@code ifSendingFails} is told (so that the batch can be taken again one event at a time).
     */
    public <T> T heldUntilCommit(Callable<T> handling, Runnable ifSendingFails) throws Exception {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return handling.call();
        }
        if (TransactionSynchronizationManager.getResource(this) == null) {
            Held held = new Held(ifSendingFails);
            TransactionSynchronizationManager.bindResource(this, held);
            TransactionSynchronizationManager.registerSynchronization(held);
        }
        boolean before = holding.get();
        holding.set(true);
        try {
            return handling.call();
        } finally {
            holding.set(before);
        }
    }

    /** Sends the writes held in this transaction, if any, so that a read sees them. */
    public void flush() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Held held) {
            held.send();
        }
    }

    private Held held() {
        return (Held) TransactionSynchronizationManager.getResource(this);
    }

    private record Statement(String sql, Object[] args) {
    }

    /** The writes held in one transaction, sent before it commits. */
    private final class Held implements TransactionSynchronization {

        private final List<Statement> statements = new ArrayList<>();
        private final Map<AppendOnlyTable, List<Object[]>> rows = new LinkedHashMap<>();
        private final Runnable ifSendingFails;

        private Held(Runnable ifSendingFails) {
            this.ifSendingFails = ifSendingFails;
        }

        void send() {
            sendStatements();
            if (rows.isEmpty()) {
                return;
            }
            Map<AppendOnlyTable, List<Object[]>> sending = new LinkedHashMap<>(rows);
            rows.clear();
            try {
                sending.forEach((table, added) -> jdbc.update(table.insert(), table.asColumns(added)));
            } catch (RuntimeException e) {
                ifSendingFails.run();
                throw e;
            }
        }

        private void sendStatements() {
            if (statements.isEmpty()) {
                return;
            }
            List<Statement> sending = List.copyOf(statements);
            statements.clear();
            try {
                jdbc.execute((ConnectionCallback<Void>) connection -> {
                    List<PreparedOnServer.Sent> sent = new ArrayList<>(sending.size());
                    StringJoiner sql = new StringJoiner(";\n").add(PreparedOnServer.PLAN_BY_KEY);
                    boolean anyBound = false;
                    for (Statement statement : sending) {
                        PreparedOnServer.Sent one = prepared.asSent(connection, statement.sql(), statement.args());
                        anyBound |= !one.argumentsInText() && statement.args().length > 0;
                        sent.add(one);
                        sql.add(one.sql());
                    }
                    try {
                        if (anyBound) {
                            try (PreparedStatement all = connection.prepareStatement(sql.toString())) {
                                new Parameters(sending, sent).setValues(all);
                                all.execute();
                            }
                        } else {
                            // nothing to bind: a plain statement, which the driver neither caches nor rewrites
                            try (java.sql.Statement all = connection.createStatement()) {
                                all.setEscapeProcessing(false);
                                all.execute(sql.toString());
                            }
                        }
                    } catch (SQLException e) {
                        if (PreparedOnServer.NO_SUCH_PREPARED_STATEMENT.equals(e.getSQLState())) {
                            prepared.forget(connection);
                        }
                        throw e;
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                ifSendingFails.run();
                throw e;
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            send();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ProjectionWrites.this);
        }
    }

    /** Every statement's arguments, numbered on from the last one's, set as JdbcTemplate sets them. */
    private static final class Parameters extends ArgumentPreparedStatementSetter {

        private final List<Statement> statements;
        private final List<PreparedOnServer.Sent> sent;

        Parameters(List<Statement> statements, List<PreparedOnServer.Sent> sent) {
            super(null);
            this.statements = statements;
            this.sent = sent;
        }

        @Override
        public void setValues(PreparedStatement ps) throws SQLException {
            int position = 1;
            for (int i = 0; i < statements.size(); i++) {
                position = sent.get(i).bind(ps, position, statements.get(i).args(), this::doSetValue);
            }
        }
    }
}
