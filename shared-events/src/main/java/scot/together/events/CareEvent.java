package scot.together.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every event Together records. An event is a fact, published forever: its meaning never
 * changes (add a new event or an upcaster instead). Who recorded it, in which role and when
 * travels in the message's metadata, not here.
 */
public interface CareEvent {

    /** The day the thing happened, on which every report is computed. */
    LocalDate effectiveDate();

    /** Every child this event concerns, so that a subject-access request can find and redact it. */
    List<UUID> children();
}
