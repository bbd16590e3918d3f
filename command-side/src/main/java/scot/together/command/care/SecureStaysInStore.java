package scot.together.command.care;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.command.CommandSideConfiguration;
import scot.together.command.family.ChildrenOnRecord;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.events.care.SecureCareAdmitted;
import scot.together.events.care.SecureCareDischarged;
import scot.together.platform.corrections.FollowsRecords;
import scot.together.platform.corrections.RecordFollowers;
import scot.together.platform.ProjectionWrites;

/**
 * The look-up of stays in secure care, kept by the subscribing processor in the same
 * transaction as the events. Each stay is its own aggregate, so no aggregate sees a child's
 * other stays: the child's advisory lock (the same one moves and relationships take, held in
 * the database until the transaction ends) serialises the admissions of one child, on any
 * number of processes, and the second sees the first.
 */
@Component
@ProcessingGroup(CommandSideConfiguration.CONSISTENT_LOOKUPS)
public class SecureStaysInStore implements SecureStays, FollowsRecords {

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;
    private final ChildrenOnRecord children;
    private final RecordFollowers corrections;

    public SecureStaysInStore(JdbcTemplate jdbc, ProjectionWrites writes, ChildrenOnRecord children,
                              RecordFollowers corrections) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.children = children;
        this.corrections = corrections;
    }

    @Override
    public Optional<Stay> overlapping(UUID childId, LocalDate admittedOn) {
        children.lock(List.of(childId));
        return jdbc.query("SELECT stay_id, admitted_on, discharged_on FROM command.secure_stay WHERE child_id = ?"
                        + " AND (discharged_on IS NULL OR discharged_on > ?) ORDER BY admitted_on LIMIT 1",
                (rs, row) -> new Stay(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()),
                childId, Date.valueOf(admittedOn)).stream().findFirst();
    }

    @EventHandler
    void on(SecureCareAdmitted event, DomainEventMessage<?> message) {
        writes.write("INSERT INTO command.secure_stay (stay_id, child_id, admitted_on, admitted_event)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", event.stayId(), event.childId(),
                Date.valueOf(event.effectiveDate()), message.getIdentifier());
    }

    @EventHandler
    void on(SecureCareDischarged event, DomainEventMessage<?> message) {
        writes.write("UPDATE command.secure_stay SET discharged_on = ?, discharged_event = ? WHERE stay_id = ?",
                Date.valueOf(event.effectiveDate()), message.getIdentifier(), event.stayId());
    }

    @EventHandler
    void on(RecordMarkedInError correction, DomainEventMessage<?> message) {
        corrections.correct(message, this);
    }

    @ResetHandler
    void reset() {
        writes.write("TRUNCATE command.secure_stay");
    }

    @Override
    public void forget(UUID recordId) {
        writes.write("DELETE FROM command.secure_stay WHERE stay_id = ?", recordId);
    }
}
