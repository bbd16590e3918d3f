package scot.together.api.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.together.events.family.Assessment;
import scot.together.events.family.ChildsView;

public record SeparationRequestView(UUID id, List<UUID> childIds, Assessment assessment, String reason,
                                    LocalDate reviewBy, List<ChildsView> views, String requestedBy,
                                    Instant requestedAt) {
}
