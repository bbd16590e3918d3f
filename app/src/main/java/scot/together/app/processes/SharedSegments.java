package scot.together.app.processes;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shares each read model's segments fairly between the query sides running now: each may
 * claim its share, rounded up, of the segments. A query side that starts makes the others
 * release their surplus (Axon's coordinator does so when this share falls); one that stops or
 * dies leaves the share to the others, who claim its segments once its claims have expired.
 *
 * <p>The query sides running are those with a connection open to the database, each known by
 * its own {@code ApplicationName} ({@value #APPLICATION} and a random id, set in
 * {@code application-query-side.yml}): a process that is killed loses its connections at once,
 * and no table or heartbeat has to be kept.
 */
final class SharedSegments implements MaxSegmentProvider {

    static final String APPLICATION = "together-query-side";
    private static final Logger log = LoggerFactory.getLogger(SharedSegments.class);
    private static final long FRESH_FOR_NANOS = 1_000_000_000L;

    private final JdbcTemplate jdbc;
    private final String countSegments;
    private long readAt;
    private int querySides = 1;
    private Map<String, Integer> segments = Map.of();

    SharedSegments(JdbcTemplate jdbc, TokenSchema schema) {
        this.jdbc = jdbc;
        this.countSegments = "SELECT " + schema.processorNameColumn() + ", count(*) FROM " + schema.tokenTable()
                + " GROUP BY " + schema.processorNameColumn();
    }

    @Override
    public synchronized int getMaxSegments(String processor) {
        if (System.nanoTime() - readAt > FRESH_FOR_NANOS) {
            read();
        }
        Integer count = segments.get(processor);
        if (count == null) {
            return Short.MAX_VALUE; // not yet initialised: the first to start creates and claims them
        }
        return Math.max(1, (count + querySides - 1) / querySides);
    }

    private void read() {
        try {
            Integer running = jdbc.queryForObject("SELECT count(DISTINCT application_name) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND application_name LIKE ?", Integer.class,
                    APPLICATION + " %");
            Map<String, Integer> counted = new HashMap<>();
            jdbc.query(countSegments, rs -> {
                counted.put(rs.getString(1), rs.getInt(2));
            });
            if (running != null && running != querySides) {
                log.info("{} query side(s) running: each claims its share of every read model's segments", running);
            }
            querySides = Math.max(1, running == null ? 1 : running);
            segments = counted;
        } catch (DataAccessException e) {
            log.warn("Could not count the query sides ({}); keeping the last count", e.getClass().getSimpleName());
        }
        readAt = System.nanoTime();
    }
}
