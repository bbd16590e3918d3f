package scot.together.api.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import scot.together.api.text.MultiLineText;
import scot.together.api.text.TextComponents;
import scot.together.events.family.Assessment;
import scot.together.events.family.ChildPair;
import scot.together.events.family.ChildsView;

/**
 * {@code apart}: which of the children would live apart from which; null covers every pair of
 * {@code childIds} (the request's first shape, still accepted).
 */
public record RequestSeparation(@TargetAggregateIdentifier UUID separationId, List<UUID> childIds,
                                @TextComponents(plain = "kind", multiLine = "summary") Assessment assessment,
                                @MultiLineText String reason, LocalDate reviewBy,
                                List<@TextComponents(multiLine = {"view", "notGivenBecause"}) ChildsView> views,
                                List<ChildPair> apart) {

    /** A request that covers every pair of its children. */
    public RequestSeparation(UUID separationId, List<UUID> childIds, Assessment assessment, String reason,
                             LocalDate reviewBy, List<ChildsView> views) {
        this(separationId, childIds, assessment, reason, reviewBy, views, null);
    }
}
