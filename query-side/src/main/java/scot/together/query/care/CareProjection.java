package scot.together.query.care;

import java.sql.Date;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.events.care.PermanencePlanRecorded;
import scot.together.events.care.PhysicalInterventionRecorded;
import scot.together.events.care.SecureCareAdmitted;
import scot.together.events.care.SecureCareDischarged;
import scot.together.platform.corrections.FollowsRecords;
import scot.together.platform.corrections.RecordFollowers;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.query.audit.BoardRecords;

/** Physical interventions, stays in secure care and permanence plans, on the dates they happened. */
@Component
@ProcessingGroup(BoardRecords.GROUP)
public class CareProjection implements FollowsRecords {

    private final JdbcTemplate jdbc;
    private final RecordFollowers corrections;

    public CareProjection(JdbcTemplate jdbc, RecordFollowers corrections) {
        this.jdbc = jdbc;
        this.corrections = corrections;
    }

    @EventHandler
    void on(PhysicalInterventionRecorded event, EventMessage<?> message) {
        jdbc.update("INSERT INTO physical_intervention (id, source_event, child_id, on_date, setting,"
                        + " what_happened, follow_up) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                event.interventionId(), message.getIdentifier(), event.childId(), Date.valueOf(event.effectiveDate()),
                event.setting().name(), event.whatHappened(), event.followUp());
    }

    @EventHandler
    void on(SecureCareAdmitted event, EventMessage<?> message) {
        jdbc.update("INSERT INTO secure_stay (id, source_event, child_id, admitted_on) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", event.stayId(), message.getIdentifier(), event.childId(),
                Date.valueOf(event.effectiveDate()));
    }

    @EventHandler
    void on(SecureCareDischarged event, EventMessage<?> message) {
        jdbc.update("UPDATE secure_stay SET discharged_on = ?, discharge_event = ? WHERE id = ?",
                Date.valueOf(event.effectiveDate()), message.getIdentifier(), event.stayId());
    }

    @EventHandler
    void on(PermanencePlanRecorded event, EventMessage<?> message) {
        jdbc.update("INSERT INTO permanence_plan (id, source_event, child_id, kind, agreed_on)"
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
            jdbc.update("DELETE FROM " + table + " WHERE id = ?", recordId);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE physical_intervention, secure_stay, permanence_plan");
    }
}
