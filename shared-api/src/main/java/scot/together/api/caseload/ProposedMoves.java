package scot.together.api.caseload;

import java.util.UUID;

/** The moves proposed for a separation request; a list of {@link ProposedMove}. */
public record ProposedMoves(UUID separationId) {
}
