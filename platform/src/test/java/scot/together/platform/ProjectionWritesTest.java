package scot.together.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Date;
import java.time.LocalDate;
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
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void empty() {
        jdbc.execute("TRUNCATE home_range");
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
