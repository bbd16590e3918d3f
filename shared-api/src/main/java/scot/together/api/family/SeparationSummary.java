package scot.together.api.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record SeparationSummary(UUID id, List<UUID> childIds, SeparationStatus status, String requestedBy,
                                String decidedBy, LocalDate reviewBy) {
}
