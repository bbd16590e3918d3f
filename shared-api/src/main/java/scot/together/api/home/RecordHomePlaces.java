package scot.together.api.home;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** How many children the home can take from {@code from} (null: today), and the ages it is approved for. */
public record RecordHomePlaces(@TargetAggregateIdentifier UUID homeId, int places, Integer youngestAge,
                               Integer oldestAge, LocalDate from) {
}
