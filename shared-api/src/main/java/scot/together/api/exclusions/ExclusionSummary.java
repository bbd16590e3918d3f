package scot.together.api.exclusions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ExclusionSummary(UUID id, UUID childId, ExclusionStatus status, String school, LocalDate startDate,
                               int days, String reason, String proposedBy, Instant proposedAt,
                               List<ExclusionFigures.Decision> decisions) {
}
