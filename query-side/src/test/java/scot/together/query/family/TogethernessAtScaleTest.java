package scot.together.query.family;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import scot.together.api.togetherness.TogethernessFigures;
import scot.together.api.togetherness.TogethernessReport;
import scot.together.api.togetherness.TogethernessTrend;
import scot.together.platform.DatabaseRoles;
import scot.together.platform.SchemaMigration;

/**
 * 20,000 children looked after away from home (domain.md's scale) in 5,000 groups of four,
 * straight into the read model's tables: the report as at a date and a year's trend stay fast.
 */
class TogethernessAtScaleTest {

    private static EmbeddedPostgres postgres;
    private static TogethernessQueries queries;

    @BeforeAll
    static void twentyThousandChildren() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        SchemaMigration.migrate(postgres.getPostgresDatabase(), "query");
        // one connection, as the service's pool keeps them, with its search path (read models named without schema)
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(postgres.getDatabase("postgres",
                "postgres", Map.of("currentSchema", DatabaseRoles.SEARCH_PATH)).getConnection(), true));
        // child n of group g = n / 4: the first three share a home, the fourth has none recorded
        jdbc.execute("""
                CREATE TEMP TABLE kid AS SELECT n, gen_random_uuid() AS id, gen_random_uuid() AS episode,
                       md5((n / 4)::text)::uuid AS home FROM generate_series(0, 19999) AS n;
                INSERT INTO query.care_status (child_id, episode_id, category, from_date)
                    SELECT id, episode, 'LOOKED_AFTER_AWAY_FROM_HOME', DATE '2020-01-01' + (n % 365) FROM kid;
                INSERT INTO query.child_home (child_id, episode_id, home_id, from_date, move_number)
                    SELECT id, episode, home, DATE '2020-01-01' + (n % 365), 0 FROM kid WHERE n % 4 <> 3;
                INSERT INTO query.brothers_and_sisters (relationship_id, child_id, other_child_id, kind, since)
                    SELECT gen_random_uuid(), a.id, b.id, 'FULL', DATE '2015-01-01'
                    FROM kid a JOIN kid b ON b.n = a.n + 1 AND a.n / 4 = b.n / 4;
                ANALYZE;
                """);
        queries = new TogethernessQueries(jdbc);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void asAtADateInWellUnderASecond() {
        queries.handle(new TogethernessReport(LocalDate.of(2022, 1, 1))); // warm up
        long started = System.nanoTime();
        TogethernessFigures figures = queries.handle(new TogethernessReport(LocalDate.of(2022, 1, 1)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(figures.children()).isEqualTo(20000);
        assertThat(figures.groups().count()).isEqualTo(5000);
        assertThat(figures.groups().partlyTogether()).isEqualTo(5000);
        // in each chain A–B–C–D: A and B live with all, C with some (B, not D), D with none
        assertThat(figures.livingWithAll().count()).isEqualTo(10000);
        assertThat(figures.livingWithSome().count()).isEqualTo(5000);
        assertThat(figures.livingWithNone().count()).isEqualTo(5000);
        assertThat(millis).as("milliseconds for 20,000 children").isLessThan(1500);
    }

    @Test
    void aYearsTrendInAFewSeconds() {
        long started = System.nanoTime();
        var trend = queries.handle(new TogethernessTrend(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(trend.points()).hasSize(12);
        // by 31 January 2020 the children of days 0..30 of the cycle (n % 365 <= 30) have begun
        assertThat(trend.points().get(11).children()).isEqualTo(20000);
        assertThat(millis).as("milliseconds for twelve month ends").isLessThan(12000);
    }
}
