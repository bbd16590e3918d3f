package scot.together.api.home;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.events.home.HomeKind;

public record RegisterHome(@TargetAggregateIdentifier UUID homeId, String name, HomeKind kind,
                           boolean withinAuthority) {
}
