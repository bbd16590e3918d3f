package scot.together.api.inbox;

import java.util.UUID;

/**
 * What the Head of Service reads before deciding a separation: the request as the social
 * worker made it. Answers a {@link SeparationRequestView}, or null when there is no such request.
 */
public record SeparationRequestDetails(UUID separationId) {
}
