package scot.together.api.home;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.PlainText;
import scot.together.events.home.HomeKind;

public record RegisterHome(@TargetAggregateIdentifier UUID homeId, @PlainText String name, HomeKind kind,
                           boolean withinAuthority) {
}
