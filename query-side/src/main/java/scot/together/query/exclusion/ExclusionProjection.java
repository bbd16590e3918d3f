package scot.together.query.exclusion;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import scot.together.api.RecordedBy;
import scot.together.events.exclusion.ExclusionApprovalGiven;
import scot.together.events.exclusion.ExclusionProposed;
import scot.together.events.exclusion.ExclusionRefused;
import scot.together.events.exclusion.InformalExclusionRecorded;
import scot.together.platform.corrections.FollowsRecords;
import scot.together.platform.corrections.RecordFollowers;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.query.audit.BoardRecords;
import scot.together.platform.ProjectionWrites;

/**
 * Exclusions and every head's decision that stands, for the list and the board's report. The
 * status is worked out when read, from the decisions (see {@code ExclusionQueries}).
 */
@Component
@ProcessingGroup(BoardRecords.GROUP)
public class ExclusionProjection implements FollowsRecords {

    private final ProjectionWrites writes;
    private final RecordFollowers corrections;

    public ExclusionProjection(ProjectionWrites writes, RecordFollowers corrections) {
        this.writes = writes;
        this.corrections = corrections;
    }

    @EventHandler
    void on(ExclusionProposed event, EventMessage<?> message, @MetaDataValue(RecordedBy.ROLE) String role) {
        writes.write("""
                INSERT INTO exclusion (id, source_event, child_id, formal, school, start_date, days, reason,
                    counted_on, proposed_by, proposed_role, proposed_at)
                VALUES (?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                event.exclusionId(), message.getIdentifier(), event.childId(), event.school(),
                Date.valueOf(event.startDate()), event.days(), event.reason(),
                Date.valueOf(event.effectiveDate()), event.proposedBy(), role, at(message.getTimestamp()));
    }

    @EventHandler
    void on(InformalExclusionRecorded event, EventMessage<?> message, @MetaDataValue(RecordedBy.USER) String user,
            @MetaDataValue(RecordedBy.ROLE) String role) {
        writes.write("""
                INSERT INTO exclusion (id, source_event, child_id, formal, school, start_date, days, reason,
                    counted_on, proposed_by, proposed_role, proposed_at)
                VALUES (?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                event.exclusionId(), message.getIdentifier(), event.childId(), event.school(),
                Date.valueOf(event.effectiveDate()), event.days(), event.description(),
                Date.valueOf(event.effectiveDate()), user, role,
                at(message.getTimestamp()));
    }

    @EventHandler
    void on(ExclusionApprovalGiven event, EventMessage<?> message) {
        decision(message, event.exclusionId(), event.approvedBy(), event.role(), "APPROVED", event.comment());
    }

    @EventHandler
    void on(ExclusionRefused event, EventMessage<?> message) {
        decision(message, event.exclusionId(), event.refusedBy(), event.role(), "REFUSED", event.reason());
    }

    private void decision(EventMessage<?> message, Object exclusionId, String by, String role, String decision,
                          String comment) {
        writes.write("INSERT INTO exclusion_decision (event_id, exclusion_id, decided_by, role, decision,"
                        + " comment, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                message.getIdentifier(), exclusionId, by, role, decision, comment, at(message.getTimestamp()));
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    @EventHandler
    void on(RecordMarkedInError correction, DomainEventMessage<?> message) {
        corrections.correct(message, this);
    }

    @Override
    public void forget(UUID recordId) {
        writes.write("DELETE FROM exclusion_decision WHERE exclusion_id = ?", recordId);
        writes.write("DELETE FROM exclusion WHERE id = ?", recordId);
    }

    @ResetHandler
    void reset() {
        writes.write("TRUNCATE exclusion, exclusion_decision");
    }
}
