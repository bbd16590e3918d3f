package scot.together.command.audit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import scot.together.api.audit.MarkRecordInError;
import scot.together.command.RuleViolation;
import scot.together.events.audit.RecordMarkedInError;

/**
 * The correction of one recorded event: it says the event was recorded in error and why.
 * The event itself is never changed. The command side's own rules (of the child's record and
 * the rest) still see the event marked in error: a correction changes what the reports and
 * history count, and a new, right, record is made by the ordinary commands. The exceptions are
 * where a record in error would stop the right one being made: a head's decision of an
 * exclusion or a separation marked in error no longer stands, so it can be taken again (see
 * {@code Exclusion} and {@code Separation}), and an admission to or a discharge from secure
 * care in error no longer counts (see {@code SecureStay} and {@code SecureStaysInStore}).
 */
@Aggregate
public class RecordInError {

    public static final String ALREADY_IN_ERROR = "ALREADY_IN_ERROR";
    public static final String NOT_CORRECTABLE = "NOT_CORRECTABLE";

    @AggregateIdentifier
    private UUID correctionId;

    protected RecordInError() {
        // for Axon
    }

    @CommandHandler
    public RecordInError(MarkRecordInError command, RecordedEvents events, Clock clock) {
        RecordedEvents.Recorded recorded = events.find(command.eventId())
                .orElseThrow(() -> RuleViolation.notFound("There is no recorded event " + command.eventId() + "."));
        String simpleType = recorded.type().substring(recorded.type().lastIndexOf('.') + 1);
        String neverMarked = MarkRecordInError.NEVER_MARKED.get(simpleType);
        if (neverMarked != null) {
            throw new RuleViolation(NOT_CORRECTABLE, neverMarked);
        }
        if (events.markedInError(command.eventId())) {
            throw new RuleViolation(ALREADY_IN_ERROR, "This record has already been marked as recorded in error.");
        }
        apply(new RecordMarkedInError(command.correctionId(), command.eventId(), simpleType, command.reason(),
                recorded.children(), LocalDate.now(clock)));
    }

    @EventSourcingHandler
    void on(RecordMarkedInError event) {
        correctionId = event.correctionId();
    }
}
