package scot.together.api.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.family.Assessment;
import scot.together.events.family.ChildPair;
import scot.together.events.family.ChildsView;

/** A separation request in full; {@code apart} names the pairs who would live apart, none when every pair would. */
public record SeparationRequestView(UUID id, List<UUID> childIds, Assessment assessment, String reason,
                                    LocalDate reviewBy, List<ChildsView> views, List<ChildPair> apart,
                                    String requestedBy, Instant requestedAt) {
}
