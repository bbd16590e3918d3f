package scot.together.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Held writes leave exactly what writes sent one by one leave, or nothing at all. */
class ProjectionWritesTest {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private static TransactionTemplate transaction;

    private final ProjectionWrites writes = new ProjectionWrites(jdbc);
    private final AtomicInteger failures = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                postgres.getDatabase("postgres", "postgres").getConnection(), true);
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        jdbc.execute("CREATE TABLE home_range (child_id UUID, home TEXT NOT NULL, from_date DATE, to_date DATE,"
                + " move_number INT, previous_ending TEXT, PRIMARY KEY (child_id, from_date))");
        jdbc.execute("CREATE TABLE log (id VARCHAR PRIMARY KEY, at TIMESTAMPTZ, day DATE, n BIGINT, note TEXT)");
        jdbc.execute("CREATE TABLE log_child (id VARCHAR REFERENCES log, child UUID, PRIMARY KEY (id, child))");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void empty() {
        jdbc.execute("TRUNCATE home_range, log_child, log");
    }

    /** What a read model's handlers write for a child's three homes: each statement reads what the last one left. */
    private void threeHomes(UUID child) {
        LocalDate[] dates = {LocalDate.of(2020, 1, 6), LocalDate.of(2021, 3, 1), LocalDate.of(2024, 9, 30)};
        for (int i = 0; i < dates.length; i++) {
            Date from = Date.valueOf(dates[i]);
            writes.write("UPDATE home_range SET to_date = ? WHERE child_id = ? AND to_date IS NULL", from, child);
            writes.write("INSERT INTO home_range (child_id, home, from_date, move_number, previous_ending)"
                            + " SELECT ?, ?, ?, (SELECT count(*) FROM home_range WHERE child_id = ?), ?",
                    child, "home " + i, from, child, i == 0 ? null : "PLANNED");
        }
    }

    private String homes(UUID child) {
        return jdbc.queryForList("SELECT home || ' ' || from_date || '..' || coalesce(to_date::text, '') || ' #'"
                + " || move_number || ' ' || coalesce(previous_ending, '-') FROM home_range WHERE child_id = ?"
                + " ORDER BY from_date", String.class, child).toString();
    }

    @Test
    void heldWritesLeaveWhatWritesOneByOneLeave() {
        UUID oneByOne = UUID.randomUUID();
        transaction.executeWithoutResult(status -> threeHomes(oneByOne));
        UUID held = UUID.randomUUID();
        transaction.executeWithoutResult(status -> hold(() -> threeHomes(held)));

        assertThat(homes(held)).isEqualTo(homes(oneByOne)).isEqualTo("[home 0 2020-01-06..2021-03-01 #0 -,"
                + " home 1 2021-03-01..2024-09-30 #1 PLANNED, home 2 2024-09-30.. #2 PLANNED]");
    }

    @Test
    void heldWritesWaitForTheCommitUnlessAReadFlushesThem() {
        UUID child = UUID.randomUUID();
        transaction.executeWithoutResult(status -> hold(() -> {
            threeHomes(child);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM home_range", Long.class)).isZero();
            writes.flush();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM home_range", Long.class)).isEqualTo(3);
        }));
    }

    @Test
    void manyHeldWritesGoInSeveralTrips() {
        transaction.executeWithoutResult(status -> hold(() -> {
            for (int i = 0; i < ProjectionWrites.MOST_IN_ONE_TRIP * 2 + 7; i++) {
                writes.write("INSERT INTO home_range (child_id, home, from_date) VALUES (?, ?, ?)", UUID.randomUUID(),
                        "home", Date.valueOf(LocalDate.of(2025, 1, 1)));
            }
        }));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM home_range", Long.class))
                .isEqualTo(ProjectionWrites.MOST_IN_ONE_TRIP * 2 + 7L);
    }

    @Test
    void aFailingHeldWriteRollsBackTheWholeTransactionAndSaysSo() {
        UUID child = UUID.randomUUID();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> hold(() -> {
            threeHomes(child);
            writes.write("INSERT INTO home_range (child_id, home, from_date) VALUES (?, ?, ?)", child, null,
                    Date.valueOf(LocalDate.of(2025, 1, 1)));
            threeHomes(UUID.randomUUID());
        }))).isInstanceOf(DataAccessException.class);

        assertThat(failures).hasValue(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM home_range", Long.class)).isZero();
    }

    @Test
    void writesOutsideHoldingGoAtOnceAfterAnyHeldBeforeThem() {
        UUID child = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            hold(() -> writes.write("INSERT INTO home_range (child_id, home, from_date) VALUES (?, ?, ?)", child,
                    "first", Date.valueOf(LocalDate.of(2025, 1, 1))));
            writes.write("UPDATE home_range SET home = home || ', then second' WHERE child_id = ?", child);
            assertThat(jdbc.queryForObject("SELECT home FROM home_range", String.class)).isEqualTo("first, then second");
        });
    }

    @Test
    void eachHeldStatementIsPreparedOncePerSessionAndKeptThroughARollback() {
        long before = preparedWrites();
        UUID child = UUID.randomUUID();
        transaction.executeWithoutResult(status -> hold(() -> threeHomes(child)));
        long prepared = preparedWrites();
        assertThat(prepared - before).as("the update, and the insert with and without a previous ending").isEqualTo(3);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> hold(() -> {
            threeHomes(UUID.randomUUID());
            writes.write("INSERT INTO home_range (child_id, home, from_date) VALUES (?, ?, ?)", child, null,
                    Date.valueOf(LocalDate.of(2025, 1, 1)));
        }))).isInstanceOf(DataAccessException.class);
        UUID another = UUID.randomUUID();
        transaction.executeWithoutResult(status -> hold(() -> threeHomes(another)));

        assertThat(homes(another)).isEqualTo(homes(child));
        assertThat(preparedWrites()).as("one more: the failing insert's").isEqualTo(prepared + 1);
    }

    @Test
    void aStatementPostgresCannotPrepareIsSentAsItIs() {
        transaction.executeWithoutResult(status -> hold(() -> {
            threeHomes(UUID.randomUUID());
            writes.write("TRUNCATE home_range");
            writes.write("INSERT INTO home_range (child_id, home, from_date) VALUES (?, ?, ?)", UUID.randomUUID(),
                    "after", Date.valueOf(LocalDate.of(2025, 1, 1)));
        }));
        assertThat(jdbc.queryForList("SELECT home FROM home_range", String.class)).containsExactly("after");
    }

    @Test
    void aSessionThatLostItsPreparedStatementsPreparesThemAgainAfterOneFailedBatch() {
        transaction.executeWithoutResult(status -> hold(() -> threeHomes(UUID.randomUUID())));
        jdbc.execute("DEALLOCATE ALL");
        UUID child = UUID.randomUUID();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> hold(() -> threeHomes(child))))
                .isInstanceOf(DataAccessException.class);
        assertThat(failures).hasValue(1);
        transaction.executeWithoutResult(status -> hold(() -> threeHomes(child)));
        assertThat(homes(child)).contains("home 2 2024-09-30..");
    }

    private static final AppendOnlyTable LOG = AppendOnlyTable.of("log", "(id)", "id varchar", "at timestamptz",
            "day date", "n bigint", "note text");
    private static final AppendOnlyTable LOG_CHILD = AppendOnlyTable.of("log_child", "", "id varchar", "child uuid");

    /** What the audit's handler writes for one event: its row, then its children's, which refer to it. */
    private void logged(String id, UUID... children) {
        writes.append(LOG, List.<Object[]>of(new Object[] {id, Timestamp.from(Instant.parse("2025-03-01T09:30:00.123456Z")),
                LocalDate.of(2025, 2, 28), 7L, id.endsWith("2") ? null : "it's \"quoted\", {braced} and \\ slashed"}));
        writes.append(LOG_CHILD, Arrays.stream(children).map(child -> new Object[] {id, child}).toList());
    }

    private String log() {
        return jdbc.queryForList("SELECT l.id || ' ' || to_char(l.at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || ' '"
                + " || l.day || ' ' || l.n || ' ' || coalesce(l.note, '-') || ' ' || count(c.child)"
                + " FROM log l LEFT JOIN log_child c ON c.id = l.id GROUP BY l.id ORDER BY l.id", String.class).toString();
    }

    @Test
    void rowsHeldForTablesThatOnlyGainRowsLeaveWhatRowsAddedAtOnceLeave() {
        transaction.executeWithoutResult(status -> {
            logged("a1", UUID.randomUUID(), UUID.randomUUID());
            logged("a2");
        });
        String atOnce = log();
        empty();
        transaction.executeWithoutResult(status -> hold(() -> {
            logged("a1", UUID.randomUUID(), UUID.randomUUID());
            logged("a2");
            logged("a1");  // the same event again (a batch taken twice): already there, left as it is
            assertThat(jdbc.queryForObject("SELECT count(*) FROM log", Long.class)).isZero();
        }));

        assertThat(log()).isEqualTo(atOnce).isEqualTo("[a1 2025-03-01 09:30:00.123456 2025-02-28 7"
                + " it's \"quoted\", {braced} and \\ slashed 2, a2 2025-03-01 09:30:00.123456 2025-02-28 7 - 0]");
    }

    @Test
    void aStatementWrittenAfterHeldRowsSeesThem() {
        transaction.executeWithoutResult(status -> hold(() -> {
            logged("b1", UUID.randomUUID());
            writes.write("UPDATE log SET note = 'seen' WHERE id = ?", "b1");
            logged("b2");
        }));
        assertThat(jdbc.queryForList("SELECT coalesce(note, '-') FROM log ORDER BY id", String.class))
                .containsExactly("seen", "-");
    }

    @Test
    void heldRowsThatFailRollBackTheWholeTransactionAndSaySo() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> hold(() -> {
            threeHomes(UUID.randomUUID());
            logged("c1");
            writes.append(LOG_CHILD, List.<Object[]>of(new Object[] {"no such log row", UUID.randomUUID()}));
        }))).isInstanceOf(DataAccessException.class);

        assertThat(failures).hasValue(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM log", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM home_range", Long.class)).isZero();
    }

    private long preparedWrites() {
        return jdbc.queryForObject("SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'together_write_%'",
                Long.class);
    }

    private void hold(Runnable handling) {
        try {
            writes.heldUntilCommit(() -> {
                handling.run();
                return null;
            }, failures::incrementAndGet);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
