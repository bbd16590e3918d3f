package scot.together.api.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.events.family.Assessment;
import scot.together.events.family.ChildsView;

public record RequestSeparation(@TargetAggregateIdentifier UUID separationId, List<UUID> childIds,
                                Assessment assessment, String reason, LocalDate reviewBy, List<ChildsView> views) {
}
