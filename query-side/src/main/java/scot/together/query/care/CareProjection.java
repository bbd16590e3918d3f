package scot.together.query.care;

import java.sql.Date;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;
import scot.together.events.care.PermanencePlanRecorded;
import scot.together.events.care.PhysicalInterventionRecorded;
import scot.together.events.care.SecureCareAdmitted;
import scot.together.events.care.SecureCareDischarged;
import scot.together.platform.corrections.FollowsRecords;
import scot.together.platform.corrections.RecordFollowers;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.query.audit.BoardRecords;
import scot.together.platform.ProjectionWrites;

/** Physical interventions, stays in secure care and permanence plans, on the dates they happened. */
@Component
@ProcessingGroup(BoardRecords.GROUP)
public class CareProjection implements FollowsRecords {

    private final ProjectionWrites writes;
    private final RecordFollowers corrections;

    public CareProjection(ProjectionWrites writes, RecordFollowers corrections) {
        this.writes = writes;
        this.corrections = corrections;
    }

    @EventHandler
    void on(PhysicalInterventionRecorded event, EventMessage<?> message) {
        writes.write("INSERT INTO physical_intervention (id, source_event, child_id, on_date, setting,"
                        + " what_happened, follow_up) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                event.interventionId(), message.getIdentifier(), event.childId(), Date.valueOf(event.effectiveDate()),
                event.setting().name(), event.whatHappened(), event.followUp());
    }

    @EventHandler
    void on(SecureCareAdmitted event, EventMessage<?> message) {
        writes.write("INSERT INTO secure_stay (id, source_event, child_id, admitted_on) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", event.stayId(), message.getIdentifier(), event.childId(),
                Date.valueOf(event.effectiveDate()));
    }

    @EventHandler
    void on(SecureCareDischarged event, EventMessage<?> message) {
        writes.write("UPDATE secure_stay SET discharged_on = ?, discharge_event = ? WHERE id = ?",
                Date.valueOf(event.effectiveDate()), message.getIdentifier(), event.stayId());
    }

    @EventHandler
    void on(PermanencePlanRecorded event, EventMessage<?> message) {
        writes.write("INSERT INTO permanence_plan (id, source_event, child_id, kind, agreed_on)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", event.planId(), message.getIdentifier(),
                event.childId(), event.kind().name(), Date.valueOf(event.effectiveDate()));
    }

    @EventHandler
    void on(RecordMarkedInError correction, DomainEventMessage<?> message) {
        corrections.correct(message, this);
    }

    @Override
    public void forget(UUID recordId) {
        for (String table : List.of("physical_intervention", "secure_stay", "permanence_plan")) {
            writes.write("DELETE FROM " + table + " WHERE id = ?", recordId);
        }
    }

    @ResetHandler
    void reset() {
        writes.write("TRUNCATE physical_intervention, secure_stay, permanence_plan");
    }
}
