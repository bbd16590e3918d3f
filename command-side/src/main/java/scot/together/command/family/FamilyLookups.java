package scot.together.command.family;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.annotation.Lazy;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.command.CommandSideConfiguration;
import scot.together.command.lookups.Lookups;
import scot.together.command.family.ApartWithoutApproval.Approval;
import scot.together.command.family.ApartWithoutApproval.Link;
import scot.together.command.family.ApartWithoutApproval.Whereabouts;
import scot.together.events.CareCategory;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.events.child.ChildPlaced;
import scot.together.events.child.ChildRegistered;
import scot.together.events.child.EpisodeCategoryChanged;
import scot.together.events.child.EpisodeEnded;
import scot.together.events.child.EpisodeStarted;
import scot.together.events.family.BrothersAndSistersEnded;
import scot.together.events.family.BrothersAndSistersRecorded;
import scot.together.events.family.SeparationApproved;
import scot.together.events.family.ChildPair;
import scot.together.events.family.SeparationEnded;
import scot.together.events.family.SeparationPairsNamed;
import scot.together.platform.CareTimeline;
import scot.together.platform.corrections.FollowsRecords;
import scot.together.platform.corrections.RecordFollowers;
import scot.together.platform.ProjectionWrites;

/**
 * The command side's look-ups of children, brothers and sisters, where each child lives and
 * approved separations, kept by a subscribing processor in the same transaction as the events
 * (Axon's set-based validation), so a command sees exactly what has been recorded.
 */
@Component
@ProcessingGroup(CommandSideConfiguration.CONSISTENT_LOOKUPS)
public class FamilyLookups implements ChildrenOnRecord, FollowsRecords {

    /** First half of every advisory lock key here, so they never meet other locks (e.g. idempotency's). */
    private static final int CHILD_LOCKS = 4;

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;
    private final CareTimeline timeline;
    private final RecordFollowers corrections;
    private final Lookups lookups;

    public FamilyLookups(JdbcTemplate jdbc, ProjectionWrites writes, RecordFollowers corrections,
                         @Lazy Lookups lookups) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.timeline = new CareTimeline(writes, "command.care_range", "command.home_range");
        this.corrections = corrections;
        this.lookups = lookups;
    }

    @EventHandler
    void on(ChildRegistered event) {
        writes.write("INSERT INTO command.child_on_record (child_id, given_name, family_name, date_of_birth)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", event.childId(), event.givenName(),
                event.familyName(), Date.valueOf(event.dateOfBirth()));
    }

    @EventHandler
    void on(EpisodeStarted event) {
        timeline.on(event);
    }

    @EventHandler
    void on(EpisodeCategoryChanged event) {
        timeline.on(event);
    }

    @EventHandler
    void on(EpisodeEnded event) {
        timeline.on(event);
    }

    @EventHandler
    void on(ChildPlaced event) {
        timeline.on(event);
    }

    @EventHandler
    void on(BrothersAndSistersRecorded event) {
        writes.write("INSERT INTO command.brothers_and_sisters (relationship_id, child_id, other_child_id, since)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", event.relationshipId(), event.childId(),
                event.otherChildId(), Date.valueOf(event.effectiveDate()));
    }

    @EventHandler
    void on(BrothersAndSistersEnded event) {
        writes.write("UPDATE command.brothers_and_sisters SET ended_on = ? WHERE relationship_id = ?",
                Date.valueOf(event.effectiveDate()), event.relationshipId());
    }

    @EventHandler
    void on(SeparationApproved event) {
        for (UUID child : event.childIds()) {
            writes.write("INSERT INTO command.approved_separation (separation_id, child_id, decided_on)"
                            + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING", event.separationId(), child,
                    Date.valueOf(event.effectiveDate()));
        }
    }

    @EventHandler
    void on(SeparationPairsNamed event) {
        for (ChildPair pair : event.apart()) {
            UUID first = pair.childId().compareTo(pair.otherChildId()) < 0 ? pair.childId() : pair.otherChildId();
            UUID second = first.equals(pair.childId()) ? pair.otherChildId() : pair.childId();
            writes.write("INSERT INTO command.separation_pair (separation_id, child_id, other_child_id)"
                    + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING", event.separationId(), first, second);
        }
    }

    @EventHandler
    void on(SeparationEnded event) {
        writes.write("UPDATE command.approved_separation SET ended_on = ? WHERE separation_id = ?",
                Date.valueOf(event.effectiveDate()), event.separationId());
    }

    @EventHandler
    void on(RecordMarkedInError correction, DomainEventMessage<?> message) {
        corrections.correct(message, this);
    }

    @ResetHandler
    void reset() {
        writes.write("TRUNCATE command.child_on_record, command.care_range, command.home_range,"
                + " command.brothers_and_sisters, command.approved_separation, command.separation_pair");
    }

    @Override
    public void forget(UUID recordId) {
        for (String table : List.of("child_on_record", "care_range", "home_range")) {
            writes.write("DELETE FROM command." + table + " WHERE child_id = ?", recordId);
        }
        writes.write("DELETE FROM command.brothers_and_sisters WHERE relationship_id = ?", recordId);
        writes.write("DELETE FROM command.approved_separation WHERE separation_id = ?", recordId);
        writes.write("DELETE FROM command.separation_pair WHERE separation_id = ?", recordId);
    }

    @Override
    public Optional<ChildOnRecord> find(UUID childId) {
        return jdbc.query("SELECT given_name, family_name, date_of_birth FROM command.child_on_record"
                        + " WHERE child_id = ?", (rs, row) -> new ChildOnRecord(childId,
                        rs.getString(1) + " " + rs.getString(2), rs.getDate(3).toLocalDate()), childId)
                .stream().findFirst();
    }

    @Override
    public boolean relatedNow(UUID childId, UUID otherChildId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM command.brothers_and_sisters"
                + " WHERE ended_on IS NULL AND ((child_id = ? AND other_child_id = ?)"
                + " OR (child_id = ? AND other_child_id = ?)))", Boolean.class,
                childId, otherChildId, otherChildId, childId));
    }

    /**
     * Locks the children in one fixed order (of their lock keys), so that two transactions
     * locking overlapping sets wait for each other instead of deadlocking; then brings the
     * look-ups up to every event acknowledged before the locks were granted.
     */
    @Override
    public void lock(Collection<UUID> childIds) {
        List<Integer> keys = jdbc.queryForList("SELECT DISTINCT hashtext(id::text) AS k FROM unnest(?::uuid[]) AS id"
                + " ORDER BY k", Integer.class, (Object) childIds.toArray(UUID[]::new));
        for (Integer key : keys) {
            jdbc.query("SELECT pg_advisory_xact_lock(?, ?)", rs -> null, CHILD_LOCKS, key);
        }
        lookups.catchUp();
    }

    /** Every relationship ever recorded for the child, ended or not. */
    List<Link> linksOf(UUID childId) {
        return jdbc.query("SELECT child_id, other_child_id, since, ended_on FROM command.brothers_and_sisters"
                        + " WHERE child_id = ? OR other_child_id = ?",
                (rs, row) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getDate(3).toLocalDate(), rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()),
                childId, childId);
    }

    /** Where each of the children is on the date: accommodated or not, and their home then. */
    Map<UUID, Whereabouts> whereabouts(Collection<UUID> childIds, LocalDate date) {
        Map<UUID, Whereabouts> found = new HashMap<>();
        Date day = Date.valueOf(date);
        jdbc.query("""
                SELECT c.child_id, c.given_name || ' ' || c.family_name AS name,
                       EXISTS (SELECT 1 FROM command.care_range r WHERE r.child_id = c.child_id AND r.category = ?
                               AND r.from_date <= ? AND (r.to_date IS NULL OR r.to_date > ?)) AS accommodated,
                       (SELECT h.home_id FROM command.home_range h WHERE h.child_id = c.child_id
                               AND h.from_date <= ? AND (h.to_date IS NULL OR h.to_date > ?)) AS home_id
                FROM command.child_on_record c WHERE c.child_id = ANY (?::uuid[])
                """, rs -> {
            UUID id = rs.getObject("child_id", UUID.class);
            found.put(id, new Whereabouts(id, rs.getString("name"), rs.getBoolean("accommodated"),
                    rs.getObject("home_id", UUID.class)));
        }, CareCategory.LOOKED_AFTER_AWAY_FROM_HOME.name(), day, day, day, day, childIds.toArray(UUID[]::new));
        return found;
    }

    /** The approved separations that list the child, each with the pairs it names (none: every pair). */
    List<Approval> approvalsOf(UUID childId) {
        Map<UUID, Set<Set<UUID>>> pairs = new HashMap<>();
        jdbc.query("SELECT separation_id, child_id, other_child_id FROM command.separation_pair WHERE separation_id"
                + " IN (SELECT separation_id FROM command.approved_separation WHERE child_id = ?)", rs -> {
                    pairs.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                            .add(Set.of(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)));
                }, childId);
        Map<UUID, Set<UUID>> children = new HashMap<>();
        Map<UUID, LocalDate[]> dates = new HashMap<>();
        jdbc.query("SELECT separation_id, child_id, decided_on, ended_on FROM command.approved_separation"
                + " WHERE separation_id IN (SELECT separation_id FROM command.approved_separation WHERE child_id = ?)",
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    children.computeIfAbsent(id, k -> new HashSet<>()).add(rs.getObject(2, UUID.class));
                    dates.put(id, new LocalDate[] {rs.getDate(3).toLocalDate(),
                            rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()});
                }, childId);
        return children.entrySet().stream().map(e -> new Approval(e.getKey(), e.getValue(),
                pairs.getOrDefault(e.getKey(), Set.of()), dates.get(e.getKey())[0], dates.get(e.getKey())[1]))
                .toList();
    }
}
