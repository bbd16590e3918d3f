package scot.together.api.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.MultiLineText;
import scot.together.api.text.TextComponents;
import scot.together.events.family.Assessment;
import scot.together.events.family.ChildsView;

public record RequestSeparation(@TargetAggregateIdentifier UUID separationId, List<UUID> childIds,
                                @TextComponents(plain = "kind", multiLine = "summary") Assessment assessment,
                                @MultiLineText String reason, LocalDate reviewBy,
                                List<@TextComponents(multiLine = {"view", "notGivenBecause"}) ChildsView> views) {
}
