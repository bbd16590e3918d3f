package scot.together.command.corrections;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import scot.together.api.RefusalCode;
import scot.together.api.audit.MarkRecordInError;
import scot.together.command.RuleViolation;
import scot.together.events.CareEvent;
import scot.together.events.audit.RecordMarkedInError;

/**
 * A record whose events can be marked as recorded in error. The correction goes into the
 * record's own stream; the record is then loaded without the event in error (and without
 * everything, if its first event is in error), so its rules see the record as corrected and
 * the right record can be recorded in its place.
 */
public abstract class CorrectableRecord {


    private final Set<String> inError = new HashSet<>();

    /** Marks {@code recorded}, one of this record's own events, as recorded in error. */
    public void markInError(MarkRecordInError command, EventMessage<?> recorded, Clock clock) {
        String kind = recorded.getPayloadType().getSimpleName();
        String neverMarked = MarkRecordInError.NEVER_MARKED.get(kind);
        if (neverMarked != null) {
            throw new RuleViolation(RefusalCode.NOT_CORRECTABLE, neverMarked);
        }
        if (inError.contains(recorded.getIdentifier())) {
            throw alreadyInError();
        }
        mayLeaveOut(recorded);
        List<UUID> children = recorded.getPayload() instanceof CareEvent care ? care.children() : List.of();
        apply(new RecordMarkedInError(command.correctionId(), recorded.getIdentifier(), kind, command.reason(),
                children, LocalDate.now(clock)));
    }

    /**
     * Refuses (with a {@link RuleViolation}) when the record without {@code recorded} would break
     * one of its own rules; by default every event may be left out.
     */
    protected void mayLeaveOut(EventMessage<?> recorded) {
    }

    static RuleViolation alreadyInError() {
        return new RuleViolation(RefusalCode.ALREADY_IN_ERROR, "This record has already been marked as recorded in error.");
    }

    @EventSourcingHandler
    void on(RecordMarkedInError event) {
        inError.add(event.eventId());
    }
}
