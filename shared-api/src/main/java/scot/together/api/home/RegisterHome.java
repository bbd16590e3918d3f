package scot.together.api.home;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.PlainText;
import scot.together.events.home.HomeKind;

/** {@code places} (how many children it can take) and the ages it is approved for are optional. */
public record RegisterHome(@TargetAggregateIdentifier UUID homeId, @PlainText String name, HomeKind kind,
                           boolean withinAuthority, Integer places, Integer youngestAge, Integer oldestAge) {

    public RegisterHome(UUID homeId, String name, HomeKind kind, boolean withinAuthority) {
        this(homeId, name, kind, withinAuthority, null, null, null);
    }
}
