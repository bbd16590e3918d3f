package scot.together.query.children;

import java.sql.Date;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.events.child.CouncilReferenceRecorded;
import scot.together.platform.ProjectionWrites;
import scot.together.platform.corrections.FollowsRecords;
import scot.together.platform.corrections.RecordFollowers;

/**
 * The references the council knows each child by, each with its place in the child's record (so
 * the latest is the one in use). Handlers are idempotent; a correction forgets the child's rows
 * and applies its standing events again. Kept by the children's read model (its processing
 * group), so it is rebuilt with it and takes no processor of its own.
 */
@Component
@ProcessingGroup(ChildrenProjection.GROUP)
public class CouncilReferenceProjection implements FollowsRecords {

    private final ProjectionWrites writes;
    private final RecordFollowers corrections;

    public CouncilReferenceProjection(ProjectionWrites writes, RecordFollowers corrections) {
        this.writes = writes;
        this.corrections = corrections;
    }

    @EventHandler
    void on(CouncilReferenceRecorded event, DomainEventMessage<?> message) {
        writes.write("INSERT INTO child_reference (child_id, sequence, reference, from_date) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", event.childId(), message.getSequenceNumber(), event.reference(),
                Date.valueOf(event.effectiveDate()));
    }

    @EventHandler
    void on(RecordMarkedInError correction, DomainEventMessage<?> message) {
        corrections.correct(message, this);
    }

    @Override
    public void forget(UUID recordId) {
        writes.write("DELETE FROM child_reference WHERE child_id = ?", recordId);
    }

    @ResetHandler
    void reset() {
        writes.write("TRUNCATE child_reference");
    }
}
