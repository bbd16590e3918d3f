package scot.together.query.caseload;

import java.sql.Date;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.events.child.ChildAllocated;
import scot.together.events.family.SeparationMoveProposed;
import scot.together.platform.corrections.FollowsRecords;
import scot.together.platform.corrections.RecordFollowers;
import scot.together.query.children.ChildrenProjection;
import scot.together.platform.ProjectionWrites;

/**
 * Who each child is allocated to, as date ranges, and the moves separation requests are for.
 * A child's allocations arrive in order (each after the one before), so each new one ends the
 * one still open. Handlers are idempotent; a correction forgets the record's rows and applies
 * its standing events again. Kept by the children's read model (its processing group), so it is
 * rebuilt with it and takes no processor (nor database connections) of its own.
 */
@Component
@ProcessingGroup(ChildrenProjection.GROUP)
public class CaseloadProjection implements FollowsRecords {

    private final ProjectionWrites writes;
    private final RecordFollowers corrections;

    public CaseloadProjection(ProjectionWrites writes, RecordFollowers corrections) {
        this.writes = writes;
        this.corrections = corrections;
    }

    @EventHandler
    void on(ChildAllocated event) {
        Date from = Date.valueOf(event.effectiveDate());
        writes.write("UPDATE allocation SET to_date = ? WHERE child_id = ? AND from_date < ?"
                + " AND (to_date IS NULL OR to_date > ?)", from, event.childId(), from, from);
        writes.write("INSERT INTO allocation (child_id, from_date, worker, team) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", event.childId(), from, event.worker(), event.team());
    }

    @EventHandler
    void on(SeparationMoveProposed event) {
        writes.write("""
                INSERT INTO proposed_move (separation_id, child_id, home_id, move_on, proposed_on)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (separation_id, child_id) DO UPDATE
                SET home_id = EXCLUDED.home_id, move_on = EXCLUDED.move_on, proposed_on = EXCLUDED.proposed_on
                """, event.separationId(), event.childId(), event.homeId(), Date.valueOf(event.moveOn()),
                Date.valueOf(event.effectiveDate()));
    }

    @EventHandler
    void on(RecordMarkedInError correction, DomainEventMessage<?> message) {
        corrections.correct(message, this);
    }

    @Override
    public void forget(UUID recordId) {
        writes.write("DELETE FROM allocation WHERE child_id = ?", recordId);
        writes.write("DELETE FROM proposed_move WHERE separation_id = ?", recordId);
    }

    @ResetHandler
    void reset() {
        writes.write("TRUNCATE allocation, proposed_move");
    }
}
