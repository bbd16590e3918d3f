package scot.together.query.family;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import scot.together.api.RecordedBy;
import scot.together.api.family.SeparationStatus;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.events.family.BrothersAndSistersEnded;
import scot.together.events.family.BrothersAndSistersRecorded;
import scot.together.events.family.FamilyTimePlanEnded;
import scot.together.events.family.FamilyTimePlanned;
import scot.together.events.family.FamilyTimeRecorded;
import scot.together.events.family.ChildPair;
import scot.together.events.family.SeparationApproved;
import scot.together.events.family.SeparationPairsNamed;
import scot.together.events.family.SeparationEnded;
import scot.together.events.family.SeparationRefused;
import scot.together.events.family.SeparationRequested;
import scot.together.events.family.SeparationReviewed;
import scot.together.platform.corrections.FollowsRecords;
import scot.together.platform.corrections.RecordFollowers;
import scot.together.platform.ProjectionWrites;

/**
 * Brothers and sisters, separations and family time, for the togetherness report, the register
 * of separations, the family time report and the child's page. Handlers are idempotent.
 */
@Component
@ProcessingGroup(FamilyProjection.GROUP)
public class FamilyProjection implements FollowsRecords {

    public static final String GROUP = "brothers-and-sisters";

    private final ProjectionWrites writes;
    private final RecordFollowers corrections;

    public FamilyProjection(ProjectionWrites writes, RecordFollowers corrections) {
        this.writes = writes;
        this.corrections = corrections;
    }

    @EventHandler
    void on(BrothersAndSistersRecorded event) {
        writes.write("INSERT INTO brothers_and_sisters (relationship_id, child_id, other_child_id, kind, since)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", event.relationshipId(), event.childId(),
                event.otherChildId(), event.kind().name(), Date.valueOf(event.effectiveDate()));
    }

    @EventHandler
    void on(BrothersAndSistersEnded event) {
        writes.write("UPDATE brothers_and_sisters SET ended_on = ? WHERE relationship_id = ?",
                Date.valueOf(event.effectiveDate()), event.relationshipId());
    }

    @EventHandler
    void on(SeparationRequested event, @MetaDataValue(RecordedBy.USER) String user) {
        writes.write("INSERT INTO separation (id, status, requested_by, requested_on,"
                        + " assessment_kind, assessed_on, reason, review_by, requested_review_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", event.separationId(),
                SeparationStatus.REQUESTED.name(), user, Date.valueOf(event.effectiveDate()),
                event.assessment().kind(), Date.valueOf(event.assessment().completedOn()), event.reason(),
                Date.valueOf(event.reviewBy()), Date.valueOf(event.reviewBy()));
        insertChildren("separation_child", "separation_id", event.separationId(), event.childIds());
    }

    /** Only these pairs live apart under the separation; without this event every pair does. */
    @EventHandler
    void on(SeparationPairsNamed event) {
        for (ChildPair pair : event.apart()) {
            boolean inOrder = pair.childId().compareTo(pair.otherChildId()) < 0;
            writes.write("INSERT INTO separation_pair (separation_id, child_id, other_child_id)"
                            + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING", event.separationId(),
                    inOrder ? pair.childId() : pair.otherChildId(), inOrder ? pair.otherChildId() : pair.childId());
        }
    }

    @EventHandler
    void on(SeparationApproved event, @MetaDataValue(RecordedBy.USER) String user, EventMessage<?> message) {
        decided(event.separationId(), SeparationStatus.APPROVED, user, event.effectiveDate(), message);
    }

    @EventHandler
    void on(SeparationRefused event, @MetaDataValue(RecordedBy.USER) String user, EventMessage<?> message) {
        decided(event.separationId(), SeparationStatus.REFUSED, user, event.effectiveDate(), message);
    }

    private void decided(UUID separationId, SeparationStatus status, String user, LocalDate on,
                         EventMessage<?> message) {
        writes.write("UPDATE separation SET status = ?, decided_by = ?, decided_on = ?, decision_event = ?"
                + " WHERE id = ?", status.name(), user, Date.valueOf(on), message.getIdentifier(), separationId);
    }

    @EventHandler
    void on(RecordMarkedInError correction, DomainEventMessage<?> message) {
        corrections.correct(message, this);
    }

    @Override
    public void forget(UUID recordId) {
        writes.write("DELETE FROM brothers_and_sisters WHERE relationship_id = ?", recordId);
        for (String table : List.of("separation_child", "separation_review", "separation_pair")) {
            writes.write("DELETE FROM " + table + " WHERE separation_id = ?", recordId);
        }
        writes.write("DELETE FROM separation WHERE id = ?", recordId);
        for (String table : List.of("family_time_session", "family_time_plan_child")) {
            writes.write("DELETE FROM " + table + " WHERE plan_id = ?", recordId);
        }
        writes.write("DELETE FROM family_time_plan WHERE id = ?", recordId);
    }

    @EventHandler
    void on(SeparationReviewed event, @SequenceNumber long sequence) {
        Date nextReviewBy = event.nextReviewBy() == null ? null : Date.valueOf(event.nextReviewBy());
        writes.write("UPDATE separation SET review_by = ? WHERE id = ?", nextReviewBy, event.separationId());
        writes.write("INSERT INTO separation_review (separation_id, sequence, reviewed_on, next_review_by)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", event.separationId(), sequence,
                Date.valueOf(event.effectiveDate()), nextReviewBy);
    }

    @EventHandler
    void on(SeparationEnded event) {
        writes.write("UPDATE separation SET status = ?, ended_on = ? WHERE id = ?",
                SeparationStatus.ENDED.name(), Date.valueOf(event.effectiveDate()), event.separationId());
    }

    @EventHandler
    void on(FamilyTimePlanned event) {
        writes.write("INSERT INTO family_time_plan (id, how_often, with_whom, start_date)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", event.planId(), event.howOften().name(),
                event.withWhom(), Date.valueOf(event.effectiveDate()));
        insertChildren("family_time_plan_child", "plan_id", event.planId(), event.childIds());
    }

    @EventHandler
    void on(FamilyTimeRecorded event) {
        writes.write("INSERT INTO family_time_session (session_id, plan_id, session_date, happened, why_not)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", event.sessionId(), event.planId(),
                Date.valueOf(event.effectiveDate()), event.happened(), event.whyNot());
    }

    @EventHandler
    void on(FamilyTimePlanEnded event) {
        writes.write("UPDATE family_time_plan SET end_date = ? WHERE id = ?",
                Date.valueOf(event.effectiveDate()), event.planId());
    }

    private void insertChildren(String table, String idColumn, UUID id, List<UUID> childIds) {
        for (int i = 0; i < childIds.size(); i++) {
            writes.write("INSERT INTO " + table + " (" + idColumn + ", child_id, position) VALUES (?, ?, ?)"
                    + " ON CONFLICT DO NOTHING", id, childIds.get(i), i);
        }
    }

    @ResetHandler
    void reset() {
        writes.write("TRUNCATE brothers_and_sisters, separation_child, separation,"
                + " separation_review, separation_pair, family_time_session,"
                + " family_time_plan_child, family_time_plan");
    }
}
